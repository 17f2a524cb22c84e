/**
 * What each format's download link says, by the name `?format=` gives: apart from the formats'
 * writers, so that links drawn in the browser (a search run there) load none of them.
 */
export const exportLabels = {
  timelinejs: "TimelineJS (JSON)",
  csv: "CSV",
  ics: "iCalendar",
  jsonld: "schema.org JSON-LD",
} as const;

export type ExportFormatName = keyof typeof exportLabels;
