import type { Client } from "pg";

export interface SearchWord {
  word: string;
  /** Statements whose text contains the word, as the API's search finds them (ILIKE '%word%'). */
  matches: number;
}

/**
 * Picks, from the synthetic vocabulary, the words found in the share of
 * statements closest to each target (0.01 for 1%): reads every statement's
 * text once, counts the statements each word is in, keeps words that are no
 * part of another word in the texts (so a substring search finds just them),
 * then counts each pick as the API's search does.
 */
export async function chooseSearchWords(client: Client, vocabulary: readonly string[], targets: readonly number[]): Promise<SearchWord[]> {
  const wanted = new Set(vocabulary.map((word) => word.toLowerCase()).filter((word) => /^[a-z]{4,}$/.test(word)));
  const inStatements = new Map<string, number>();
  const tokens = new Set<string>();
  let total = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const { rows } = await client.query<{ id: string; text: string }>(
      `SELECT "id", "text" FROM "statement" WHERE "id" > $1 ORDER BY "id" LIMIT 20000`,
      [after],
    );
    if (rows.length === 0) break;
    for (const { text } of rows) {
      const seen = new Set(text.toLowerCase().match(/[a-z]+/g) ?? []);
      for (const word of seen) {
        tokens.add(word);
        if (wanted.has(word)) inStatements.set(word, (inStatements.get(word) ?? 0) + 1);
      }
    }
    total += rows.length;
    after = rows[rows.length - 1]!.id;
  }
  const allTokens = [...tokens];
  const standsAlone = (word: string) => !allTokens.some((token) => token !== word && token.includes(word));

  const picks: SearchWord[] = [];
  for (const target of targets) {
    const ranked = [...inStatements]
      .filter(([word]) => !picks.some((pick) => pick.word === word))
      .sort((a, b) => Math.abs(Math.log(a[1] / (target * total))) - Math.abs(Math.log(b[1] / (target * total))));
    const found = ranked.find(([word]) => standsAlone(word));
    if (!found) throw new Error(`No word of the vocabulary is in about ${target * 100}% of statements`);
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM "statement" WHERE "text" ILIKE $1`, [`%${found[0]}%`]);
    picks.push({ word: found[0], matches: Number(rows[0]!.count) });
  }
  return picks;
}
