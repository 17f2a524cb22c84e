import net from "node:net";

export interface RefusingPostgres {
  /** A PostgreSQL URL of the stand-in server. */
  url: string;
  close(): Promise<void>;
}

/**
 * A stand-in PostgreSQL server on 127.0.0.1 that answers every connection's
 * start-up message with one FATAL ErrorResponse carrying `sqlState`, and
 * hangs up: what a real server sends while it starts up (57P03), recovers
 * from a crash (57P02) or cannot set up a session (class 08), states a test
 * cannot put a shared server in. Speaks just enough of the wire protocol
 * (https://www.postgresql.org/docs/current/protocol-message-formats.html).
 */
export async function startRefusingPostgres(sqlState: string, message: string): Promise<RefusingPostgres> {
  const fields = [`SFATAL`, `VFATAL`, `C${sqlState}`, `M${message}`].map((field) => `${field}\0`).join("") + "\0";
  const body = Buffer.from(fields, "utf8");
  const header = Buffer.alloc(5);
  header.write("E", 0, "ascii");
  header.writeInt32BE(body.length + 4, 1);
  const errorResponse = Buffer.concat([header, body]);

  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
    // node-postgres sends its start-up message first (no SSL request unless asked for).
    socket.once("data", () => socket.end(errorResponse));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `postgresql://parley@127.0.0.1:${port}/parley`,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
