import type { Metadata } from "next";
import { ArticleForm } from "../../components/article-form";
import { DraftList } from "../../components/capture/draft-list";
import { hasErrorCode, loadFromApi } from "../../lib/load-from-api";
import { listDrafts } from "../../lib/capture/draft-api";
import { signInHref } from "../../lib/next-path";
import { makeServerClient } from "../../lib/server-client";
import { sessionSecret } from "../../lib/session/cookie";
import { redirect } from "next/navigation";

export const metadata: Metadata = { title: "Capture an article" };

interface CapturePageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * A new article (pasted, or a .txt or .html file), saved as a draft at once and opened for review,
 * and the drafts so far. Signed-in writers only; a session that ended while the page was open
 * still shows the form, which asks for the token again so that a pasted article is not lost.
 */
export default async function CapturePage({ searchParams }: CapturePageProps) {
  const { after, deleted } = await searchParams;
  const secret = await sessionSecret();
  if (secret === null) redirect(signInHref("/capture"));
  let drafts;
  try {
    drafts = await loadFromApi(() => listDrafts(makeServerClient(secret), typeof after === "string" ? after : null));
  } catch (error) {
    if (!hasErrorCode(error, "UNAUTHENTICATED")) throw error;
    drafts = null;
  }

  return (
    <>
      <h1>Capture an article</h1>
      {deleted && (
        <p className="notice-line" role="status">
          The draft was deleted.
        </p>
      )}
      <section aria-labelledby="new-article">
        <h2 id="new-article">New article</h2>
        <p className="lede">
          Paste an article, or choose its file. Parley saves it as a draft at once, proposes the statements it reports, and opens it for you
          to review.
        </p>
        <ArticleForm />
      </section>
      <section aria-labelledby="drafts">
        <h2 id="drafts">Drafts</h2>
        {drafts === null ? (
          <p className="notice-line">
            Your session has ended, so the drafts cannot be listed. <a href={signInHref("/capture", "ended")}>Sign in again</a> to see them.
          </p>
        ) : drafts.status === "unreachable" ? (
          <p className="notice-line">The Parley API could not be reached, so the drafts cannot be listed. Please try again in a moment.</p>
        ) : drafts.status === "found" ? (
          <DraftList connection={drafts.data} fromStart={typeof after !== "string"} />
        ) : null}
      </section>
    </>
  );
}
