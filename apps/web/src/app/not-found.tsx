import Link from "next/link";

/** The 404 page, for unknown addresses and for slugs the API does not know. */
export default function NotFound() {
  return (
    <section className="notice" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>Parley has no page at this address: no event or actor is recorded under this name.</p>
      <p>
        <Link href="/">Go to the timeline of 14 March 2014</Link>
      </p>
    </section>
  );
}
