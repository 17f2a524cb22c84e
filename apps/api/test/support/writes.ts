import { createToken } from "@parley/db";
import type { GraphQLResponse, TestServer } from "./test-server";

/** Tokens made straight in the test's database, as `npm run token -- create` makes them. */
export async function tokensFor(api: TestServer) {
  return {
    writer: await createToken(api.db.prisma, { name: "desk", scope: "WRITE" }),
    admin: await createToken(api.db.prisma, { name: "chief", scope: "ADMIN" }),
  };
}

/** Runs `mutation($input) { name(input: $input) { selection } }` and returns the response. */
export function mutate<Data = Record<string, unknown>>(
  api: Pick<TestServer, "graphql">,
  token: string | undefined,
  name: string,
  input: unknown,
  selection: string,
): Promise<GraphQLResponse<Data>> {
  const inputType = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  return api.graphql<Data>(`mutation ($input: ${inputType}!) { ${name}(input: $input) { ${selection} } }`, { input }, token);
}

/** The error codes of a response, in order. */
export const codesOf = (response: GraphQLResponse<unknown>) => (response.errors ?? []).map((error) => error.extensions?.code);

/** The span of `words` in `text` (their first occurrence), as a mutation's `excerpt`. */
export function spanOf(text: string, words: string): { start: number; end: number } {
  const start = text.indexOf(words);
  if (start === -1) throw new Error(`"${words}" does not occur in the text`);
  return { start, end: start + words.length };
}
