import { compareWithBaseline, type Device, devices, photograph, TOLERATED_SHARE } from "../support/screenshots";
import { type Stack, startStack } from "../support/stack";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

/** Each route of issue 17, by the name its pictures carry in docs/screenshots (and the README's table). */
const routes = {
  day: "/",
  lanes: "/?view=lanes",
  range: "/range?from=2014-03-01&to=2014-04-01",
  actor: "/actors/sergei-lavrov",
  source: "/sources/2014-03-14-kerry-lavrov-london#lavrov-kerry-voiced-no-threats-on-sanctions",
  // One speaker's: a search whose results tie in rank lists them in an order each database picks.
  search: "/search?q=respecting+choices&actor=john-kerry",
  compare: "/compare?actors=john-kerry,sergei-lavrov&topic=choices-of-ukrainians",
};

const cases = Object.entries(routes).flatMap(([name, route]) =>
  (Object.keys(devices) as Device[]).map((device) => ({ name: `${name}-${device}`, route, device })),
);

// Every route at a phone's, a tablet's and a desktop's width, against its committed picture:
// UPDATE_SCREENSHOTS=1 takes new ones, on purpose.
describe("screenshots", () => {
  it.each(cases)("$name looks as its baseline does", async ({ name, route, device }) => {
    const picture = await photograph(stack.browser, `${stack.web.url}${route}`, device);
    const { differing, share, saved } = await compareWithBaseline(name, picture);
    if (saved) console.info(`${name}: ${differing} pixels differ (${(share * 100).toFixed(3)}%); see ${saved} and its .diff.png`);
    expect(share).toBeLessThanOrEqual(TOLERATED_SHARE);
  });
});
