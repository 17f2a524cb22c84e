import { sql } from "kysely";
import { calendarDate, globalIdSql, isoInstant } from "../json-sql";
import { columnOf, type TypeRead, value } from "../read-type";
import { rowsWhere } from "../related";

const source = columnOf("source");

export const sourceRead: TypeRead = {
  name: "Source",
  table: "source",
  fields: {
    id: value((row) => globalIdSql("Source", source("id")(row))),
    slug: value(source("slug")),
    kind: value(source("kind")),
    title: value(source("title")),
    publisher: value(source("publisher")),
    url: value(source("url")),
    publishedOn: value((row) => calendarDate(source("published_on")(row))),
    language: value(source("language")),
    contentHash: value(source("content_hash")),
    recordedAt: value((row) => isoInstant(source("created_at")(row))),
    text: value(source("text")),
    version: value(source("version")),
  },
};

const excerpt = columnOf("excerpt");

export const excerptRead: TypeRead = {
  name: "Excerpt",
  table: "excerpt",
  fields: {
    start: value(excerpt("start")),
    end: value(excerpt("end")),
    // In UTF-16 code units, as JavaScript indexes the text (see the migration that made utf16_slice). substr
    // reads a stored text only as far as the span's end; a function is given the whole text.
    text: value(
      (
        row,
      ) => sql`(SELECT CASE WHEN s.astral_free THEN substr(s.text, ${excerpt("start")(row)} + 1, ${excerpt("end")(row)} - ${excerpt("start")(row)})
          ELSE utf16_slice(s.text, ${excerpt("start")(row)}, ${excerpt("end")(row)}, s.astral_free) END
        FROM source s WHERE s.id = ${excerpt("source_id")(row)})`,
    ),
    source: { kind: "one", type: "Source", related: rowsWhere("source", "id", "excerpt", "source_id") },
  },
};
