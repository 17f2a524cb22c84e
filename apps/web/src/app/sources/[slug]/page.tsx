import type { Metadata } from "next";
import { SourceStatements } from "../../../components/source-statements";
import { SourceText } from "../../../components/source-text";
import { JsonLd } from "../../../components/json-ld";
import { Unavailable } from "../../../components/unavailable";
import { requestOrigin } from "../../../lib/origin";
import { sourceJsonLd } from "../../../lib/schema-org";
import { formatCalendarDate } from "../../../lib/format";
import { sourceKindLabel } from "../../../lib/labels";
import { loadFromApi, titleFor } from "../../../lib/load-from-api";
import { loadSource } from "../../../lib/source-data";

interface SourcePageProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: SourcePageProps): Promise<Metadata> {
  const loaded = await loadFromApi(async () => loadSource((await params).slug));
  return { title: titleFor(loaded, "Source", ({ source }) => source.title) };
}

/** A source's full text with every statement's span marked and numbered, and the statements listed after it. */
export default async function SourcePage({ params }: SourcePageProps) {
  const { slug } = await params;
  const loaded = await loadFromApi(() => loadSource(slug));
  if (loaded.status !== "found") return <Unavailable status={loaded.status} detail={`No source is recorded as “${slug}”.`} />;
  const { source, complete } = loaded.data;
  const origin = await requestOrigin();
  // By span; two statements of one span (Kerry's and Lavrov's paraphrase) by slug, so the list reads the same on every database.
  const statements = [...loaded.data.statements].sort(
    (a, b) => a.excerpt.start - b.excerpt.start || a.excerpt.end - b.excerpt.end || a.slug.localeCompare(b.slug),
  );

  return (
    <article aria-labelledby="source-title">
      <JsonLd data={sourceJsonLd(source, origin)} />
      <header>
        <p className="badge">{sourceKindLabel[source.kind]}</p>
        <h1 id="source-title">{source.title}</h1>
        <p className="citation">
          {source.publisher && <>{source.publisher}, </>}
          published <time dateTime={source.publishedOn}>{formatCalendarDate(source.publishedOn)}</time>
          {source.url && (
            <>
              {" · "}
              <a href={source.url}>the original</a>
            </>
          )}
          <span className="caveat">{` · ${source.text.length.toLocaleString("en-GB")} characters, SHA-256 ${source.contentHash.slice(0, 12)}…`}</span>
        </p>
      </header>
      <section aria-labelledby="source-full-text">
        <h2 id="source-full-text">Full text</h2>
        <p className="legend">
          <mark className="span--quote">Shaded</mark>: a direct quote, the speaker&apos;s own words.{" "}
          <mark className="span--reported">Underlined</mark>: reported speech, the source&apos;s words for what was said. Each number leads
          to who said it.
        </p>
        <SourceText text={source.text} statements={statements} />
      </section>
      <section aria-labelledby="source-statements">
        <h2 id="source-statements">{`Statements read from it (${statements.length})`}</h2>
        {!complete && <p className="more">{`Only the first ${statements.length} statements are shown.`}</p>}
        <SourceStatements statements={statements} text={source.text} sourceUrl={source.url} />
      </section>
    </article>
  );
}
