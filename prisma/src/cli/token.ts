import { parseArgs } from "node:util";
import { openDatabase } from "../database";
import { applyMigrations } from "../migrations";
import { DatabaseInUseError } from "../pglite-lock";
import { databaseTargetFromEnv } from "../target";
import { parseDuration, runTokenCommand, sendTokenCommand, type TokenCommand, type TokenCommandResult } from "../tokens";

const USAGE = `Usage:
  npm run token -- create --name NAME --scope write|admin [--expires 30d]
  npm run token -- list
  npm run token -- revoke NAME`;

const scopes = { write: "WRITE", admin: "ADMIN" } as const;

/** The command the arguments give, or the usage. */
function commandOf(argv: string[]): TokenCommand {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { name: { type: "string" }, scope: { type: "string" }, expires: { type: "string" } },
  });
  const [command, ...rest] = positionals;
  if (command === "create" && rest.length === 0 && values.name && values.scope && values.scope in scopes) {
    const expiresAt = values.expires === undefined ? undefined : new Date(Date.now() + parseDuration(values.expires)).toISOString();
    return { command: "create", name: values.name, scope: scopes[values.scope as keyof typeof scopes], ...(expiresAt && { expiresAt }) };
  }
  if (command === "list" && rest.length === 0) return { command: "list" };
  if (command === "revoke" && rest.length === 1) return { command: "revoke", name: rest[0]! };
  throw new Error(USAGE);
}

/**
 * Runs the command on the database DATABASE_URL or PGLITE_DATA_DIR names. An
 * embedded database that a running API holds open is reached through that
 * API instead, over the socket beside its folder (tokens/socket.ts).
 */
async function run(request: TokenCommand): Promise<TokenCommandResult> {
  const target = databaseTargetFromEnv();
  let db;
  try {
    db = await openDatabase(target);
  } catch (error: unknown) {
    if (error instanceof DatabaseInUseError && "dataDir" in target && target.dataDir) {
      return sendTokenCommand(target.dataDir, request).catch(() => {
        throw error;
      });
    }
    throw error;
  }
  try {
    await applyMigrations(db.adapterFactory);
    return await runTokenCommand(db.prisma, request);
  } finally {
    await db.close();
  }
}

function print(request: TokenCommand, result: TokenCommandResult): void {
  if (!result.ok) throw new Error(result.error);
  if (result.command === "create" && request.command === "create") {
    const expiry = request.expiresAt ? `expires ${request.expiresAt}` : "never expires";
    console.log(`Created token "${request.name}" (${request.scope.toLowerCase()}, ${expiry}). It is shown this once:`);
    console.log(result.token);
  } else if (result.command === "list") {
    if (result.tokens.length === 0) return console.log("No tokens");
    for (const token of result.tokens) {
      const state = token.revokedAt ? `revoked ${token.revokedAt}` : token.expiresAt ? `expires ${token.expiresAt}` : "never expires";
      console.log(`${token.name}\t${token.scope.toLowerCase()}\tcreated ${token.createdAt}\t${state}`);
    }
  } else if (request.command === "revoke") {
    console.log(`Revoked token "${request.name}"`);
  }
}

/**
 * `npm run token -- create|list|revoke`: manages the bearer tokens that may
 * write through the API. `create` prints the token as its last line, once;
 * only its hash is kept.
 */
async function main(argv: string[]): Promise<void> {
  const request = commandOf(argv);
  print(request, await run(request));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
