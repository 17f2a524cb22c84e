import { ViewerDocument, type ViewerQuery } from "@parley/schema";
import { cache } from "react";
import { makeServerClient } from "../server-client";
import { sessionSecret } from "./cookie";

export type Viewer = NonNullable<ViewerQuery["viewer"]>;

/**
 * Who is signed in, for this request: null for anonymous readers (no cookie: nothing is asked of
 * the API, so their pages cost what they did), for a session that has ended, and while the API
 * cannot be reached (the header then offers to sign in, and the page says what is wrong).
 */
export const loadViewer = cache(async (): Promise<Viewer | null> => {
  const secret = await sessionSecret();
  if (secret === null) return null;
  try {
    const { data } = await makeServerClient(secret).query({ query: ViewerDocument, fetchPolicy: "no-cache" });
    return data?.viewer ?? null;
  } catch {
    return null;
  }
});
