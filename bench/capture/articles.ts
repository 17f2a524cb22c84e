import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { KnownActor, ProposedKind, TextSpan } from "@parley/proposals";

/** A statement the truth holds, placed in its article's text. */
export interface TruthStatement {
  kind: ProposedKind;
  span: TextSpan;
  /** A person's or body's name (invented articles), or an actor's slug (the shipped article); null when anonymous. */
  speaker: string | null;
}

export interface Article {
  name: string;
  text: string;
  truth: TruthStatement[];
  /** The shipped article's actors, to resolve speakers to slugs as the API will; absent for invented articles. */
  actors?: KnownActor[];
  /** Written after the rules it was first scored on, and scored once before any change made for it: its first score measures generalisation. */
  holdout: boolean;
}

interface WrittenStatement {
  kind: ProposedKind;
  text: string;
  occurrence?: number;
  speaker: string | null;
}

/** The bench workspace's folder, from its sources (jest) or its build (dist/capture). */
export const benchRoot = (() => {
  let folder = __dirname;
  while (!existsSync(join(folder, "capture", "articles"))) folder = dirname(folder);
  return folder;
})();
const repositoryRoot = dirname(benchRoot);
const articlesFolder = join(benchRoot, "capture", "articles");
const seedDataset = join(repositoryRoot, "prisma", "data", "datasets", "2014-03-14-kerry-lavrov-london.json");

/** Where the truth's text is in the article: its `occurrence`-th appearance (the first by default). */
function place(text: string, statement: WrittenStatement, article: string): TextSpan {
  let at = -1;
  for (let seen = 0; seen < (statement.occurrence ?? 1); seen++) {
    at = text.indexOf(statement.text, at + 1);
    if (at === -1) throw new Error(`${article}: the truth's text is not in the article: "${statement.text}"`);
  }
  return { start: at, end: at + statement.text.length };
}

/** An article's truth file, as written by hand. */
interface WrittenTruth {
  holdout?: boolean;
  /** False while an article waits, unread by the engine's authors, to be added to the scored set. */
  scored?: boolean;
  statements: WrittenStatement[];
}

function inventedArticles(): Article[] {
  return readdirSync(articlesFolder)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, "");
      const written = JSON.parse(readFileSync(join(articlesFolder, `${name}.truth.json`), "utf8")) as WrittenTruth;
      return { name, file, written };
    })
    .filter(({ written }) => written.scored !== false)
    .map(({ name, file, written }) => {
      const text = readFileSync(join(articlesFolder, file), "utf8");
      const truth = written.statements.map((statement) => ({
        kind: statement.kind,
        span: place(text, statement, name),
        speaker: statement.speaker,
      }));
      return { name, text, truth, holdout: written.holdout === true };
    });
}

interface SeedDataset {
  sources: { slug: string; text: string }[];
  actors: { slug: string; name: string; names?: string[] }[];
  statements: { kind: ProposedKind; speaker: string; excerpt: { source: string; text: string; occurrence?: number } }[];
}

/** The shipped article, read from its dataset file: its statements are its truth, its actors the known actors. */
function seedArticle(): Article {
  const dataset = JSON.parse(readFileSync(seedDataset, "utf8")) as SeedDataset;
  const source = dataset.sources[0]!;
  const truth = dataset.statements
    .filter((statement) => statement.excerpt.source === source.slug)
    .map((statement) => ({
      kind: statement.kind,
      span: place(source.text, { ...statement.excerpt, kind: statement.kind, speaker: statement.speaker }, source.slug),
      speaker: statement.speaker,
    }));
  const actors = dataset.actors.map((actor) => ({ slug: actor.slug, name: actor.name, names: actor.names ?? [] }));
  return { name: source.slug, text: source.text, truth, actors, holdout: false };
}

/** Every article the bench scores: the shipped one and the invented ones. */
export function loadArticles(): Article[] {
  return [seedArticle(), ...inventedArticles()];
}
