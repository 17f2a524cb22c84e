// Runs a build step (the web app's `next build`), saying what it builds, that turbo keeps the result,
// and, while the step prints nothing, that it is still going: Next shows its progress with a spinner
// that needs a terminal, and turbo pipes its output, so the first `npm start` sat silent for
// minutes on a small machine.
//   node scripts/with-progress.js SECONDS WHAT -- COMMAND [ARGS...]
// prints "still building" after every SECONDS of silence; it exits as the command does.
const { spawn } = require("node:child_process");
const { setInterval, clearInterval } = require("node:timers");

const [seconds, what, separator, command, ...args] = process.argv.slice(2);
if (!(Number(seconds) > 0) || !what || separator !== "--" || !command) {
  console.error("Usage: node scripts/with-progress.js SECONDS WHAT -- COMMAND [ARGS...]");
  process.exit(2);
}

const started = Date.now();
const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;
console.log(
  `Building ${what}. Only the first start (and the first build after a change) does this: turbo caches the build, and later starts reuse it.`,
);

const step = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
let spokeAt = Date.now();
step.stdout.on("data", (chunk) => {
  spokeAt = Date.now();
  process.stdout.write(chunk);
});
step.stderr.on("data", (chunk) => {
  spokeAt = Date.now();
  process.stderr.write(chunk);
});
const heartbeat = setInterval(() => {
  if (Date.now() - spokeAt < Number(seconds) * 1000) return;
  console.log(`  … still building (${elapsed()})`);
  spokeAt = Date.now();
}, 100);

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => step.kill(signal));
step.on("error", (error) => {
  console.error(`Could not run ${command}: ${error.message}`);
  process.exit(1);
});
step.on("exit", (code) => {
  clearInterval(heartbeat);
  if (code === 0) console.log(`Built in ${elapsed()}.`);
  // A step killed by a signal has no code: it failed.
  process.exit(code ?? 1);
});
