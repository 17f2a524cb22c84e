import { z } from "zod";

/**
 * The web app's environment, read once and validated. Server code only: the browser gets
 * PUBLIC_API_URL as a prop from the root layout, so it is read at run time, not inlined at build.
 */
const schema = z
  .object({
    /** The port `npm start` runs the API on: the default API_URL points there. */
    API_PORT: z.coerce.number().int().min(1).max(65535).default(4000),
    /** The GraphQL endpoint server components call. */
    API_URL: z.url({ protocol: /^https?$/ }).optional(),
    /** The GraphQL endpoint the browser calls; the same as API_URL unless set. */
    PUBLIC_API_URL: z.url({ protocol: /^https?$/ }).optional(),
    /**
     * The port the web app listens on. scripts/start.js reads it before Next loads; it is read
     * here too so that the configuration the web app logs at start (instrumentation.ts) is whole.
     */
    WEB_PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  })
  .transform(({ API_PORT, API_URL = `http://localhost:${API_PORT}/graphql`, PUBLIC_API_URL, WEB_PORT }) => ({
    API_PORT,
    API_URL,
    PUBLIC_API_URL: PUBLIC_API_URL ?? API_URL,
    WEB_PORT,
  }));

/** The names of the variables the web app reads: what it logs at start, and what `npm start` must pass through to it. */
export const webVariables = Object.keys(schema.in.shape);

export type Env = z.infer<typeof schema>;

function readEnv(source: NodeJS.ProcessEnv): Env {
  // An empty variable (API_URL= ) means unset, as shells and CI files write it.
  const given = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const parsed = schema.safeParse(given);
  if (!parsed.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export const env = readEnv(process.env);
