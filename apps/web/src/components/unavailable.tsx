import type { Loaded } from "../lib/load-from-api";
import { ApiUnreachable } from "./api-unreachable";
import { setResponseStatus } from "../lib/response-status";
import { NotFoundNotice } from "./not-found-notice";

interface UnavailableProps {
  status: Exclude<Loaded<unknown>["status"], "found">;
  /** What is missing, for the 404: "No event is recorded as “x”." */
  detail: string;
}

/** What a page shows instead of its record: a 404 for an unknown one, a 503 when the API is down. */
export function Unavailable({ status, detail }: UnavailableProps) {
  if (status === "unreachable") return <ApiUnreachable />;
  setResponseStatus(404);
  return <NotFoundNotice detail={detail} />;
}
