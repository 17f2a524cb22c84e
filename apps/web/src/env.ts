import { z } from "zod";

/**
 * The web app's environment, read once and validated. Server code only: the browser gets
 * PUBLIC_API_URL as a prop from the root layout, so it is read at run time, not inlined at build.
 */
const schema = z
  .object({
    /** The GraphQL endpoint server components call. */
    API_URL: z.url({ protocol: /^https?$/ }).default("http://localhost:4000/graphql"),
    /** The GraphQL endpoint the browser calls; the same as API_URL unless set. */
    PUBLIC_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  })
  .transform(({ API_URL, PUBLIC_API_URL }) => ({
    API_URL,
    PUBLIC_API_URL: PUBLIC_API_URL ?? API_URL,
  }));

type Env = z.infer<typeof schema>;

function readEnv(source: NodeJS.ProcessEnv): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export const env = readEnv(process.env);
