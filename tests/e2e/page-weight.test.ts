import { gzipSync } from "node:zlib";
import { onPage } from "../support/browser";
import { type Stack, startStack } from "../support/stack";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

/** The gzip-compressed size of every script a page loads, as the server sends them (it compresses). */
async function compressedScriptBytes(pagePath: string): Promise<number> {
  const scripts = new Set<string>();
  await onPage(stack.browser, {}, async ({ page }) => {
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.add(response.url());
    });
    await page.goto(`${stack.web.url}${pagePath}`, { waitUntil: "networkidle" });
  });
  let total = 0;
  for (const url of scripts) total += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length;
  return total;
}

describe("page weight", () => {
  it("loads at most 150 kB of compressed JavaScript on /", async () => {
    const bytes = await compressedScriptBytes("/");
    console.info(`JavaScript loaded by /: ${(bytes / 1000).toFixed(1)} kB gzip`);
    expect(bytes).toBeLessThanOrEqual(150_000);
  });

  it("loads no more JavaScript on an actor's page than on / until more statements are asked for", async () => {
    const home = await compressedScriptBytes("/");
    const actor = await compressedScriptBytes("/actors/sergei-lavrov");
    console.info(`JavaScript loaded by /actors/sergei-lavrov: ${(actor / 1000).toFixed(1)} kB gzip (/: ${(home / 1000).toFixed(1)} kB)`);
    // Apollo Client and the pager, fetched on demand, are some 67 kB compressed: the allowance is a few kB of the page's own code.
    expect(actor).toBeLessThanOrEqual(home + 10_000);
  });
});
