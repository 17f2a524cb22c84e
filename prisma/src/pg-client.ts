import { Client } from "pg";

/** Runs `work` on one new connection to the PostgreSQL server at `url`, and closes it: for set-up (creating databases, writing as another process), not for serving. */
export async function withPgClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
