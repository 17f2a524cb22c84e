// Summarises a V8 .cpuprofile (as `npm run bench -- --cpu-prof` writes) by
// self time per package: node_modules/<package>, "parley" for the project's
// own code, and V8's own entries such as "(garbage collector)".
//   node bench/dist/api/profile-summary.js <file.cpuprofile> [--top 15]
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code comes from. */
export function packageOf(frame: ProfileNode["callFrame"]): string {
  const { url, functionName } = frame;
  if (url === "") return functionName.startsWith("(") ? functionName : "(V8 and native code)";
  const inModules = url.lastIndexOf("/node_modules/");
  if (inModules >= 0) {
    const [first, second] = url.slice(inModules + "/node_modules/".length).split("/");
    return first?.startsWith("@") ? `${first}/${second}` : (first ?? url);
  }
  if (url.startsWith("node:")) return "(Node.js built-ins)";
  return "parley";
}

/** Self time in milliseconds per package, highest first, without idle time. */
export function selfTimeByPackage(profile: Profile): { name: string; ms: number }[] {
  const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const node = nodeById.get(id);
    if (!node) return;
    const name = packageOf(node.callFrame);
    totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  totals.delete("(idle)");
  return [...totals].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
}

function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "15" } } });
  const file = positionals[0];
  if (!file) {
    console.error("Usage: node bench/dist/api/profile-summary.js <file.cpuprofile> [--top 15]");
    process.exit(2);
  }
  const rows = selfTimeByPackage(JSON.parse(readFileSync(file, "utf8")) as Profile);
  const total = rows.reduce((sum, row) => sum + row.ms, 0);
  console.log("| package | self time (ms) | share |");
  console.log("| --- | ---: | ---: |");
  for (const row of rows.slice(0, Number(values.top))) {
    console.log(`| ${row.name} | ${row.ms.toFixed(0)} | ${((100 * row.ms) / total).toFixed(1)}% |`);
  }
  console.log(`| **all, without idle** | ${total.toFixed(0)} | 100% |`);
}

if (require.main === module) main();
