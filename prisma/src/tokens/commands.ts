import type { PrismaClient, TokenScope } from "../../generated/client/client";
import { createToken, listTokens, revokeToken } from "./tokens";

/** A token command, as the CLI gives it, and as it travels to a running API over its socket (socket.ts). */
export type TokenCommand =
  { command: "create"; name: string; scope: TokenScope; expiresAt?: string } | { command: "list" } | { command: "revoke"; name: string };

/** A token as `list` answers it: dates as ISO 8601, never the token itself. */
export interface ListedToken {
  name: string;
  scope: TokenScope;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

export type TokenCommandResult =
  | { ok: true; command: "create"; token: string }
  | { ok: true; command: "list"; tokens: ListedToken[] }
  | { ok: true; command: "revoke" }
  | { ok: false; error: string };

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** Whether a value read off the socket is a token command, field by field: nothing else is run. */
export function isTokenCommand(value: unknown): value is TokenCommand {
  if (typeof value !== "object" || value === null) return false;
  const fields = value as Record<string, unknown>;
  const text = (key: string) => typeof fields[key] === "string";
  switch (fields.command) {
    case "create":
      return (
        text("name") && (fields.scope === "WRITE" || fields.scope === "ADMIN") && (fields.expiresAt === undefined || text("expiresAt"))
      );
    case "list":
      return true;
    case "revoke":
      return text("name");
    default:
      return false;
  }
}

/** Runs a token command on a database: the one path of the CLI's commands, whether the CLI or the running API opens it. */
export async function runTokenCommand(db: PrismaClient, request: TokenCommand): Promise<TokenCommandResult> {
  try {
    switch (request.command) {
      case "create": {
        const expiresAt = request.expiresAt === undefined ? undefined : new Date(request.expiresAt);
        if (expiresAt && Number.isNaN(expiresAt.getTime())) return { ok: false, error: `"${request.expiresAt}" is not an instant` };
        return { ok: true, command: "create", token: await createToken(db, { name: request.name, scope: request.scope, expiresAt }) };
      }
      case "list": {
        const tokens = (await listTokens(db)).map((token) => ({
          ...token,
          createdAt: token.createdAt.toISOString(),
          expiresAt: iso(token.expiresAt),
          revokedAt: iso(token.revokedAt),
        }));
        return { ok: true, command: "list", tokens };
      }
      case "revoke":
        return (await revokeToken(db, request.name))
          ? { ok: true, command: "revoke" }
          : { ok: false, error: `No token named "${request.name}" is in force` };
    }
  } catch (error: unknown) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
