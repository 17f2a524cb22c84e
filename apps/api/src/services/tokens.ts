import { listTokens, type PrismaClient, revokeToken, type TokenInfo } from "@parley/db";
import { BadUserInputError } from "../errors";

/** Every token, in force or not, without anything that could be used as one. */
export function listApiTokens(db: PrismaClient): Promise<TokenInfo[]> {
  return listTokens(db);
}

/** Revokes a token at once; naming one that is not in force is the caller's error. */
export async function revokeApiToken(db: PrismaClient, name: string): Promise<TokenInfo> {
  if (!(await revokeToken(db, name))) throw new BadUserInputError(`No token named "${name}" is in force`, "input", "name");
  const tokens = await listTokens(db);
  return tokens.find((token) => token.name === name)!;
}
