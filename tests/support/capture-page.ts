import type { Locator, Page } from "playwright-core";

export interface ArticleInput {
  text: string;
  title: string;
  publisher?: string;
  publishedOn: string;
  language?: string;
}

/** Fills /capture's form with an article and saves it; resolves once the draft's page is open. */
export async function captureArticle(page: Page, webUrl: string, article: ArticleInput): Promise<string> {
  if (!page.url().endsWith("/capture")) await page.goto(`${webUrl}/capture`);
  await fillText(page.getByLabel("Text of the article"), article.text);
  await fillMetadata(page, article);
  await Promise.all([
    page.waitForURL(/\/capture\/[^/?#]+$/, { timeout: 60_000 }),
    page.getByRole("button", { name: "Save and review" }).click(),
  ]);
  return page.url();
}

// Past this, text is pasted rather than typed: Playwright's fill inserts text through the editor, which
// took over 30 s for a 200 kB article on a busy two-core machine; a paste is what a journalist does.
const TYPED_AT_MOST = 20_000;

/** Puts `text` in a text field: typed when short, set and announced (an `input` event) as a paste when long. */
async function fillText(field: Locator, text: string): Promise<void> {
  if (text.length <= TYPED_AT_MOST) return field.fill(text);
  await field.evaluate((element, value) => {
    (element as HTMLTextAreaElement).value = value;
    element.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
}

/** The form's other fields: title, publisher, date, language. */
export async function fillMetadata(page: Page, article: Omit<ArticleInput, "text">): Promise<void> {
  await page.getByLabel("Title").fill(article.title);
  await page.getByLabel("Publisher").fill(article.publisher ?? "");
  await page.getByLabel("Published on").fill(article.publishedOn);
  await page.getByLabel("Language").fill(article.language ?? "en");
}

/** The statement under review whose words contain `words`. */
export function statementItem(page: Page, words: string): Locator {
  return page.locator("li.statement-review").filter({ has: page.locator(".words", { hasText: words }) });
}

/** Presses one of a statement's buttons ("Accept", "Reject", "Save the correction") and waits until its status says it was saved. */
export async function decide(item: Locator, button: "Accept" | "Reject" | "Save the correction"): Promise<void> {
  await item.getByRole("button", { name: new RegExp(`^${button}`) }).click();
  await item.getByRole("status").filter({ hasText: /saved/ }).waitFor();
}
