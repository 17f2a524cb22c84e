// Runs `prisma generate` offline.
// Prisma's CLI fetches a native schema engine before any command, even
// `generate`, which needs none; pointing PRISMA_SCHEMA_ENGINE_BINARY at an
// existing file skips the fetch. Migrations go through the WebAssembly engine
// instead (src/migrations.ts), so the binary is never run.
const { spawnSync } = require("node:child_process");

const result = spawnSync("prisma", ["generate"], {
  stdio: "inherit",
  shell: process.platform === "win32",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});
process.exit(result.status ?? 1);
