// Runs Next on WEB_PORT (default 3000): `node scripts/start.js` serves the production build with
// `next start`; `node scripts/start.js dev` runs `next dev`. Stop signals are passed on so the
// server shuts down cleanly; this process exits with the server's status (0 after a requested stop).
const { spawn } = require("node:child_process");
const path = require("node:path");

const port = process.env.WEB_PORT ?? "3000";
if (!/^\d+$/.test(port) || Number(port) > 65535) {
  console.error(`WEB_PORT must be a port number, not "${port}".`);
  process.exit(1);
}

const command = process.argv[2] === "dev" ? "dev" : "start";
const nextBin = require.resolve("next/dist/bin/next");
const server = spawn(process.execPath, [nextBin, command, "--port", port], {
  cwd: path.resolve(__dirname, ".."),
  stdio: "inherit",
  env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env },
});

let forwarded = null;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    forwarded = signal;
    server.kill(signal);
  });
}

server.on("exit", (code) => {
  // After a stop we passed on, Next ends by the signal (SIGTERM) or with 130 (SIGINT): that is
  // the clean stop that was asked for, not a failure.
  process.exit(forwarded ? 0 : (code ?? 1));
});
