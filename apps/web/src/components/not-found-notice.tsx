import Link from "next/link";

/**
 * The 404 page's content: for unknown addresses, and for records the API does not hold. It sets no
 * status itself: Next renders not-found.tsx ahead, on every page, in case a segment needs it.
 */
export function NotFoundNotice({ detail }: { detail: string }) {
  return (
    <section className="notice" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>{detail}</p>
      <p>
        <Link href="/">Go to the timeline of 14 March 2014</Link>
      </p>
    </section>
  );
}
