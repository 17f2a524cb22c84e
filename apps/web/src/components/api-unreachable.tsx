import { setResponseStatus } from "../lib/response-status";

/**
 * Shown in place of a page's records when the API does not answer: a plain explanation and what
 * to do, answered 503 (the web server itself keeps running).
 */
export function ApiUnreachable() {
  setResponseStatus(503);
  return (
    <section className="notice" aria-labelledby="api-unreachable-title">
      <h1 id="api-unreachable-title">The Parley API could not be reached</h1>
      <p>
        The Parley API could not be reached, so this page cannot show its records right now. Please try again in a moment by reloading the
        page.
      </p>
      <p>
        If you run Parley yourself, check that the API is running (<code>npm start</code> starts both) and that the web app&apos;s{" "}
        <code>API_URL</code> points at its GraphQL endpoint.
      </p>
    </section>
  );
}
