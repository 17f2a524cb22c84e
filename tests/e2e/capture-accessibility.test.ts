import { axeViolations } from "../support/axe";
import { onPage } from "../support/browser";
import { captureArticle, statementItem } from "../support/capture-page";
import { signIn } from "../support/sign-in";
import { type Stack, startStackForWriters } from "../support/stack";
import { ostravianMinistry, riverCrossingsArticle } from "../scenarios/river-crossings";

let stack: Stack & { tokens: { desk: string } };
let draftUrl: string;
beforeAll(async () => {
  stack = await startStackForWriters(ostravianMinistry, { desk: "WRITE" });
  await onPage(stack.browser, {}, async ({ page }) => {
    await signIn(page, stack.web.url, stack.tokens.desk);
    draftUrl = await captureArticle(page, stack.web.url, {
      text: riverCrossingsArticle,
      title: "[Accessible] (invented)",
      publishedOn: "2031-04-08",
    });
  });
});
afterAll(() => stack?.stop());

const viewports = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];

describe("accessibility of signing in and capture", () => {
  it.each(viewports)("breaks no WCAG 2.2 A or AA rule on /sign-in, /sign-out, /capture and a draft at %o", async (viewport) => {
    await onPage(stack.browser, { viewport }, async ({ page }) => {
      await page.goto(`${stack.web.url}/sign-in`, { waitUntil: "networkidle" });
      await expect(axeViolations(page)).resolves.toEqual([]);
      await signIn(page, stack.web.url, stack.tokens.desk);
      for (const path of ["/capture", new URL(draftUrl).pathname, "/sign-out"]) {
        await page.goto(`${stack.web.url}${path}`, { waitUntil: "networkidle" });
        await expect(axeViolations(page)).resolves.toEqual([]);
      }
    });
  });

  it("breaks no rule while a refusal is shown beside its field", async () => {
    await onPage(stack.browser, {}, async ({ page }) => {
      await signIn(page, stack.web.url, stack.tokens.desk, new URL(draftUrl).pathname);
      const item = statementItem(page, "We came here to open the bridges");
      await item.getByText("Correct it").click();
      await item.getByLabel("Exact words").fill("words that are nowhere");
      await item.getByRole("button", { name: "Save the correction" }).click();
      await item.locator(".form-error").first().waitFor();
      // Focus goes to the field refused, which names its error.
      await expect(page.evaluate(() => document.activeElement?.getAttribute("aria-invalid"))).resolves.toBe("true");
      await expect(axeViolations(page)).resolves.toEqual([]);
    });
  });

  it("has a banner, navigation, main content and footer, and one h1, on each page", async () => {
    await onPage(stack.browser, { javaScriptEnabled: false }, async ({ page }) => {
      await signIn(page, stack.web.url, stack.tokens.desk);
      for (const path of ["/sign-in", "/capture", new URL(draftUrl).pathname, "/sign-out"]) {
        await page.goto(`${stack.web.url}${path}`);
        for (const role of ["banner", "main", "contentinfo"] as const) await expect(page.getByRole(role).count()).resolves.toBe(1);
        await expect(page.locator("h1").count()).resolves.toBe(1);
      }
    });
  });
});
