import type { ApolloClient } from "@apollo/client";
import type { NextRequest } from "next/server";
import { loadFromApi } from "../load-from-api";
import { originOf } from "../origin";
import { plainText } from "../plain-text";
import { makeServerClient } from "../server-client";
import { exportFormats } from "./formats";
import type { ViewExport } from "./view-export";

/**
 * An export's address without a format (typed, or cut short) leads to the view it exports, where
 * the links of every format are (ViewExports, at #downloads), each with the view's filters: 303.
 */
function toTheViewsDownloads(request: NextRequest): Response {
  const filters = new URLSearchParams(request.nextUrl.searchParams);
  filters.delete("format");
  const view = request.nextUrl.pathname.replace(/\/export$/, "");
  const query = filters.toString();
  return new Response(null, { status: 303, headers: { location: `${view}${query ? `?${query}` : ""}#downloads` } });
}

/**
 * Answers `?format=` with the view `load` reads (null when its record does not exist): the view's
 * downloads when no format is given, 400 for an unknown format, 404 saying what is `missing` for an
 * unknown record, 503 when the API cannot be reached.
 * A file that leaves records out says so in its name as well, for formats with no room for a note (CSV).
 */
export async function respondWithExport(
  request: NextRequest,
  load: (client: ApolloClient) => Promise<ViewExport | null>,
  missing = "",
): Promise<Response> {
  const formatName = request.nextUrl.searchParams.get("format") ?? "";
  if (!formatName) return toTheViewsDownloads(request);
  const format = exportFormats[formatName];
  if (!format) return plainText(400, `Unknown format “${formatName}”: ask for ${Object.keys(exportFormats).join(", ")}.`);
  const loaded = await loadFromApi(() => load(makeServerClient()));
  if (loaded.status === "missing") return plainText(404, missing);
  if (loaded.status === "unreachable") return plainText(503, "The Parley API could not be reached.", { "retry-after": "10" });
  const view = loaded.data;
  const fileName = `parley-${view.fileName}${view.truncation ? "-first-part" : ""}.${format.extension}`;
  return new Response(format.write(view, originOf(request.headers)), {
    headers: { "content-type": format.type, "content-disposition": `attachment; filename="${fileName}"` },
  });
}
