import type { Request } from "express";

/** A page of the API's own (its front page, the IDE): the shared head, then its own `head` and `body` markup, indented. */
export function htmlPage({ head = "", body }: { head?: string; body: string }): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Parley GraphQL API</title>
    <link rel="icon" href="data:," />
${head}  </head>
  <body>
${body}  </body>
</html>
`;
}

/** Whether a request would rather have HTML than JSON: a browser's, not a program's. */
export function wantsHtml(request: Request): boolean {
  return request.accepts(["application/json", "text/html"]) === "text/html";
}
