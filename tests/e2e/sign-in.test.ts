import { onPage } from "../support/browser";
import { askApi, formOf, sessionCookie, signIn } from "../support/sign-in";
import { type Stack, startStackForWriters } from "../support/stack";

let stack: Stack & { tokens: { desk: string } };
beforeAll(async () => {
  stack = await startStackForWriters({}, { desk: "WRITE" });
});
afterAll(() => stack?.stop());

const VIEWER = "{ viewer { name } }";
const TWELVE_HOURS = 12 * 3600;

describe("signing in and out", () => {
  it("keeps only a session in an HttpOnly, SameSite=Strict cookie that lasts as the session does, and returns where the person was going", async () => {
    await onPage(stack.browser, {}, async ({ page }) => {
      const requested: string[] = [];
      page.on("request", (request) => requested.push(request.url()));
      await signIn(page, stack.web.url, stack.tokens.desk, "/search?q=crossings");
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe("/search?q=crossings");
      await expect(page.getByRole("banner").innerText()).resolves.toContain("Signed in as desk");

      const cookie = await sessionCookie(page.context());
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/", secure: false });
      expect(cookie!.value).toMatch(/^parley_session_/);
      expect(cookie!.value).not.toContain(stack.tokens.desk);
      expect(cookie!.expires - Date.now() / 1000).toBeGreaterThan(TWELVE_HOURS - 120);
      expect(cookie!.expires - Date.now() / 1000).toBeLessThanOrEqual(TWELVE_HOURS);
      // Scripts cannot read it.
      await expect(page.evaluate(() => document.cookie)).resolves.not.toContain("parley_session");
      expect(requested.filter((url) => url.includes(stack.tokens.desk))).toEqual([]);
      await expect(page.content()).resolves.not.toContain(stack.tokens.desk);
    });
  });

  it("works without scripts too, and after a refused token says why with the field empty and focused", async () => {
    await onPage(stack.browser, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(`${stack.web.url}/sign-in?next=/`);
      await page.getByLabel("Token").fill("parley_not-a-token-anyone-has");
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForLoadState();
      await expect(page.getByRole("alert").innerText()).resolves.toMatch(/That token was not accepted/);
      await expect(page.getByLabel("Token").inputValue()).resolves.toBe("");
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("token");
      await expect(page.content()).resolves.not.toContain("parley_not-a-token-anyone-has");
      await expect(sessionCookie(page.context())).resolves.toBeUndefined();

      await page.getByLabel("Token").fill(stack.tokens.desk);
      await Promise.all([page.waitForURL(`${stack.web.url}/`), page.getByRole("button", { name: "Sign in" }).click()]);
      await expect(page.getByRole("banner").innerText()).resolves.toContain("Signed in as desk");
    });
  });

  it("marks the cookie Secure when the request came over https through a proxy", async () => {
    const form = await formOf(`${stack.web.url}/sign-in`, "Sign in", { token: stack.tokens.desk, next: "/" });
    const response = await fetch(`${stack.web.url}/sign-in`, {
      method: "POST",
      body: form,
      headers: { origin: stack.web.url, "x-forwarded-proto": "https" },
      redirect: "manual",
    });
    const setCookie = response.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/^parley_session=parley_session_/);
    expect(setCookie).toMatch(/; Secure/i);
    expect(setCookie).toMatch(/; HttpOnly/i);
    expect(setCookie).toMatch(/; SameSite=strict/i);
    expect(setCookie).toMatch(/; Max-Age=\d+/i);
  });

  it("ends the session at once on signing out: the old cookie's secret no longer works against the API", async () => {
    await onPage(stack.browser, {}, async ({ page }) => {
      await signIn(page, stack.web.url, stack.tokens.desk, "/");
      const secret = (await sessionCookie(page.context()))!.value;
      await expect(askApi(stack.api.url, secret, VIEWER)).resolves.toMatchObject({ data: { viewer: { name: "desk" } } });

      await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
      await page.waitForURL(/\/sign-out\?done=1$/);
      await expect(page.getByRole("status").innerText()).resolves.toBe("You are signed out.");
      await expect(sessionCookie(page.context())).resolves.toBeUndefined();
      await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" }).count()).resolves.toBe(1);
      await expect(askApi(stack.api.url, secret, VIEWER)).resolves.toMatchObject({ data: { viewer: null } });
    });
  });

  it("offers a sign-out button at /sign-out, which GET alone never uses", async () => {
    await onPage(stack.browser, { javaScriptEnabled: false }, async ({ page }) => {
      await signIn(page, stack.web.url, stack.tokens.desk, "/");
      await page.goto(`${stack.web.url}/sign-out`);
      await expect(page.getByRole("banner").innerText()).resolves.toContain("Signed in as desk");
      await page.getByRole("main").getByRole("button", { name: "Sign out" }).click();
      await page.waitForURL(/done=1/);
      await expect(sessionCookie(page.context())).resolves.toBeUndefined();
    });
  });

  it("refuses a cross-site POST: another site's form cannot sign anyone out or in", async () => {
    await onPage(stack.browser, { allowProblems: true }, async ({ page, problems }) => {
      await signIn(page, stack.web.url, stack.tokens.desk, "/");
      const form = await formOf(
        `${stack.web.url}/sign-out`,
        "Sign out",
        {},
        `parley_session=${(await sessionCookie(page.context()))!.value}`,
      );
      let fields = "";
      form.forEach((value, name) => (fields += `<input type="hidden" name="${name}" value='${String(value)}'>`));
      // A page of another origin posting to the sign-out action, as a forger's page would.
      await page.goto("about:blank");
      await page.setContent(
        `<form method="post" enctype="multipart/form-data" action="${stack.web.url}/sign-out">${fields}<button>Go</button></form>`,
      );
      const [response] = await Promise.all([
        page.waitForResponse(`${stack.web.url}/sign-out`),
        page.getByRole("button", { name: "Go" }).click(),
      ]);
      expect(response.status()).toBe(403);
      await expect(response.text()).resolves.toMatch(/^Refused: it came from another site/);
      // The refusal, as the browser reports it; and on a page without an icon, the browser's own request for /favicon.ico.
      expect(problems.filter((problem) => !problem.endsWith("status of 404 (Not Found)"))).toEqual([
        `HTTP 403: ${stack.web.url}/sign-out`,
        expect.stringMatching(/status of 403/),
      ]);
      await page.goto(`${stack.web.url}/`);
      await expect(page.getByRole("banner").innerText()).resolves.toContain("Signed in as desk");
    });

    const forged = await fetch(`${stack.web.url}/sign-in`, {
      method: "POST",
      body: await formOf(`${stack.web.url}/sign-in`, "Sign in", { token: stack.tokens.desk }),
      headers: { origin: "http://forger.example" },
      redirect: "manual",
    });
    expect(forged.status).toBe(403);
    expect(forged.headers.get("set-cookie")).toBeNull();
  });

  it.each(["https://forger.example/", "//forger.example/", "/\\forger.example/", "javascript:alert(1)"])(
    "never follows next=%s off the site (no open redirect)",
    async (next) => {
      await onPage(stack.browser, {}, async ({ page }) => {
        await signIn(page, stack.web.url, stack.tokens.desk, next);
        expect(new URL(page.url()).origin).toBe(stack.web.url);
        expect(new URL(page.url()).pathname).toBe("/capture");
      });
    },
  );

  it("leaves anonymous reading as it was: no cookie set, no sign-in asked, the header offering to sign in", async () => {
    const response = await fetch(`${stack.web.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get("set-cookie")).toBeNull();
    const html = await response.text();
    expect(html).toContain('<a href="/sign-in">Sign in</a>');
    expect(html).not.toContain("Signed in as");
  });

  it("never writes a token into the web app's or the API's output", () => {
    expect(stack.web.output()).not.toContain(stack.tokens.desk);
    expect(stack.api.output()).not.toContain(stack.tokens.desk);
  });
});
