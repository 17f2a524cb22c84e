import { parseArgs } from "node:util";
import { applyMigrations } from "../migrations";
import { createToken, listTokens, parseDuration, revokeToken } from "../tokens";
import { withDatabase } from "./with-database";

const USAGE = `Usage:
  npm run token -- create --name NAME --scope write|admin [--expires 30d]
  npm run token -- list
  npm run token -- revoke NAME`;

const scopes = { write: "WRITE", admin: "ADMIN" } as const;

/**
 * `npm run token -- create|list|revoke`: manages the bearer tokens that may
 * write through the API. `create` prints the token as its last line, once;
 * only its hash is kept.
 */
function main(argv: string[]): void {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { name: { type: "string" }, scope: { type: "string" }, expires: { type: "string" } },
  });
  const [command, ...rest] = positionals;

  if (command === "create" && rest.length === 0 && values.name && values.scope && values.scope in scopes) {
    const { name } = values;
    const scope = scopes[values.scope as keyof typeof scopes];
    const expiresAt = values.expires === undefined ? undefined : new Date(Date.now() + parseDuration(values.expires));
    return withDatabase(async (db) => {
      await applyMigrations(db.adapterFactory);
      const token = await createToken(db.prisma, { name, scope, expiresAt });
      console.log(
        `Created token "${name}" (${values.scope}, ${expiresAt ? `expires ${expiresAt.toISOString()}` : "never expires"}). It is shown this once:`,
      );
      console.log(token);
    });
  }
  if (command === "list" && rest.length === 0) {
    return withDatabase(async (db) => {
      await applyMigrations(db.adapterFactory);
      const tokens = await listTokens(db.prisma);
      if (tokens.length === 0) return console.log("No tokens");
      for (const token of tokens) {
        const state = token.revokedAt
          ? `revoked ${token.revokedAt.toISOString()}`
          : token.expiresAt
            ? `expires ${token.expiresAt.toISOString()}`
            : "never expires";
        console.log(`${token.name}\t${token.scope.toLowerCase()}\tcreated ${token.createdAt.toISOString()}\t${state}`);
      }
    });
  }
  if (command === "revoke" && rest.length === 1) {
    const name = rest[0]!;
    return withDatabase(async (db) => {
      await applyMigrations(db.adapterFactory);
      if (!(await revokeToken(db.prisma, name))) throw new Error(`No token named "${name}" is in force`);
      console.log(`Revoked token "${name}"`);
    });
  }
  throw new Error(USAGE);
}

try {
  main(process.argv.slice(2));
} catch (error: unknown) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
