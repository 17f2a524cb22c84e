/**
 * What each format's download link says, by the name `?format=` gives: apart from the formats'
 * writers, so that links drawn in the browser (a search run there) load none of them.
 */
export const exportLabels = {
  timelinejs: "TimelineJS (JSON)",
  csv: "CSV",
  // The same file after a UTF-8 byte-order mark, without which Excel reads UTF-8 as Windows-1252.
  "csv-excel": "CSV for Excel",
  ics: "iCalendar",
  jsonld: "schema.org JSON-LD",
} as const;

export type ExportFormatName = keyof typeof exportLabels;
