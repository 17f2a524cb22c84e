import type { DatasetFile, DatasetLocator } from "@parley/schema";
import { IssueList } from "./issues";
import { locate } from "./locate";
import type { SourceSpan } from "./plan";

type Collection = "sources" | "topics" | "actors" | "events" | "statements";
const singular = { sources: "source", topics: "topic", actors: "actor", events: "event", statements: "statement" } as const;

/**
 * What checking a dataset file keeps at hand: the issues found so far, every
 * slug the file defines, and its sources' texts, so that each record's
 * references and spans are checked in one place and reported by field.
 */
export class CheckContext {
  readonly issues = new IssueList();
  private readonly slugs = {} as Record<Collection, Set<string>>;
  private readonly sourceTexts: Map<string, string>;

  constructor(file: DatasetFile) {
    for (const collection of Object.keys(singular) as Collection[])
      this.slugs[collection] = this.indexSlugs(collection, file[collection] ?? []);
    this.sourceTexts = new Map((file.sources ?? []).map((source) => [source.slug, source.text]));
  }

  /** The slugs of a collection, reporting those given twice. */
  private indexSlugs(collection: Collection, records: readonly { slug: string }[]): Set<string> {
    const first = new Map<string, number>();
    records.forEach(({ slug }, i) => {
      const at = first.get(slug);
      if (at !== undefined) this.issues.add(`${collection}[${i}].slug`, `"${slug}" is already the slug of ${collection}[${at}]`);
      else first.set(slug, i);
    });
    return new Set(first.keys());
  }

  has(collection: Collection, slug: string): boolean {
    return this.slugs[collection].has(slug);
  }

  /** Reports a reference to a record the file does not define. */
  known(path: string, collection: Collection, slug: string): void {
    if (!this.has(collection, slug)) this.issues.add(path, `unknown ${singular[collection]} "${slug}"`);
  }

  /** Checks a list of topic slugs; the list, each slug once. */
  topics(path: string, slugs: readonly string[] | undefined): string[] {
    (slugs ?? []).forEach((slug, i) => this.known(`${path}[${i}]`, "topics", slug));
    return [...new Set(slugs ?? [])];
  }

  sourceText(slug: string): string {
    return this.sourceTexts.get(slug)!;
  }

  /** A locator's span, or null (reported) when its source is unknown or the place cannot be found once. */
  span(path: string, locator: DatasetLocator | undefined): SourceSpan | null {
    if (locator === undefined) return null;
    const text = this.sourceTexts.get(locator.source);
    if (text === undefined) return (this.issues.add(`${path}.source`, `unknown source "${locator.source}"`), null);
    const found = locate(text, locator.source, locator);
    if (typeof found === "string") return (this.issues.add(path, found), null);
    return { source: locator.source, ...found };
  }
}
