/** An export as the server answers it. */
export interface Download {
  status: number;
  type: string | null;
  disposition: string | null;
  body: string;
}

export async function download(url: string): Promise<Download> {
  const response = await fetch(url);
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    disposition: response.headers.get("content-disposition"),
    body: await response.text(),
  };
}

/** Splits RFC 4180 CSV (every field quoted, as the exports write it) into rows of fields. */
export function parseCsv(csv: string): string[][] {
  return csv
    .trimEnd()
    .split("\r\n")
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"|([^,]+)/g)].map((match) => (match[1] ?? match[2] ?? "").replaceAll('""', '"')));
}

/** A CSV export's rows as records keyed by its header. */
export function csvRecords(csv: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(csv);
  return rows.map((row) => Object.fromEntries(header.map((column, index) => [column, row[index] ?? ""])));
}

/** The UIDs of an iCalendar file's VEVENTs, its folded lines unfolded (RFC 5545 §3.1). */
export function calendarUids(ics: string): string[] {
  const lines = ics.replace(/\r\n /g, "").split("\r\n");
  const uids: string[] = [];
  let inEvent = false;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") inEvent = true;
    else if (line === "END:VEVENT") inEvent = false;
    else if (inEvent && line.startsWith("UID:")) uids.push(line.slice("UID:".length));
  }
  return uids;
}

/** The JSON-LD blocks a page embeds. */
export function embeddedJsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (match) => JSON.parse(match[1] ?? "{}") as Record<string, unknown>,
  );
}

/** The export links a page renders, by format: real links, with `download`. */
export function exportLinks(html: string): Map<string, string> {
  const links = [...html.matchAll(/<a href="([^"]*\/export\?[^"]*)" download="">/g)].map((match) =>
    (match[1] ?? "").replaceAll("&amp;", "&"),
  );
  return new Map(links.map((href) => [new URL(href, "http://x").searchParams.get("format") ?? "", href]));
}
