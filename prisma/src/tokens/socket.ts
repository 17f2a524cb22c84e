import { chmodSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import type { PrismaClient } from "../../generated/client/client";
import { isTokenCommand, runTokenCommand, type TokenCommand, type TokenCommandResult } from "./commands";

// While the API runs on PGlite, its data folder is locked (pglite-lock.ts),
// and `npm run token` cannot open it. The API then takes the token commands
// itself, over a Unix domain socket beside the folder (`<folder>.sock`), and
// runs them with its own client through the same functions the CLI uses. The
// socket's mode is 0600: only the user who may open the folder may talk to it.
// One request a connection: a line of JSON in, a line of JSON out.

/** A request's longest line: a command is a few hundred bytes. */
const MAX_REQUEST_BYTES = 4_096;

export function tokenSocketPath(dataDir: string): string {
  return `${path.resolve(dataDir)}.sock`;
}

export interface TokenSocket {
  path: string;
  /** Stops taking commands and removes the socket. */
  close(): Promise<void>;
}

function answer(socket: net.Socket, result: TokenCommandResult): void {
  socket.end(`${JSON.stringify(result)}\n`);
}

function serve(db: PrismaClient, socket: net.Socket): void {
  let received = "";
  socket.setEncoding("utf8");
  socket.on("error", () => socket.destroy());
  socket.on("data", (chunk: string) => {
    received += chunk;
    if (received.length > MAX_REQUEST_BYTES) return answer(socket, { ok: false, error: "The request is too long" });
    const end = received.indexOf("\n");
    if (end === -1) return;
    socket.removeAllListeners("data");
    let request: unknown;
    try {
      request = JSON.parse(received.slice(0, end));
    } catch {
      request = undefined;
    }
    if (!isTokenCommand(request)) return answer(socket, { ok: false, error: "Not a token command" });
    void runTokenCommand(db, request).then((result) => answer(socket, result));
  });
}

/**
 * Takes token commands on `<dataDir>.sock` (0600). A socket file left there
 * (by a process that died) is replaced: whoever calls this holds the folder's
 * lock, so no live process serves it.
 */
export async function serveTokenCommands(db: PrismaClient, dataDir: string): Promise<TokenSocket> {
  const socketPath = tokenSocketPath(dataDir);
  rmSync(socketPath, { force: true });
  const server = net.createServer((socket) => serve(db, socket));
  // Created 0600 from the start (the umask covers the moment before chmod), then set so explicitly.
  const umask = process.umask(0o177);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(socketPath, () => resolve());
    });
  } finally {
    process.umask(umask);
  }
  chmodSync(socketPath, 0o600);
  return {
    path: socketPath,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        rmSync(socketPath, { force: true });
      }),
  };
}

/** Sends a token command to the API that serves `<dataDir>.sock`, and resolves with its answer. */
export function sendTokenCommand(dataDir: string, request: TokenCommand): Promise<TokenCommandResult> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(tokenSocketPath(dataDir));
    let received = "";
    socket.setEncoding("utf8");
    socket.on("connect", () => socket.write(`${JSON.stringify(request)}\n`));
    socket.on("data", (chunk: string) => (received += chunk));
    socket.on("error", reject);
    socket.on("end", () => {
      try {
        resolve(JSON.parse(received) as TokenCommandResult);
      } catch {
        reject(new Error("The running API answered the token command with something unreadable"));
      }
    });
  });
}
