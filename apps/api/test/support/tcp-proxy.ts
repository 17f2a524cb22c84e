import net from "node:net";

export interface TcpProxy {
  /** `url` with its host and port replaced by the proxy's. */
  proxied(url: string): string;
  /** Stops listening (new connections are refused) and drops every open connection, as a database gone away does. */
  cut(): Promise<void>;
  /** Listens again on the same port, forwarding to the same upstream. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A TCP proxy on 127.0.0.1 in front of the server at `upstreamUrl`'s host
 * and port, that a test can cut and restore: the database becomes
 * unreachable to whoever connects through it, and comes back.
 */
export async function startTcpProxy(upstreamUrl: string): Promise<TcpProxy> {
  const upstream = new URL(upstreamUrl);
  const upstreamHost = upstream.hostname;
  const upstreamPort = Number(upstream.port || 5432);
  const sockets = new Set<net.Socket>();

  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
  };

  const listen = async (port: number): Promise<net.Server> => {
    const server = net.createServer((client) => {
      const toDatabase = net.connect(upstreamPort, upstreamHost);
      track(client);
      track(toDatabase);
      client.pipe(toDatabase);
      toDatabase.pipe(client);
      client.on("close", () => toDatabase.destroy());
      toDatabase.on("close", () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
    return server;
  };

  let server: net.Server | undefined = await listen(0);
  const port = (server.address() as net.AddressInfo).port;

  const stopListening = async () => {
    const stopping = server;
    server = undefined;
    if (!stopping) return;
    const closed = new Promise<void>((resolve) => stopping.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    await closed;
  };

  return {
    proxied(url: string) {
      const through = new URL(url);
      through.hostname = "127.0.0.1";
      through.port = String(port);
      return through.toString();
    },
    cut: stopListening,
    async restore() {
      server ??= await listen(port);
    },
    close: stopListening,
  };
}
