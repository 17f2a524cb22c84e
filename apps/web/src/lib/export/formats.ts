import { recordsJsonLd } from "../schema-org";
import { toCsv } from "./csv";
import { toICalendar } from "./icalendar";
import { toTimelineJs } from "./timelinejs";
import type { ViewExport } from "./view-export";

interface ExportFormat {
  /** What the download link says. */
  label: string;
  type: string;
  extension: string;
  write(view: ViewExport, origin: string): string;
}

/** Every format a view exports to, by the name `?format=` gives. */
export const exportFormats: Record<string, ExportFormat> = {
  timelinejs: { label: "TimelineJS (JSON)", type: "application/json", extension: "json", write: (view) => JSON.stringify(toTimelineJs(view), null, 2) },
  csv: { label: "CSV", type: "text/csv; charset=utf-8", extension: "csv", write: (view) => toCsv(view.records) },
  ics: { label: "iCalendar", type: "text/calendar; charset=utf-8", extension: "ics", write: (view, origin) => toICalendar(view, origin, new Date()) },
  jsonld: {
    label: "schema.org JSON-LD",
    type: "application/ld+json",
    extension: "jsonld",
    write: (view, origin) => JSON.stringify({ ...recordsJsonLd(view.title, view.records, origin), ...(view.truncation && { description: view.truncation }) }, null, 2),
  },
};
