/**
 * Splits a migration script into its statements at the semicolons that end
 * them, not those inside quotes ('...', "..."), dollar-quoted bodies
 * ($$ ... $$, $tag$ ... $tag$: PL/pgSQL functions) or comments. Prisma's
 * PostgreSQL adapter splits scripts at every semicolon, which breaks any
 * function body; the native engine and PGlite run scripts whole.
 */
export function splitSqlStatements(script: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let index = 0;
  const skipPast = (terminator: string, from: number) => {
    const end = script.indexOf(terminator, from);
    return end < 0 ? script.length : end + terminator.length;
  };
  while (index < script.length) {
    const rest = script.slice(index, index + 2);
    const character = script[index]!;
    if (rest === "--") index = skipPast("\n", index + 2);
    else if (rest === "/*") index = skipPast("*/", index + 2);
    else if (character === "'" || character === '"') index = skipPast(character, index + 1);
    else if (character === "$") {
      const tag = /^\$[A-Za-z_0-9]*\$/.exec(script.slice(index))?.[0];
      index = tag ? skipPast(tag, index + tag.length) : index + 1;
    } else if (character === ";") {
      statements.push(script.slice(start, index));
      index += 1;
      start = index;
    } else index += 1;
  }
  statements.push(script.slice(start));
  return statements.map((statement) => statement.trim()).filter((statement) => !/^(\s|--[^\n]*(\n|$))*$/.test(statement));
}
