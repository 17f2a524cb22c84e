import { type DebuggableChromium, launchDebuggableChromium, lighthouse } from "../support/lighthouse";
import { type Stack, startStack } from "../support/stack";

let stack: Stack;
let chromium: DebuggableChromium;
beforeAll(async () => {
  [stack, chromium] = await Promise.all([startStack(), launchDebuggableChromium()]);
});
afterAll(async () => {
  await chromium?.stop();
  await stack?.stop();
});

/** Issue 17's routes: the day, its lanes, a range, an actor, a source, a search and a comparison. */
const routes = [
  "/",
  "/?view=lanes",
  "/range",
  "/actors/sergei-lavrov",
  "/sources/2014-03-14-kerry-lavrov-london",
  "/search?q=respecting+choices",
  "/compare?actors=john-kerry,sergei-lavrov&topic=choices-of-ukrainians",
];

// One Lighthouse run per route on the production build (mobile preset: a throttled phone), for CI's
// time: the budgets are performance 95 or more, accessibility 100 and no layout shift at all.
describe("Lighthouse", () => {
  it.each(routes)(
    "scores %s at least 95 for performance, 100 for accessibility, with no layout shift",
    async (route) => {
      // A first visit warms the server's caches, as any reader but the first finds them.
      await fetch(`${stack.web.url}${route}`);
      const scores = await lighthouse(`${stack.web.url}${route}`, chromium.port);
      console.info(`Lighthouse ${route}: ${JSON.stringify(scores)}`);
      expect(scores).toEqual(expect.objectContaining({ accessibility: 100, cumulativeLayoutShift: 0, performance: expect.any(Number) }));
      expect(scores.performance).toBeGreaterThanOrEqual(95);
    },
    180_000,
  );
});
