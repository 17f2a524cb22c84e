import type { Metadata } from "next";
import Link from "next/link";
import { ActorReview } from "../../../components/capture/actor-review";
import { AddStatement } from "../../../components/capture/add-statement";
import { EventReview } from "../../../components/capture/event-review";
import { PublishForm } from "../../../components/capture/publish-form";
import { PublishedLinks } from "../../../components/capture/published-links";
import { SelectableText } from "../../../components/capture/selection";
import { StatementReview } from "../../../components/capture/statement-review";
import { DeleteDraftForm } from "../../../components/capture/delete-draft-form";
import { StatementPager } from "../../../components/capture/statement-pager";
import { continuable, listStart, STATEMENTS_PER_PAGE } from "../../../lib/capture/statement-pages";
import { SourceText } from "../../../components/source-text";
import { Unavailable } from "../../../components/unavailable";
import { loadDraft } from "../../../lib/capture/draft-api";
import { loadSignedIn, pathWithQuery } from "../../../lib/capture/load-signed-in";
import { wordsOf } from "../../../lib/capture/words-of";
import { readResumed } from "../../../lib/capture/resume";
import { eventLabel, inTextOrder, speakerLabel } from "../../../lib/capture/review";
import { crlfOffsets } from "../../../lib/capture/selection-span";
import { formatCalendarDate } from "../../../lib/format";
import { sourceKindLabel } from "../../../lib/labels";

interface DraftPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const metadata: Metadata = { title: "Review a draft" };

/**
 * One draft: its text with each statement marked as the source view marks them (a direct quote
 * shaded, reported speech underlined, numbered), and beside it the statements to accept, correct
 * or reject, the new actors and event, and publishing. Every control is a form that works before
 * scripts load; each save is one update of the draft.
 */
