import { onPage } from "../support/browser";
import { captureArticle, decide, fillMetadata, statementItem } from "../support/capture-page";
import { askApi, sessionCookie, signIn } from "../support/sign-in";
import { type Stack, startStackForWriters } from "../support/stack";
import { ostravianMinistry, riverCrossings, riverCrossingsArticle } from "../scenarios/river-crossings";

// Each test signs in with a token of its own: the write limit (lowered here) counts by token.
const tokens = {
  long: "WRITE",
  astral: "WRITE",
  html: "WRITE",
  twice: "WRITE",
  rival: "WRITE",
  lapse: "WRITE",
  doomed: "WRITE",
  heir: "WRITE",
  prolific: "WRITE",
  chief: "ADMIN",
} as const;
let stack: Stack & { tokens: Record<keyof typeof tokens, string> };
beforeAll(async () => {
  stack = await startStackForWriters(ostravianMinistry, tokens, { WRITE_RATE_LIMIT: "12", WRITE_RATE_LIMIT_WINDOW_SECONDS: "600" });
});
afterAll(() => stack?.stop());

const article = (title: string, text = riverCrossingsArticle) => ({ text, title: `[${title}] (invented)`, publishedOn: "2031-04-08" });

describe("capture with bad input", () => {
  it("takes a 200 kB article", async () => {
    const long = riverCrossingsArticle.repeat(Math.ceil(200_000 / riverCrossingsArticle.length));
    expect(long.length).toBeGreaterThanOrEqual(200_000);
    await onPage(stack.browser, {}, async ({ page }) => {
      await signIn(page, stack.web.url, stack.tokens.long);
      await captureArticle(page, stack.web.url, article("A long article", long));
      await expect(page.locator(".caveat").first().innerText()).resolves.toContain(`${long.length.toLocaleString("en-GB")} characters`);
      // Over a thousand statements, listed fifty at a time; the text marks them all.
      const heading = await page.locator("#draft-statements").innerText();
      const total = Number(/\((\d+)\)/.exec(heading)![1]);
      expect(total).toBeGreaterThan(1000);
      await expect(page.locator("li.statement-review").count()).resolves.toBe(50);
      await expect(page.locator(".source-text .span-note").count()).resolves.toBe(total);
      await page.getByRole("navigation", { name: "More statements, below the list" }).getByRole("link", { name: "Next 50" }).click();
      await page.waitForURL(/\?from=51#draft-statements$/);
      await expect(page.locator("li.statement-review h3").first().innerText()).resolves.toMatch(/^51\. /);
    });
  });

  it("keeps spans right in a text with emoji, astral characters and CRLF line ends, selected or typed", async () => {
    const text = `HARBOURTOWN (Parley Wire) - 🇺🇦 Talks opened on Monday.\r\n\r\n"We want 𝒶 fair deal 🤝," Ada Vinter said.\r\n\r\nMs Vinter welcomed the offer as "a start 🙂".\r\n`;
    await onPage(stack.browser, {}, async ({ page }) => {
      await signIn(page, stack.web.url, stack.tokens.astral);
      // As a .txt file, whose CR LF line ends are kept (a pasted text's line breaks are LF, as its field held them).
      await page
        .getByLabel("Or a file (.txt or .html)")
        .setInputFiles({ name: "astral.txt", mimeType: "text/plain", buffer: Buffer.from(text) });
      await fillMetadata(page, article("Astral"));
      await Promise.all([page.waitForURL(/\/capture\/[^/?#]+$/), page.getByRole("button", { name: "Save and review" }).click()]);
      await expect(page.locator(".caveat").first().innerText()).resolves.toContain(`${text.length} characters`);
      await expect(page.locator(".source-text mark.span--quote").first().innerText()).resolves.toBe("We want 𝒶 fair deal 🤝");

      // Select "welcomed the offer" (no rule proposes it: welcomed is no verb of saying) in the text, as a mouse would, and add it.
      await page.evaluate(() => {
        const node = Array.from(document.querySelectorAll(".source-text span"))
          .flatMap((span) => Array.from(span.childNodes))
          .find((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.includes("Ms Vinter welcomed the offer"))!;
        const at = node.textContent!.indexOf("Ms Vinter welcomed the offer");
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + "Ms Vinter welcomed the offer".length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        node.parentElement!.dispatchEvent(new PointerEvent("pointerup", { bubbles: true }));
      });
      await expect(page.locator("#add-statement-span-words").inputValue()).resolves.toBe("Ms Vinter welcomed the offer");
      await page.locator("#add-statement-kind").selectOption("PARAPHRASE");
      await page.locator("#add-statement-speaker").fill("Ada Vinter");
      await page.getByRole("button", { name: "Add the statement" }).click();
      await page.locator("#add-statement").getByRole("status").filter({ hasText: "Statement added" }).waitFor();
      const selected = text.indexOf("Ms Vinter welcomed the offer");
      await expect(statementItem(page, "Ms Vinter welcomed the offer").innerText()).resolves.toContain(
        `characters ${selected}–${selected + "Ms Vinter welcomed the offer".length}`,
      );

      // Typed, after the flag and the CR LFs.
      await page.locator("#add-statement-span-words").fill("Talks opened on Monday");
      await page.locator("#add-statement-kind").selectOption("PARAPHRASE");
      await page.getByRole("button", { name: "Add the statement" }).click();
      await page.locator("#add-statement").getByRole("status").filter({ hasText: "Talks opened" }).waitFor();
      const typed = text.indexOf("Talks opened on Monday");
      await expect(statementItem(page, "Talks opened on Monday").innerText()).resolves.toContain(`characters ${typed}–${typed + 22}`);
    });
  });

  it("refuses NUL bytes with a clear message beside the text, keeping what was typed", async () => {
    await onPage(stack.browser, {}, async ({ page }) => {
      await signIn(page, stack.web.url, stack.tokens.astral);
      await page.getByLabel("Text of the article").fill(`A line.\u0000 Another.`);
      await fillMetadata(page, article("NUL"));
      await page.getByRole("button", { name: "Save and review" }).click();
      const error = page.locator("#article-text-error");
      await error.waitFor();
      await expect(error.innerText()).resolves.toMatch(/NUL character \(U\+0000\) at offset 7/);
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("article-text");
      await expect(page.getByLabel("Title").inputValue()).resolves.toBe("[NUL] (invented)");
      expect(new URL(page.url()).pathname).toBe("/capture");
    });
  });

  it("reduces an .html file to its text on the server: its script never runs, the draft holds no markup", async () => {
    const html = `<!doctype html><html><head><title>Crossings</title><style>p{color:red}</style><script>alert("ran")</script></head>
<body><h1>Crossings to reopen</h1><p>"We came here to open the bridges," Tomas Rell said.</p><p>Trade <b>resumes</b> &amp; ships sail.<script>console.error("ran")</script></p><img src=x onerror="alert('ran')"></body></html>`;
    await onPage(stack.browser, {}, async ({ page }) => {
      const dialogs: string[] = [];
      page.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await signIn(page, stack.web.url, stack.tokens.html);
      await page
        .getByLabel("Or a file (.txt or .html)")
        .setInputFiles({ name: "crossings.html", mimeType: "text/html", buffer: Buffer.from(html) });
      await fillMetadata(page, article("An HTML file"));
      await Promise.all([page.waitForURL(/\/capture\/[^/?#]+$/), page.getByRole("button", { name: "Save and review" }).click()]);
      // The text as the draft holds it: the marked text less the statements' numbers.
      const shown = await page.locator(".source-text").evaluate((text) => {
        const copy = text.cloneNode(true) as HTMLElement;
        copy.querySelectorAll("sup").forEach((note) => note.remove());
        return copy.textContent;
      });
      expect(shown).toBe('Crossings to reopen\n\n"We came here to open the bridges," Tomas Rell said.\n\nTrade resumes & ships sail.');
      expect(shown).not.toMatch(/<|ran|color/);
      expect(dialogs).toEqual([]);
    });
  });

  it("refuses a draft published twice, and a correction whose words are not in the text, beside what they concern", async () => {
    await onPage(stack.browser, { javaScriptEnabled: false }, async ({ page }) => {
      await signIn(page, stack.web.url, stack.tokens.twice);
      const draftUrl = await captureArticle(page, stack.web.url, article("Twice"));
      const item = statementItem(page, "We came here to open the bridges");
      await item.getByText("Correct it").click();
      await item.getByLabel("Exact words").fill("We came here to build the bridges");
      await item.getByRole("button", { name: /^Accept/ }).click();
      await page.waitForLoadState();
      const refused = statementItem(page, "We came here to open the bridges");
      await expect(refused.locator(".form-error").first().innerText()).resolves.toMatch(/does not occur in the draft's text/);
      await expect(refused.locator("h3").innerText()).resolves.toMatch(/to decide/i);
      await refused.getByLabel("Exact words").fill("We came here to open the bridges, not to argue about maps");
      await refused.getByRole("button", { name: /^Accept/ }).click();
      await page.waitForLoadState();
      await expect(statementItem(page, "We came here to open the bridges").locator("h3").innerText()).resolves.toMatch(/accepted/i);

      // Two copies of the page; the first publishes, the second tries again.
      const stale = await page.context().newPage();
      await stale.goto(draftUrl);
      await page.goto(draftUrl);
      await page.getByRole("button", { name: "Publish" }).click();
      await page.getByRole("heading", { name: "Published" }).waitFor();
      await stale.getByRole("button", { name: "Publish" }).click();
      await stale.waitForLoadState();
      await expect(stale.getByRole("alert").innerText()).resolves.toMatch(/published/i);
      await expect(stale.getByRole("heading", { name: "Published" }).count()).resolves.toBe(1);
    });
  });

  it("says so when someone else changed the draft meanwhile, and shows it as it now is, overwriting nothing", async () => {
    await onPage(stack.browser, {}, async ({ page }) => {
      await signIn(page, stack.web.url, stack.tokens.rival);
      const draftUrl = await captureArticle(page, stack.web.url, article("Rivals"));
      const other = await page.context().newPage();
      await other.goto(draftUrl);
      await decide(statementItem(other, "We came here to open the bridges"), "Reject");

      // This page still shows the draft as it was when it opened.
      const item = statementItem(page, "Lunmark wants the crossings open");
      await item.getByRole("button", { name: /^Accept/ }).click();
      await item
        .getByRole("status")
        .filter({ hasText: /Someone else changed this draft/ })
        .waitFor();
      await expect(page.evaluate(() => document.activeElement?.getAttribute("role"))).resolves.toBe("status");
      await expect(statementItem(page, "We came here to open the bridges").locator("h3").innerText()).resolves.toMatch(/rejected/i);
      await expect(item.locator("h3").innerText()).resolves.toMatch(/to decide/i);
      // Made again, on the draft as it is, the change is saved.
      await decide(item, "Accept");
      await expect(statementItem(page, "We came here to open the bridges").locator("h3").innerText()).resolves.toMatch(/rejected/i);
    });
  });

  it("asks to sign in again when the session ends in the middle of an edit, then carries on with the edit kept", async () => {
    await onPage(stack.browser, {}, async ({ page }) => {
      await signIn(page, stack.web.url, stack.tokens.lapse);
      await captureArticle(page, stack.web.url, article("Lapse"));
      // The session ends (as at its expiry) while the page is open.
      const secret = (await sessionCookie(page.context()))!.value;
      await askApi(stack.api.url, secret, "mutation { endSession { endedAt } }");

      const item = statementItem(page, riverCrossings.spokesmanWords);
      await item.getByText("Correct it").click();
      await item.getByLabel("Speaker").fill("Ostravian Ministry of Foreign Affairs");
      await Promise.all([page.waitForURL(/\/sign-in\?/), item.getByRole("button", { name: /^Accept/ }).click()]);
      await expect(page.getByRole("status").innerText()).resolves.toMatch(/Your session has ended/);
      await page.getByLabel("Token").fill(stack.tokens.lapse);
      await Promise.all([page.waitForURL(/\/capture\/[^?]+\?resume=/), page.getByRole("button", { name: "Sign in" }).click()]);
      const back = statementItem(page, riverCrossings.spokesmanWords);
      await expect(back.getByLabel("Speaker").inputValue()).resolves.toBe("Ostravian Ministry of Foreign Affairs");
      await decide(back, "Accept");
      await expect(back.locator("h3").innerText()).resolves.toContain("Ostravian Ministry of Foreign Affairs");
    });
  });

  it("stops a revoked token's edits at once, and another writer carries on with its draft", async () => {
    await onPage(stack.browser, {}, async ({ page }) => {
      await signIn(page, stack.web.url, stack.tokens.doomed);
      const draftUrl = await captureArticle(page, stack.web.url, article("Revoked"));
      const revoked = await askApi(stack.api.url, stack.tokens.chief, 'mutation { revokeToken(input: { name: "doomed" }) { __typename } }');
      expect(revoked.errors).toBeUndefined();
      await Promise.all([
        page.waitForURL(/\/sign-in\?/),
        statementItem(page, "We came here to open the bridges")
          .getByRole("button", { name: /^Accept/ })
          .click(),
      ]);
      await page.getByLabel("Token").fill(stack.tokens.doomed);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page
        .locator("#token-error")
        .filter({ hasText: /not accepted/ })
        .waitFor();

      await page.getByLabel("Token").fill(stack.tokens.heir);
      await Promise.all([page.waitForURL(/\/capture\//), page.getByRole("button", { name: "Sign in" }).click()]);
      await page.goto(draftUrl);
      await decide(statementItem(page, "We came here to open the bridges"), "Accept");
    });
  });

  it("says clearly when one token has made too many drafts, keeping the article in the form", async () => {
    await onPage(stack.browser, {}, async ({ page }) => {
      await signIn(page, stack.web.url, stack.tokens.prolific);
      const short = 'Nothing was said. "We wait," Ada Vinter said.\n';
      for (let made = 0; ; made++) {
        expect(made).toBeLessThan(13);
        await page.goto(`${stack.web.url}/capture`);
        await page.getByLabel("Text of the article").fill(short);
        await fillMetadata(page, article(`Draft ${made}`));
        await page.getByRole("button", { name: "Save and review" }).click();
        const outcome = await Promise.race([
          page.waitForURL(/\/capture\/[^/?#]+$/).then(() => "made" as const),
          page
            .locator("#article-error")
            .filter({ hasText: /too many/ })
            .waitFor()
            .then(() => "refused" as const),
        ]);
        if (outcome === "refused") break;
      }
      await expect(page.locator("#article-error").innerText()).resolves.toMatch(
        /too many changes in a short time.*Try again in \d+ seconds/,
      );
      await expect(page.getByLabel("Text of the article").inputValue()).resolves.toBe(short);
    });
  });
});
