import { onPage } from "../support/browser";
import { captureArticle, decide, statementItem } from "../support/capture-page";
import { signIn } from "../support/sign-in";
import { type Stack, startStackForWriters } from "../support/stack";
import { ostravianMinistry, riverCrossings, riverCrossingsArticle } from "../scenarios/river-crossings";

let stack: Stack & { tokens: { desk: string } };
beforeAll(async () => {
  stack = await startStackForWriters(ostravianMinistry, { desk: "WRITE" });
});
afterAll(() => stack?.stop());

// The issue's own test: an article goes from the browser to the record, and every view shows it.
describe("recording an article from the browser", () => {
  it("signs in, pastes an article, reviews the proposals, publishes, and finds the statements on every page", async () => {
    await onPage(stack.browser, { viewport: { width: 1280, height: 900 } }, async ({ page }) => {
      await signIn(page, stack.web.url, stack.tokens.desk);
      expect(new URL(page.url()).pathname).toBe("/capture");
      const draftUrl = await captureArticle(page, stack.web.url, {
        text: riverCrossingsArticle,
        title: riverCrossings.title,
        publisher: riverCrossings.publisher,
        publishedOn: riverCrossings.publishedOn,
      });

      // The text is marked as a source is: the direct quotes shaded, reported speech underlined.
      await expect(page.locator(".source-text mark.span--quote", { hasText: "We came here to open the bridges" }).count()).resolves.toBe(1);
      await expect(page.locator(".source-text mark.span--reported", { hasText: "said her government was ready" }).count()).resolves.toBe(1);
      // The quote broken by "he said" is two statements, the second continuing the first.
      const second = statementItem(page, "and we will not ask them to wait another season.");
      await expect(second.innerText()).resolves.toMatch(/continues statement \d+/);

      // Reject the scare quote; fix the spokesman's speaker; accept the rest.
      await decide(statementItem(page, riverCrossings.scareQuote), "Reject");
      const spokesman = statementItem(page, riverCrossings.spokesmanWords);
      await spokesman.getByText("Correct it").click();
      await spokesman.getByLabel("Speaker").fill("Ostravian Ministry of Foreign Affairs");
      await decide(spokesman, "Accept");
      await expect(spokesman.locator("h3").innerText()).resolves.toContain("Ostravian Ministry of Foreign Affairs");
      for (let pending = await page.locator("li.decision--pending").count(); pending > 0; pending--) {
        const id = await page.locator("li.decision--pending").first().getAttribute("id");
        await decide(page.locator(`li[id="${id}"]`), "Accept");
      }

      // The statement the proposals missed, added from the keyboard alone: its words, its kind, its speaker.
      await page.getByRole("heading", { name: "Add a statement" }).scrollIntoViewIfNeeded();
      await page.locator("#add-statement-span-words").focus();
      await page.keyboard.type(riverCrossings.missedStatement);
      await page.keyboard.press("Tab"); // occurrence: it occurs once
      await page.keyboard.press("Tab"); // kind
      await page.keyboard.press("ArrowDown"); // from Direct quote to Partial quote
      await page.keyboard.press("Tab");
      await page.keyboard.type("Tomas Rell");
      for (let presses = 0; presses < 10; presses++) {
        await page.keyboard.press("Tab");
        if (await page.evaluate(() => document.activeElement?.textContent === "Add the statement")) break;
      }
      await page.keyboard.press("Enter");
      await page.locator("#add-statement").getByRole("status").filter({ hasText: "Statement added" }).waitFor();
      const added = statementItem(page, "Mr Rell welcomed the talks");
      await expect(added.locator("h3").innerText()).resolves.toMatch(/Tomas Rell.*Partial quote.*Accepted/is);

      // The day, read before publishing (the API's response cache keeps what it answered)...
      const reader = await page.context().newPage();
      await reader.goto(`${stack.web.url}/days/${riverCrossings.publishedOn}`);
      await expect(reader.getByRole("main").innerText()).resolves.not.toContain("We came here to open the bridges");

      await Promise.all([
        page.waitForResponse((response) => response.request().method() === "POST"),
        page.getByRole("button", { name: "Publish" }).click(),
      ]);
      await page.getByRole("heading", { name: "Published" }).waitFor();
      expect(page.url()).toBe(draftUrl);

      // ...and every view, that day included, shows the records on the next request.
      await reader.reload();
      await expect(reader.getByRole("main").innerText()).resolves.toContain("We came here to open the bridges");
      const links = page.locator("#publish a");
      const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")!));
      const source = hrefs.find((href) => href.startsWith("/sources/"))!;
      const event = hrefs.find((href) => href.startsWith("/events/"))!;
      const rell = hrefs.find((href) => href.startsWith("/actors/") && href.includes("rell"))!;
      expect(hrefs).toContain(`/days/${riverCrossings.publishedOn}`);
      for (const [path, words] of [
        [`/days/${riverCrossings.publishedOn}`, "We came here to open the bridges, not to argue about maps"],
        [event, "Mr Rell welcomed the talks"],
        [rell, "We came here to open the bridges"],
        [source, "frank and useful"],
        ["/search?q=bridges+maps", "We came here to open the bridges"],
        ["/actors/ostravia-foreign-ministry", "The two ministers are to meet again"],
      ] as const) {
        await page.goto(`${stack.web.url}${path}`);
        await expect(page.getByRole("main").innerText()).resolves.toContain(words);
      }
      // The scare quote was not recorded.
      await page.goto(`${stack.web.url}${source}`);
      await expect(page.locator(".source-statements").innerText()).resolves.not.toContain("Traders in Veldhaven");

      // The draft is read-only now, and the list says where it went.
      await page.goto(`${stack.web.url}/capture`);
      const row = page.locator("tr", { hasText: riverCrossings.title });
      await expect(row.innerText()).resolves.toMatch(/accepted · 1 rejected · 0 to decide/);
      await expect(row.getByRole("link", { name: "Published: the source" }).getAttribute("href")).resolves.toBe(source);
    });
  });

  it("sends a signed-out visitor to sign in, and back to /capture after", async () => {
    await onPage(stack.browser, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(`${stack.web.url}/capture`);
      expect(page.url()).toBe(`${stack.web.url}/sign-in?next=%2Fcapture`);
      await page.getByLabel("Token").fill(stack.tokens.desk);
      await Promise.all([page.waitForURL(`${stack.web.url}/capture`), page.getByRole("button", { name: "Sign in" }).click()]);
      await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Capture an article");
    });
  });

  it("works before scripts load: a draft made, a statement accepted and one corrected, each a plain form post", async () => {
    await onPage(stack.browser, { javaScriptEnabled: false }, async ({ page }) => {
      await signIn(page, stack.web.url, stack.tokens.desk);
      await captureArticle(page, stack.web.url, {
        text: riverCrossingsArticle,
        title: "[Without scripts] (invented)",
        publishedOn: "2031-04-08",
      });
      const first = statementItem(page, "We came here to open the bridges");
      await first.getByRole("button", { name: /^Accept/ }).click();
      await page.waitForLoadState();
      await expect(statementItem(page, "We came here to open the bridges").locator("h3").innerText()).resolves.toMatch(/accepted/i);
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toMatch(/saved: accepted/);

      const vinter = statementItem(page, "Lunmark wants the crossings open");
      await vinter.getByText("Correct it").click();
      await vinter.getByLabel("Kind").selectOption("PARTIAL_QUOTE");
      await vinter.getByRole("button", { name: "Save the correction" }).click();
      await page.waitForLoadState();
      await expect(statementItem(page, "Lunmark wants the crossings open").locator("h3").innerText()).resolves.toMatch(/partial quote/i);
    });
  });
});
