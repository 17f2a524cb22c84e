import { freePort } from "@parley/api/testing";
import { type Stack, startStack } from "../support/stack";
import { startWebProcess } from "../support/web-process";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

/** The status and the server's own HTML, as a crawler or a browser without scripts gets them. */
async function fetchPage(url: string): Promise<{ status: number; html: string }> {
  const response = await fetch(url);
  return { status: response.status, html: await response.text() };
}

/** The text of the HTML's first h1, which Next's client-only error shell would not have. */
function firstHeading(html: string): string | undefined {
  return /<h1[^>]*>([^<]*)</.exec(html)?.[1];
}

describe("the web app's HTTP answers", () => {
  it.each([
    "/",
    "/days/2014-03-16",
    "/actors/sergei-lavrov",
    "/events/lavrov-press-conference-london",
    "/sources/2014-03-14-kerry-lavrov-london",
  ])("answers 200 for %s", async (pagePath) => {
    expect((await fetchPage(`${stack.web.url}${pagePath}`)).status).toBe(200);
  });

  it.each([
    ["/events/no-such-event", "No event is recorded as “no-such-event”."],
    ["/actors/no-such-actor", "No actor is recorded as “no-such-actor”."],
    ["/sources/no-such-source", "No source is recorded as “no-such-source”."],
    ["/days/2014-13-01", "“2014-13-01” is not a day: days are written YYYY-MM-DD, as /days/2014-03-14."],
    ["/no/such/page", "Parley has no page at this address."],
  ])("answers 404 for %s, with its message in the server's HTML", async (pagePath, message) => {
    const { status, html } = await fetchPage(`${stack.web.url}${pagePath}`);
    expect(status).toBe(404);
    expect(firstHeading(html)).toBe("Page not found");
    expect(html).toContain(`<p>${message}</p>`);
  });

  it("answers 503 with a plain explanation while the API cannot be reached, and keeps serving", async () => {
    const orphan = await startWebProcess({ url: `http://127.0.0.1:${await freePort()}/graphql` });
    try {
      for (const pagePath of ["/", "/actors/sergei-lavrov", "/events/lavrov-press-conference-london"]) {
        const { status, html } = await fetchPage(`${orphan.url}${pagePath}`);
        expect(status).toBe(503);
        expect(firstHeading(html)).toBe("The Parley API could not be reached");
      }
    } finally {
      await orphan.stop();
    }
  });
});
