import type { Metadata } from "next";
import { ApiUnreachable } from "../../components/api-unreachable";
import { CompareForm } from "../../components/compare-form";
import { CompareMeetings } from "../../components/compare-meetings";
import { CompareStatement } from "../../components/compare-statement";
import { JsonLd } from "../../components/json-ld";
import { ViewExports } from "../../components/view-exports";
import { loadComparison } from "../../lib/compare-data";
import { compareQuery, EXAMPLE_COMPARISON, readCompareParams } from "../../lib/compare-params";
import { loadFromApi } from "../../lib/load-from-api";
import { requestOrigin } from "../../lib/origin";
import { recordsJsonLd } from "../../lib/schema-org";

export const metadata: Metadata = { title: "Compare" };

interface ComparePageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Two or more actors' statements on a topic side by side, with their stances and how they answer each other. */
export default async function ComparePage({ searchParams }: ComparePageProps) {
  const params = readCompareParams(await searchParams);
  const loaded = await loadFromApi(() => loadComparison(params));
  if (loaded.status !== "found") return <ApiUnreachable />;
  const { options, columns } = loaded.data;
  const topicName = options.topics.edges.find(({ node }) => node.slug === params.topic)?.node.name;
  const title = topicName ? `Compare: ${topicName}` : "Compare what actors said";

  return (
    <>
      <h1>{title}</h1>
      <CompareForm params={params} options={options} />
      {columns.length < 2 ? (
        <p className="empty">
          Pick two or more actors to set their statements side by side, for example{" "}
          <a href={EXAMPLE_COMPARISON}>John Kerry and Sergei Lavrov on the choices of Ukrainians</a>: the same words,
          opposite meanings.
        </p>
      ) : (
        <>
          <JsonLd data={recordsJsonLd(title, { kind: "statements", statements: columns.flatMap((column) => column.statements) }, await requestOrigin())} />
          <section aria-labelledby="where-they-meet">
            <h2 id="where-they-meet">Where they answer each other</h2>
            <CompareMeetings columns={columns} />
          </section>
          <section aria-labelledby="side-by-side">
            <h2 id="side-by-side">Side by side</h2>
            <div className="compare-columns" style={{ ["--columns" as string]: columns.length }}>
              {columns.map((column) => (
                <section key={column.slug} aria-labelledby={`column-${column.slug}`} className="compare-column">
                  <h3 id={`column-${column.slug}`}>
                    {column.actor ? <a href={`/actors/${column.slug}`}>{column.actor.name}</a> : column.slug}
                  </h3>
                  {!column.actor && <p className="empty">{`No actor is recorded as “${column.slug}”.`}</p>}
                  {column.actor && column.statements.length === 0 && (
                    <p className="empty">{topicName ? "No statements on this topic are recorded." : "No statements are recorded."}</p>
                  )}
                  {column.statements.map((statement) => (
                    <CompareStatement key={statement.id} statement={statement} />
                  ))}
                </section>
              ))}
            </div>
            {columns.every((column) => column.actor) && <ViewExports path="/compare/export" query={compareQuery(params)} what="these statements" capped />}
          </section>
        </>
      )}
    </>
  );
}
