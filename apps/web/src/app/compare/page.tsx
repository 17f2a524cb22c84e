import type { Metadata } from "next";
import { ApiUnreachable } from "../../components/api-unreachable";
import { CompareForm } from "../../components/compare-form";
import { CompareMeetings } from "../../components/compare-meetings";
import { CompareColumn } from "../../components/compare-column";
import { JsonLd } from "../../components/json-ld";
import { PickNotice } from "../../components/pick-notice";
import { ViewExports } from "../../components/view-exports";
import { loadComparison } from "../../lib/compare-data";
import { compareQuery, EXAMPLE_COMPARISON, readCompareParams } from "../../lib/compare-params";
import { loadFromApi } from "../../lib/load-from-api";
import { pickedSlug, pickedText } from "../../lib/pick";
import { requestOrigin } from "../../lib/origin";
import { recordsJsonLd } from "../../lib/schema-org";
import { stancesBySlug } from "../../lib/relation-note";

export const metadata: Metadata = { title: "Compare" };

interface ComparePageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Two or more actors' statements on a topic side by side, with their stances and how they answer each other. */
export default async function ComparePage({ searchParams }: ComparePageProps) {
  const params = readCompareParams(await searchParams);
  const loaded = await loadFromApi(() => loadComparison(params));
  if (loaded.status !== "found") return <ApiUnreachable />;
  const { topic, columns, settled } = loaded.data;
  const title = topic.status === "found" ? `Compare: ${topic.choice.name}` : "Compare what actors said";
  const statements = columns.flatMap((column) => column.statements);
  const stancesOf = stancesBySlug(statements);

  return (
    <>
      <h1>{title}</h1>
      <CompareForm params={{ actors: columns.map((column) => pickedText(column.picked)), topic: pickedText(topic) }} />
      <PickNotice picked={topic} noun="topic" hrefWith={(slug) => `/compare?${compareQuery({ ...params, topic: slug })}`} />
      {columns.length < 2 || (topic.status !== "found" && topic.status !== "none") ? (
        <p className="empty">
          Pick two or more actors to set their statements side by side, for example{" "}
          <a href={EXAMPLE_COMPARISON}>John Kerry and Sergei Lavrov on the choices of Ukrainians</a>: the same words, opposite meanings.
        </p>
      ) : (
        <>
          <JsonLd data={recordsJsonLd(title, { kind: "statements", statements }, await requestOrigin())} />
          <section aria-labelledby="where-they-meet">
            <h2 id="where-they-meet">Where they answer each other</h2>
            <CompareMeetings columns={columns} />
          </section>
          <section aria-labelledby="side-by-side">
            <h2 id="side-by-side">Side by side</h2>
            <div className="compare-columns" style={{ ["--columns" as string]: columns.length }}>
              {columns.map((column, index) => (
                <CompareColumn
                  key={column.slug}
                  column={column}
                  index={index}
                  params={params}
                  onTopic={topic.status === "found"}
                  stancesOf={stancesOf}
                />
              ))}
            </div>
            {settled && (
              <ViewExports
                path="/compare/export"
                query={compareQuery({ actors: columns.map((column) => column.slug), topic: pickedSlug(topic) })}
                what="these statements"
                capped
              />
            )}
          </section>
        </>
      )}
    </>
  );
}
