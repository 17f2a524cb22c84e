// The floors' server: node:http, one pg pool, one SQL statement per request
// (floor-sql.ts), JSON.stringify. What any server answering the same request must at least spend.
import http from "node:http";
import { Pool } from "pg";
import { floorQueries } from "./floor-sql";

// Planned without parallel workers, as the API's connections are (apps/api/src/db/open.ts): the 1% search's
// statement took 28 ms so and 41 ms with them, on the same data, one after the other.
const pool = new Pool({ connectionString: process.env.DATABASE_URL, options: "-c max_parallel_workers_per_gather=0" });
const port = Number(process.env.FLOOR_PORT ?? 4100);
/** The answers of memoised paths, by path and query string. */
const memo = new Map<string, Buffer>();
const answer = (response: http.ServerResponse, body: Buffer) => response.writeHead(200, { "content-type": "application/json" }).end(body);

const server = http.createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  if (url.pathname === "/health") {
    response.writeHead(200, { "content-type": "application/json" }).end('{"status":"ok"}');
    return;
  }
  const floor = floorQueries[url.pathname];
  if (!floor) {
    response.writeHead(404).end();
    return;
  }
  const remembered = floor.memoised && memo.get(url.pathname + url.search);
  if (remembered) {
    answer(response, remembered);
    return;
  }
  pool.query<{ body: unknown }>(floor.sql, floor.params(url.searchParams)).then(
    (result) => {
      const body = Buffer.from(JSON.stringify(result.rows[0]!.body));
      if (floor.memoised) memo.set(url.pathname + url.search, body);
      answer(response, body);
    },
    (error: Error) => {
      response.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ errors: [{ message: error.message }] }));
    },
  );
});

server.listen(port, "127.0.0.1");
const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
