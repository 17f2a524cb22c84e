"use client";

import Link from "next/link";

interface ErrorPageProps {
  error: unknown;
  retry: () => void;
}

/**
 * The last resort for errors no page expected. An unreachable API is not one of them: pages show
 * their own message for it. The server logs the error itself, so nothing is logged here.
 */
export default function ErrorPage({ retry }: ErrorPageProps) {
  return (
    <section className="notice" aria-labelledby="error-title">
      <h1 id="error-title">Something went wrong</h1>
      <p>This page could not be shown. If the Parley API could not be reached, check that it is running, then try again.</p>
      <p>
        <button type="button" className="button" onClick={() => retry()}>
          Try again
        </button>{" "}
        <Link href="/">Go to the timeline of 14 March 2014</Link>
      </p>
    </section>
  );
}
