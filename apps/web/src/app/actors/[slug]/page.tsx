import { ActorDocument } from "@parley/schema";
import type { Metadata } from "next";
import { ActorEvents } from "../../../components/actor-events";
import { ActorTies } from "../../../components/actor-ties";
import { JsonLd } from "../../../components/json-ld";
import { PagedStatements } from "../../../components/paged-statements";
import { Unavailable } from "../../../components/unavailable";
import { ViewExports } from "../../../components/view-exports";
import { requestOrigin } from "../../../lib/origin";
import { actorJsonLd } from "../../../lib/schema-org";
import { actorKindLabel } from "../../../lib/labels";
import { loadFromApi, titleFor } from "../../../lib/load-from-api";
import { query } from "../../../lib/rsc-client";
import type { RawParams } from "../../../lib/statement-paging";

interface ActorPageProps {
  params: Promise<{ slug: string }>;
  /** `after`: a later page of the actor's statements. */
  searchParams: Promise<RawParams>;
}

const STATEMENTS_PER_PAGE = 10;

// Who the actor is; their statements come a page at a time (PagedStatements), so this query asks
// for none of them, only their count.
function loadActor(slug: string) {
  return loadFromApi(async () => (await query({ query: ActorDocument, variables: { slug, first: 0 } })).data.actor);
}

export async function generateMetadata({ params }: ActorPageProps): Promise<Metadata> {
  const loaded = await loadActor((await params).slug);
  return { title: titleFor(loaded, "Actor", (actor) => actor.name) };
}

export default async function ActorPage({ params, searchParams }: ActorPageProps) {
  const { slug } = await params;
  const loaded = await loadActor(slug);
  if (loaded.status !== "found") return <Unavailable status={loaded.status} detail={`No actor is recorded as “${slug}”.`} />;
  const actor = loaded.data;
  const origin = await requestOrigin();

  return (
    <article aria-labelledby="actor-name">
      <JsonLd data={actorJsonLd(actor, origin)} />
      <header className="actor-header">
        <p className="badge">{actorKindLabel[actor.kind]}</p>
        <h1 id="actor-name">{actor.name}</h1>
        {actor.description && <p className="summary">{actor.description}</p>}
      </header>
      <section aria-labelledby="actor-names">
        <h2 id="actor-names">Names the sources use</h2>
        {actor.names.length > 0 ? (
          <ul className="inline-list">
            {actor.names.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        ) : (
          <p className="empty">No names from the sources are recorded.</p>
        )}
      </section>
      <section aria-labelledby="actor-ties">
        <h2 id="actor-ties">Ties</h2>
        <ActorTies ties={actor.ties} actorSlug={actor.slug} />
      </section>
      <section aria-labelledby="actor-statements">
        <h2 id="actor-statements">{`Statements (${actor.statements.totalCount})`}</h2>
        <PagedStatements
          variables={{ speaker: actor.slug, first: STATEMENTS_PER_PAGE }}
          pathname={`/actors/${actor.slug}`}
          searchParams={await searchParams}
          anchor="actor-statements"
          emptyText="No statements by this actor are recorded."
        />
        {actor.statements.totalCount > 0 && <ViewExports path={`/actors/${actor.slug}/export`} what="their statements" capped />}
      </section>
      <section aria-labelledby="actor-events">
        <h2 id="actor-events">{`Events taken part in (${actor.events.totalCount})`}</h2>
        <ActorEvents events={actor.events.edges.map((edge) => edge.node)} />
      </section>
    </article>
  );
}
