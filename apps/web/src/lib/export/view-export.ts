import type { EventCardFragment, StatementCardFragment } from "@parley/schema";

/** A view's records: events (each with its statements), or statements. */
export type ViewRecords = { kind: "events"; events: EventCardFragment[] } | { kind: "statements"; statements: StatementCardFragment[] };

/** What a view exports, whatever the format. */
export interface ViewExport {
  /** Names the file: parley-<fileName>.<extension>. */
  fileName: string;
  /** Heads the file: "Friday 14 March 2014", "Statements matching “sanctions”". */
  title: string;
  records: ViewRecords;
  /** What the file leaves out, when the view holds more than an export carries. */
  truncation: string | null;
}

/** The most records one export carries: enough for any reading view, few enough to answer in seconds. */
export const MOST_EXPORTED = 1000;

/** The note a capped export carries, in the file and beside its links. */
export function truncationNote(exported: number, total: number, noun: string): string | null {
  if (total <= exported) return null;
  return `This file holds the first ${exported.toLocaleString("en-GB")} of ${total.toLocaleString("en-GB")} ${noun}: an export carries at most ${MOST_EXPORTED.toLocaleString("en-GB")}.`;
}
