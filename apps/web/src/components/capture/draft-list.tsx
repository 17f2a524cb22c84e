import type { DraftsQuery } from "@parley/schema";
import Link from "next/link";
import { formatCalendarDate } from "../../lib/format";

interface DraftListProps {
  connection: DraftsQuery["drafts"];
  fromStart: boolean;
}

const dateTime = (iso: string) =>
  new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(new Date(iso)) + " UTC";

/** The drafts, newest first: who made each and when, how far its review has come, and where a published one went. */
export function DraftList({ connection, fromStart }: DraftListProps) {
  if (connection.edges.length === 0) return <p className="empty">{fromStart ? "No drafts yet." : "No more drafts."}</p>;
  return (
    <>
      <table className="draft-list">
        <caption className="visually-hidden">Drafts, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Article</th>
            <th scope="col">Who, when</th>
            <th scope="col">Review</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {connection.edges.map(({ node: draft }) => (
            <tr key={draft.id}>
              <th scope="row">
                <Link href={`/capture/${encodeURIComponent(draft.id)}`}>{draft.title}</Link>
                <span className="hint">{` · ${formatCalendarDate(draft.publishedOn)}`}</span>
              </th>
              <td>
                {draft.createdBy}, <time dateTime={draft.updatedAt}>{dateTime(draft.updatedAt)}</time>
              </td>
              <td>{`${draft.counts.accepted} accepted · ${draft.counts.rejected} rejected · ${draft.counts.pending} to decide`}</td>
              <td>
                {draft.status === "PUBLISHED" && draft.source ? (
                  <Link href={`/sources/${draft.source.slug}`}>Published: the source</Link>
                ) : draft.status === "PUBLISHED" ? (
                  "Published"
                ) : (
                  "Open"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {connection.pageInfo.hasNextPage && connection.pageInfo.endCursor && (
        <p>
          <Link className="button secondary" href={`/capture?after=${encodeURIComponent(connection.pageInfo.endCursor)}#drafts`}>
            Older drafts
          </Link>
        </p>
      )}
    </>
  );
}
