import type { Page } from "playwright-core";
import { quietAndBusyDays } from "../scenarios/quiet-and-busy-days";

/** The text of each cluster's row (name, count), in order. */
export const clusterRows = (page: Page) =>
  page.locator(".range-clusters > li .range-row").evaluateAll((rows) => rows.map((row) => row.textContent));

/** The name of each cluster in the document, in order. */
export const clusterNames = (page: Page) =>
  page.locator(".range-clusters > li .range-link").evaluateAll((links) => links.map((link) => link.textContent));

/** The address of scenario "quiet and busy days" as a range, at a zoom or the one that fits. */
export const scenarioRange = (zoom?: string) =>
  `/range?from=${quietAndBusyDays.from}&to=${quietAndBusyDays.to}${zoom ? `&zoom=${zoom}` : ""}`;
