// `npm run dev`: recompiles on change (tsc --watch: type-graphql needs tsc's
// decorator metadata) and restarts the API when the output changes.
const { spawn } = require("node:child_process");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const tsc = require.resolve("typescript/bin/tsc");
const children = [
  spawn(process.execPath, [tsc, "-p", "tsconfig.build.json", "--watch", "--preserveWatchOutput"], { cwd: root, stdio: "inherit" }),
  spawn(process.execPath, ["--watch-path=dist", "--enable-source-maps", "dist/index.js"], {
    cwd: root,
    stdio: "inherit",
    env: { NODE_ENV: "development", ...process.env },
  }),
];

const stop = (signal) => children.forEach((child) => child.kill(signal));
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
children.forEach((child) => child.on("exit", () => stop("SIGTERM")));
