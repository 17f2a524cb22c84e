import type { NextRequest } from "next/server";
import { dayHref, dayViewKind, FIRST_DAY } from "../../lib/day";

/** Where the date picker's form lands (/days?date=YYYY-MM-DD): on that day's own address. */
export function GET(request: NextRequest) {
  const { searchParams } = request.nextUrl;
  const date = searchParams.get("date") || FIRST_DAY;
  const view = dayViewKind(searchParams.get("view") ?? undefined);
  // A date that is not one goes on to /days/<it>, which answers 404. The address is relative, so
  // the browser stays on the host it asked (Next's own idea of the host may differ behind a proxy).
  return new Response(null, { status: 303, headers: { location: dayHref(encodeURIComponent(date), view) } });
}
