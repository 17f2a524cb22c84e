/** A plain-text answer of a route handler: what went wrong, for people and scripts alike. */
export const plainText = (status: number, message: string, headers: Record<string, string> = {}) =>
  new Response(`${message}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8", ...headers } });
