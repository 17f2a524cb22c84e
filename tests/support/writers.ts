import { createToken, type DatabaseTarget, openDatabase, prepareDatabase, type TokenScope } from "@parley/db";
import { type Planted, plant, type Scenario } from "@parley/api/testing";

/** Tokens a test signs in with, by name: `{ desk: "WRITE", chief: "ADMIN" }`. */
export type TokenSpecs = Record<string, TokenScope>;

/**
 * Brings a test database to what the API makes of it at start, plants `scenario`, and makes the
 * tokens `specs` names (as `npm run token -- create` would), before the API opens it.
 */
export async function plantWriters<S extends Scenario, T extends TokenSpecs>(
  target: DatabaseTarget,
  scenario: S,
  specs: T,
): Promise<{ records: Planted<S>; tokens: { [Name in keyof T]: string } }> {
  const db = await openDatabase(target);
  try {
    await prepareDatabase(db, { seedIfEmpty: true });
    const records = await plant(db.prisma, scenario);
    const tokens: Record<string, string> = {};
    for (const [name, scope] of Object.entries(specs)) tokens[name] = await createToken(db.prisma, { name, scope });
    return { records, tokens: tokens as { [Name in keyof T]: string } };
  } finally {
    await db.close();
  }
}
