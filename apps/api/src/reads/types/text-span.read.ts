import { sql } from "kysely";
import type { TypeRead } from "../read-type";

/** A span of a text, as a set-returning function gives it (highlight_spans): computed, so of no table. */
export const textSpanRead: TypeRead = {
  name: "TextSpan",
  fields: {
    start: { kind: "value", sql: (span) => sql.ref(`${span}.start`) },
    end: { kind: "value", sql: (span) => sql.ref(`${span}.end`) },
  },
};
