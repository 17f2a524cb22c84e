import net from "node:net";
import { startTestServer, type TestServer } from "./support/test-server";

const HEADERS_TIMEOUT_MS = 1_000;
const REQUEST_TIMEOUT_MS = 1_500;
/** Past its timeout, how long the server may take to notice (it checks its connections now and then). */
const NOTICE_MS = 1_000;

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({ seed: false, server: { headersTimeoutMs: HEADERS_TIMEOUT_MS, requestTimeoutMs: REQUEST_TIMEOUT_MS } });
});
afterAll(() => api.stop());

interface Ended {
  /** Milliseconds from connecting to the server closing the connection. */
  after: number;
  /** The status line the server answered with, if any. */
  status?: string;
}

/**
 * Connects to the API, sends `atOnce`, then `trickled` one byte every
 * `everyMs` (a client on a bad line, or one holding sockets on purpose), until
 * the server closes the connection; resolves with when, and what it said.
 */
function trickle(atOnce: string, trickled: string, everyMs: number): Promise<Ended> {
  const { port } = new URL(api.url);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = net.connect(Number(port), "127.0.0.1", () => socket.write(atOnce));
    let answer = "";
    let sent = 0;
    const timer = setInterval(() => {
      if (sent < trickled.length && socket.writable) socket.write(trickled[sent++]!);
    }, everyMs);
    socket.on("data", (chunk) => (answer += chunk.toString("latin1")));
    socket.on("error", () => undefined);
    socket.on("close", () => {
      clearInterval(timer);
      resolve({ after: Date.now() - started, status: /^HTTP\/1\.1 \d{3}/.exec(answer)?.[0] });
    });
    setTimeout(() => reject(new Error("the server held the connection for 20 s")), 20_000).unref();
  });
}

const query = JSON.stringify({ query: "{ __typename }" });
const headers = `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${query.length}\r\n\r\n`;

describe("slow clients", () => {
  it("closes connections whose headers trickle in, twenty at once, within the headers timeout (408 or closed)", async () => {
    const ended = await Promise.all(Array.from({ length: 20 }, () => trickle("", headers + query, 100)));
    for (const { after, status } of ended) {
      expect(after).toBeLessThan(HEADERS_TIMEOUT_MS + NOTICE_MS);
      expect([undefined, "HTTP/1.1 408"]).toContain(status);
    }
  });

  it("closes a connection whose body trickles in after its headers, within the request timeout", async () => {
    const { after, status } = await trickle(headers, query, 200);
    expect(after).toBeLessThan(REQUEST_TIMEOUT_MS + HEADERS_TIMEOUT_MS + NOTICE_MS);
    expect([undefined, "HTTP/1.1 408", "HTTP/1.1 504"]).toContain(status);
  });

  it("still answers a client that sends its request at once", async () => {
    expect(await api.graphql("{ __typename }")).toEqual({ status: 200, data: { __typename: "Query" } });
  });
});
