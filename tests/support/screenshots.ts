import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PNG } from "pngjs";
import type { Browser, Page } from "playwright-core";
import { onPage } from "./browser";
import { repositoryRoot } from "./repository-root";

/** The committed baselines, which are also the README's pictures. */
export const baselines = path.join(repositoryRoot, "docs", "screenshots");
/** Where a failed comparison leaves the picture taken and its difference from the baseline (git-ignored). */
const artifacts = path.join(repositoryRoot, "tests", "artifacts", "screenshots");

/** A phone, a tablet and a desktop, each photographed at the top of the page. */
export const devices = {
  phone: { width: 390, height: 844 },
  tablet: { width: 768, height: 1024 },
  desktop: { width: 1280, height: 800 },
} as const;
export type Device = keyof typeof devices;

/** Pixels that may differ (anti-aliasing a font engine may shade otherwise), as a share of the picture. */
const TOLERATED_SHARE = 0.001;

/** `UPDATE_SCREENSHOTS=1` writes the pictures taken as the new baselines, on purpose, instead of comparing. */
export const updatingBaselines = process.env.UPDATE_SCREENSHOTS === "1";

/**
 * The page at `url` on `device`, photographed once it has settled: its data loaded, its fonts (the
 * app's own) drawn, with reduced motion, after `prepare`.
 */
export async function photograph(browser: Browser, url: string, device: Device, prepare?: (page: Page) => Promise<void>): Promise<Buffer> {
  let picture: Buffer | undefined;
  await onPage(browser, { viewport: devices[device], reducedMotion: "reduce" }, async ({ page }) => {
    await page.goto(url, { waitUntil: "networkidle" });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await prepare?.(page);
    picture = await page.screenshot({ animations: "disabled", caret: "hide" });
  });
  return picture!;
}

export interface Comparison {
  /** Pixels that differ beyond pixelmatch's colour threshold, and their share of the picture. */
  differing: number;
  share: number;
  /** Where the picture taken and the difference were saved, when they differ beyond the tolerance. */
  saved?: string;
}

/**
 * Compares a picture with its baseline (`name.png` in docs/screenshots); beyond the tolerance, or
 * when the sizes differ, saves the picture and an image of the difference under tests/artifacts.
 * With UPDATE_SCREENSHOTS=1, writes the picture as the baseline instead.
 */
export async function compareWithBaseline(name: string, picture: Buffer): Promise<Comparison> {
  const baselinePath = path.join(baselines, `${name}.png`);
  if (updatingBaselines) {
    await writeFile(baselinePath, picture);
    return { differing: 0, share: 0 };
  }
  const { default: pixelmatch } = await import("pixelmatch");
  const taken = PNG.sync.read(picture);
  const baseline = PNG.sync.read(
    await readFile(baselinePath).catch(() => {
      throw new Error(`No baseline ${baselinePath}: run the test with UPDATE_SCREENSHOTS=1 to take it`);
    }),
  );
  const save = async (diff?: PNG) => {
    await mkdir(artifacts, { recursive: true });
    await writeFile(path.join(artifacts, `${name}.png`), picture);
    if (diff) await writeFile(path.join(artifacts, `${name}.diff.png`), PNG.sync.write(diff));
    return path.join(artifacts, `${name}.png`);
  };
  if (taken.width !== baseline.width || taken.height !== baseline.height) {
    return { differing: taken.width * taken.height, share: 1, saved: await save() };
  }
  const diff = new PNG({ width: taken.width, height: taken.height });
  const differing = pixelmatch(baseline.data, taken.data, diff.data, taken.width, taken.height, { threshold: 0.1 });
  const share = differing / (taken.width * taken.height);
  return { differing, share, ...(share > TOLERATED_SHARE ? { saved: await save(diff) } : {}) };
}

export { TOLERATED_SHARE };
