import { spawnSync } from "node:child_process";

/** The Redis server tests use: REDIS_URL, by default redis://127.0.0.1:6379 (as on this project's machines and in CI). */
export const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379";

// A PING over a bare socket, in a child process (jest decides what to skip before anything async can run).
const probe = `const url = new URL(process.argv[1]);
const socket = require("node:net").connect(Number(url.port || 6379), url.hostname || "127.0.0.1");
socket.setTimeout(5000, () => process.exit(1));
socket.on("error", () => process.exit(1));
socket.on("connect", () => socket.write("PING\\r\\n"));
socket.on("data", (data) => process.exit(/^\\+PONG|^-NOAUTH/.test(String(data)) ? 0 : 1));`;

/** Whether a Redis server answers at `redisUrl`, asked once when a test file loads. */
export const redisAnswers = spawnSync(process.execPath, ["-e", probe, redisUrl], { timeout: 30_000 }).status === 0;
if (!redisAnswers) console.warn(`No Redis answers at ${redisUrl}: what runs on Redis is not tested`);

/** `describe` where a Redis server answers, `describe.skip` where none does. */
export const describeWithRedis = redisAnswers ? describe : describe.skip;
