import { onPage } from "../support/browser";
import { type Stack, startStack } from "../support/stack";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

const kerryAndLavrov = "/compare?actors=john-kerry,sergei-lavrov&topic=choices-of-ukrainians";

describe("compare", () => {
  it("sets Kerry's and Lavrov's words on the choices of Ukrainians side by side, with their opposite stances", async () => {
    await onPage(stack.browser, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(`${stack.web.url}${kerryAndLavrov}`);
      await expect(page.locator("h1").textContent()).resolves.toMatch(/^Compare: /);
      const column = (slug: string) => page.locator(`section:has(> #column-${slug})`);
      await expect(page.locator(".compare-column > h3").allTextContents()).resolves.toEqual(["John Kerry", "Sergei Lavrov"]);
      const kerry = column("john-kerry").locator("#statement-kerry-keen-for-choices-of-ukrainians-to-be-respected");
      const lavrov = column("sergei-lavrov").locator("#statement-lavrov-keen-for-choices-of-ukrainians-to-be-respected");
      // The same words, reported as paraphrase: never in quotation marks.
      await expect(kerry.locator(".words--reported").textContent()).resolves.toMatch(/choices of Ukrainians to be respected/);
      await expect(lavrov.locator(".words--reported").textContent()).resolves.toMatch(/choices of Ukrainians to be respected/);
      await expect(kerry.locator(".compare-stances").textContent()).resolves.toMatch(/^Opposes/);
      await expect(lavrov.locator(".compare-stances").textContent()).resolves.toMatch(/^Supports/);
      // And, at the top, how one answers the other: in a sentence that says why, the words they share shown once.
      const meeting = page.locator(".compare-meetings > li");
      await expect(meeting.count()).resolves.toBe(1);
      await expect(meeting.locator(".meeting-line").textContent()).resolves.toBe(
        "John Kerry contradicts Sergei Lavrov: the same words; John Kerry opposes the Crimean referendum, Sergei Lavrov supports it.",
      );
      await expect(meeting.locator(".words").count()).resolves.toBe(1);
    });
  });

  it("is chosen through a form that keeps the comparison in the address", async () => {
    await onPage(stack.browser, {}, async ({ page }) => {
      await page.goto(`${stack.web.url}/compare`, { waitUntil: "networkidle" });
      await page.getByLabel("First actor").fill("John Kerry");
      await page.getByLabel("Second actor").fill("Sergei Lavrov");
      await page.getByLabel("Topic").fill("choices of Ukrainians");
      await page.getByRole("button", { name: "Compare" }).click();
      await page.waitForURL(/\/compare\?actors=John\+Kerry&actors=Sergei\+Lavrov&actors=&topic=choices\+of\+Ukrainians$/);
      await page.reload({ waitUntil: "networkidle" });
      await expect(page.locator(".compare-column > h3").allTextContents()).resolves.toEqual(["John Kerry", "Sergei Lavrov"]);
      await expect(page.locator("h1").textContent()).resolves.toBe("Compare: Respecting the choices of Ukrainians");
    });
  });
});
