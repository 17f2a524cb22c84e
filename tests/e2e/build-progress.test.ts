import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { repositoryRoot } from "../support/repository-root";

// The web app's build runs `next build` through scripts/with-progress.js: Next prints nothing while it
// compiles (its spinner needs a terminal, and turbo pipes its output), for minutes on a small
// machine. The wrapper says what is being built and that turbo keeps it, and that it is still going.
const withProgress = path.join(repositoryRoot, "apps", "web", "scripts", "with-progress.js");
const run = promisify(execFile);

/** Runs a stand-in for a build, saying "still building" after `seconds` of silence. */
const build = (seconds: string, script: string) =>
  run(process.execPath, [withProgress, seconds, "a stand-in step", "--", process.execPath, "-e", script]);

describe("a build step run with progress", () => {
  it("says what it builds and that turbo keeps it, that it is still going while the step is silent, and when it is done", async () => {
    const { stdout } = await build("0.4", "setTimeout(() => console.log('compiled'), 2000)");
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toBe(
      "Building a stand-in step. Only the first start (and the first build after a change) does this: turbo caches the build, and later starts reuse it.",
    );
    const still = lines.filter((line) => /^ {2}… still building \(\d+ s\)$/.test(line));
    expect(still.length).toBeGreaterThanOrEqual(3);
    expect(lines.indexOf("compiled")).toBeGreaterThan(lines.indexOf(still[0]!));
    expect(lines.at(-1)).toMatch(/^Built in \d+ s\.$/);
  });

  it("stays quiet while the step speaks for itself", async () => {
    const { stdout } = await build(
      "1.5",
      "let n = 0; const t = setInterval(() => { console.log('phase', ++n); if (n === 4) clearInterval(t); }, 500)",
    );
    expect(stdout).not.toMatch(/still building/);
    expect(stdout).toMatch(/phase 4\n/);
  });

  it("fails as the step fails, with its output and exit code", async () => {
    await expect(build("5", "console.error('Type error in page.tsx'); process.exit(3)")).rejects.toMatchObject({
      code: 3,
      stderr: expect.stringContaining("Type error in page.tsx"),
      stdout: expect.not.stringMatching(/^Built /m),
    });
  });
});
