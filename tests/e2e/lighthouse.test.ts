import { type DebuggableChromium, launchDebuggableChromium, lighthouse } from "../support/lighthouse";
import { lighthouseRoutes } from "../support/lighthouse-routes";
import { type Stack, startStack } from "../support/stack";

let stack: Stack;
let chromium: DebuggableChromium;
beforeAll(async () => {
  [stack, chromium] = await Promise.all([startStack(), launchDebuggableChromium()]);
});
afterAll(async () => {
  // Both go, whichever fails to: a server left running would keep jest from exiting.
  const stopped = await Promise.allSettled([chromium?.stop(), stack?.stop()]);
  for (const result of stopped) if (result.status === "rejected") throw result.reason;
});

// One Lighthouse run per route on the production build (mobile preset: a throttled phone), for CI's
// time. Accessibility and layout shift are the page's alone, held here; the performance score is
// timed on this machine's clock, so `npm run bench:web` holds it, against a floor in the same run.
describe("Lighthouse", () => {
  it.each(lighthouseRoutes)(
    "scores %s 100 for accessibility, with no layout shift",
    async (route) => {
      // A first visit warms the server's caches, as any reader but the first finds them.
      await fetch(`${stack.web.url}${route}`);
      const scores = await lighthouse(`${stack.web.url}${route}`, chromium.port);
      console.info(`Lighthouse ${route}: ${JSON.stringify(scores)}`);
      expect(scores).toEqual(expect.objectContaining({ accessibility: 100, cumulativeLayoutShift: 0 }));
    },
    180_000,
  );
});