export default async function DraftPage({ params, searchParams }: DraftPageProps) {
  const { id } = await params;
  const raw = await searchParams;
  const loaded = await loadSignedIn(pathWithQuery(`/capture/${id}`, raw), (client) => loadDraft(client, id));
  if (loaded.status !== "found")
    return <Unavailable status={loaded.status} detail="No draft has this address: it may have been deleted." />;
  const draft = loaded.data;
  const { review } = draft;
  const readOnly = draft.status === "PUBLISHED";
  const resumed = readResumed(raw);
  const refusedField = typeof raw["field"] === "string" ? raw["field"] : null;
  const refusal = typeof raw["refused"] === "string" ? raw["refused"] : null;
  const refusedKey = refusedField && /^statements\[([^\]]+)\]/.exec(refusedField)?.[1];

  const statements = inTextOrder(review.statements);
  const numbers = new Map(statements.map((statement, index) => [statement.key, index + 1]));
  // A long article has hundreds of statements: the list is paged, the text marks them all.
  const wanted = refusedKey ?? (resumed?.form.startsWith("statement-") ? resumed.form.slice("statement-".length) : null);
  const firstShown = listStart(raw["from"], wanted ? numbers.get(wanted) : undefined, statements.length);
  const shown = statements.slice(firstShown - 1, firstShown - 1 + STATEMENTS_PER_PAGE);
  const pageOf = (number: number) => Math.floor((number - 1) / STATEMENTS_PER_PAGE) * STATEMENTS_PER_PAGE + 1;
  const noteHref = (slug: string) => {
    const number = numbers.get(slug.slice("p-".length)) ?? 1;
    return pageOf(number) === firstShown ? `#about-${slug}` : `?from=${pageOf(number)}#about-${slug}`;
  };
  const label = (key: string) =>
    speakerLabel(
      review.statements.find((statement) => statement.key === key)!,
      review,
      draft.actorNames,
    );
  const marked = statements
    .filter((statement) => statement.decision !== "REJECTED")
    .map((statement) => ({
      slug: `p-${statement.key}`,
      kind: statement.kind,
      excerpt: statement.excerpt,
      speaker: { name: label(statement.key) },
    }));
  const counts = { accepted: 0, rejected: 0, pending: 0 };
  for (const statement of statements)
    counts[statement.decision === "ACCEPTED" ? "accepted" : statement.decision === "REJECTED" ? "rejected" : "pending"]++;
  const newActors = review.actors.map((actor) => actor.name);
  const newEvents = review.events.map((event) => event.title);

  return (
    <article aria-labelledby="draft-title" className="draft">
      <header>
        <p className="badge">{`${sourceKindLabel[draft.kind]} · ${readOnly ? "published draft" : "draft"}`}</p>
        <h1 id="draft-title">{draft.title}</h1>
        <p className="citation">
          {draft.publisher && <>{draft.publisher}, </>}
          published <time dateTime={draft.publishedOn}>{formatCalendarDate(draft.publishedOn)}</time>
          {draft.url && (
            <>
              {" · "}
              <a href={draft.url}>the original</a>
            </>
          )}
          <span className="caveat">{` · ${draft.text.length.toLocaleString("en-GB")} characters · created by ${draft.createdBy} · version ${draft.version}`}</span>
        </p>
        <p>{`${counts.accepted} accepted · ${counts.rejected} rejected · ${counts.pending} to decide`}</p>
        <p>
          <Link href="/capture">All drafts</Link>
        </p>
      </header>
      {readOnly && refusal && (
        <p className="form-error" role="alert">
          {refusal}
        </p>
      )}
      {readOnly ? (
        <PublishedLinks sourceSlug={draft.sourceSlug} days={review.events.map((event) => event.day)} />
      ) : (
        <PublishForm
          draftId={draft.id}
          version={draft.version}
          accepted={counts.accepted}
          pending={counts.pending}
          refusal={refusal && !refusedKey ? refusal : null}
        />
      )}
      <datalist id={`${draft.id}-new-events`}>
        {newEvents.map((title) => (
          <option key={title} value={title} />
        ))}
      </datalist>
      <SelectableText
        crlfAt={crlfOffsets(draft.text)}
        text={
          <section aria-labelledby="draft-text" className="draft-text">
            <h2 id="draft-text">Text</h2>
            <p className="legend">
              <mark className="span--quote">Shaded</mark>: a direct quote. <mark className="span--reported">Underlined</mark>: reported
              speech. Each number leads to its statement.{readOnly ? "" : " Select words to add a statement the proposals missed."}
            </p>
            <SourceText text={draft.text} statements={marked} positions noteHref={noteHref} />
          </section>
        }
      >
        <section aria-labelledby="draft-statements" className="draft-statements">
          <h2 id="draft-statements">{`Statements (${statements.length})`}</h2>
          <StatementPager first={firstShown} shown={shown.length} total={statements.length} perPage={STATEMENTS_PER_PAGE} place="above" />
          <ol className="statement-reviews" start={firstShown}>
            {shown.map((statement) => {
              const number = numbers.get(statement.key)!;
              return (
                <StatementReview
                  key={statement.key}
                  draftId={draft.id}
                  version={draft.version}
                  number={number}
                  statement={statement}
                  words={statement.text}
                  locator={wordsOf(draft.text, statement.excerpt)}
                  speaker={label(statement.key)}
                  event={eventLabel(statement, review)}
                  others={continuable(statements, number)}
                  newActors={newActors}
                  newEvents={newEvents}
                  publishRefusal={refusedKey === statement.key ? refusal : null}
                  resumed={resumed}
                  readOnly={readOnly}
                />
              );
            })}
          </ol>
          <StatementPager first={firstShown} shown={shown.length} total={statements.length} perPage={STATEMENTS_PER_PAGE} place="below" />
          {!readOnly && (
            <AddStatement draftId={draft.id} version={draft.version} newActors={newActors} event={newEvents[0] ?? ""} resumed={resumed} />
          )}
        </section>
      </SelectableText>
      <section aria-labelledby="draft-actors">
        <h2 id="draft-actors">{`New actors (${review.actors.length})`}</h2>
        <ul className="draft-records">
          {review.actors.map((actor) => (
            <ActorReview key={actor.key} draftId={draft.id} version={draft.version} actor={actor} resumed={resumed} readOnly={readOnly} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="draft-events">
        <h2 id="draft-events">{`New events (${review.events.length})`}</h2>
        <ul className="draft-records">
          {review.events.map((event) => (
            <EventReview key={event.key} draftId={draft.id} version={draft.version} event={event} resumed={resumed} readOnly={readOnly} />
          ))}
        </ul>
      </section>
      {!readOnly && <DeleteDraftForm draftId={draft.id} version={draft.version} />}
    </article>
  );
}
