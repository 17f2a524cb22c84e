import type { BrowserContext, Page } from "playwright-core";

/** The session cookie's name, as the web app sets it. */
export const SESSION_COOKIE = "parley_session";

/** Signs in on the sign-in page as a person would, from the keyboard, and waits for where it leads. */
export async function signIn(page: Page, webUrl: string, token: string, next = "/capture"): Promise<void> {
  await page.goto(`${webUrl}/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Token").fill(token);
  await Promise.all([page.waitForURL((url) => url.pathname !== "/sign-in"), page.getByLabel("Token").press("Enter")]);
}

/** The session cookie the browser holds, if any. */
export async function sessionCookie(context: BrowserContext) {
  return (await context.cookies()).find((cookie) => cookie.name === SESSION_COOKIE);
}

/** What the API answers a GraphQL request with `bearer` (a token or a session secret). */
export async function askApi(apiUrl: string, bearer: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

/**
 * A page's server-action form as a browser without scripts would send it: the hidden fields the
 * server rendered into the form that holds `submitText`, plus `fields`. For posting with headers a
 * browser would not let a page choose (a forged Origin, a proxy's X-Forwarded-Proto).
 */
export async function formOf(pageUrl: string, submitText: string, fields: Record<string, string>, cookie?: string): Promise<FormData> {
  const html = await (await fetch(pageUrl, cookie ? { headers: { cookie } } : {})).text();
  const form = html.split("<form").find((part) => part.includes(`>${submitText}</button>`));
  if (!form) throw new Error(`No form with a "${submitText}" button at ${pageUrl}`);
  const data = new FormData();
  for (const [, name, value] of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) {
    data.append(name!, (value ?? "").replaceAll("&quot;", '"').replaceAll("&amp;", "&"));
  }
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}
