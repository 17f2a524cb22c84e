import { recordsJsonLd } from "../schema-org";
import { toCsv } from "./csv";
import { type ExportFormatName, exportLabels } from "./format-labels";
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
  timelinejs: {
    label: exportLabels.timelinejs,
    type: "application/json",
    extension: "json",
    write: (view) => JSON.stringify(toTimelineJs(view), null, 2),
  },
  csv: { label: exportLabels.csv, type: "text/csv; charset=utf-8", extension: "csv", write: (view) => toCsv(view.records) },
  // Excel reads a CSV as UTF-8 only when it starts with a byte-order mark (U+FEFF), and other tools
  // may take the mark for part of the first column's name: two files, each labelled for its reader.
  "csv-excel": {
    label: exportLabels["csv-excel"],
    type: "text/csv; charset=utf-8",
    extension: "excel.csv",
    write: (view) => `\uFEFF${toCsv(view.records)}`,
  },
  ics: {
    label: exportLabels.ics,
    type: "text/calendar; charset=utf-8",
    extension: "ics",
    write: (view, origin) => toICalendar(view, origin, new Date()),
  },
  jsonld: {
    label: exportLabels.jsonld,
    type: "application/ld+json",
    extension: "jsonld",
    write: (view, origin) =>
      JSON.stringify(
        { ...recordsJsonLd(view.title, view.records, origin), ...(view.truncation && { description: view.truncation }) },
        null,
        2,
      ),
  },
} satisfies Record<ExportFormatName, ExportFormat>;
