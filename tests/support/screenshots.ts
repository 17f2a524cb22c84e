import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { onPage } from "./browser";

/** The README's screenshots: committed, so kept small (the top of each page, at each width). */
const screenshots = path.resolve(__dirname, "..", "..", "docs", "screenshots");

const widths = {
  phone: { width: 375, height: 640 },
  tablet: { width: 768, height: 720 },
  desktop: { width: 1280, height: 720 },
};

/**
 * Saves `name-phone.png`, `name-tablet.png` and `name-desktop.png` of `url`, after `prepare`
 * (opening a fold, scrolling to what the picture is about) has run at each width.
 */
export async function screenshotAtEachWidth(
  browser: Browser,
  url: string,
  name: string,
  prepare: (page: Page) => Promise<void> = async () => {},
): Promise<void> {
  for (const [device, viewport] of Object.entries(widths)) {
    await onPage(browser, { viewport }, async ({ page }) => {
      await page.goto(url, { waitUntil: "networkidle" });
      await prepare(page);
      await page.screenshot({ path: path.join(screenshots, `${name}-${device}.png`) });
    });
  }
}
