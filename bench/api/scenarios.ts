import { ActorDocument, StatementsDocument, TimelineDocument } from "@parley/schema";
import { print } from "graphql";

/** What the bench loads: a request to the API (GraphQL) or to the floor (a GET). */
export interface Scenario {
  id: string;
  title: string;
  /** Which server answers it. */
  server: "api" | "api-resolvers" | "floor" | "api-cached";
  /** The GraphQL request body (for the API), or the path and query (for the floor). */
  body?: string;
  path: string;
  /** What the scenario reads, for the report. */
  about: string;
  /** For a search, how many statements it matches. */
  matches?: number;
  /** For a floor, the scenario whose request it answers in one SQL statement (the bench checks that the answers agree). */
  floorOf?: string;
  /** Connection counts to run at besides the bench's own. */
  alsoAt?: number[];
}

// Answers from memory are measured at 10 connections too: at 50, autocannon (on the same two cores) reads
// 400 kB answers several times slower than at 10, and becomes what is measured.
const fromMemory = [10];

const graphql = (document: Parameters<typeof print>[0] | string, variables: Record<string, unknown>) =>
  JSON.stringify({ query: typeof document === "string" ? document : print(document), variables });

/**
 * The day as the public contract (DOMAIN.md) shows it, the shape of the day the
 * issue first measured: events, who took part, what was said, by whom, and where
 * it is written, without the web's cards (capacity, topics, stances, relations).
 */
const contractDay = /* GraphQL */ `
  query ContractDay($from: DateTime!, $to: DateTime!, $first: Int) {
    timeline(from: $from, to: $to, first: $first) {
      edges {
        node {
          id
          slug
          title
          kind
          startsAt
          timePrecision
          participants {
            role
            actor {
              id
              slug
              name
              kind
            }
          }
          statements(first: 100) {
            edges {
              node {
                id
                text
                kind
                speaker {
                  id
                  slug
                  name
                  kind
                }
                excerpt {
                  start
                  end
                  source {
                    id
                    title
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;

type ActorInput = { slug: string; name: string; statements: number; events: number };

export interface ScenarioInputs {
  day: string;
  actor: ActorInput;
  typicalActor: ActorInput;
  common: { word: string; matches: number };
  rare: { word: string; matches: number };
  statements: number;
}

const percent = (matches: number, of: number) => `${((100 * matches) / of).toPrecision(2)}%`;
const matching = (matches: number) => `${matches.toLocaleString("en")} statement${matches === 1 ? " matches" : "s match"}`;

const actorPage = (id: string, title: string, actor: ActorInput): Scenario => ({
  id,
  title,
  server: "api",
  body: graphql(ActorDocument, { slug: actor.slug, first: 10 }),
  path: "/graphql",
  about: `the web's \`Actor\` query for ${actor.name} (${actor.statements.toLocaleString("en")} statements, ${actor.events.toLocaleString("en")} events), first 10 statements and 100 events`,
});

/**
 * The scenarios, with the operations the web app sends (from
 * packages/schema/operations): the day page's Timeline, the actor page's
 * Actor, and Statements with a search.
 */
export function scenarios(inputs: ScenarioInputs): Scenario[] {
  const next = new Date(Date.parse(`${inputs.day}T00:00:00.000Z`) + 86_400_000).toISOString();
  const day = { from: `${inputs.day}T00:00:00.000Z`, to: next };
  const dayQuery = new URLSearchParams(day).toString();
  const timeline = graphql(TimelineDocument, { ...day, first: 100 });
  return [
    {
      id: "day",
      title: "Day timeline",
      server: "api",
      body: timeline,
      path: "/graphql",
      about: `the web's \`Timeline\` query (EventCard, StatementCard) for ${inputs.day}, first 100 events`,
    },
    {
      id: "day-contract",
      title: "Day, as the contract shows it",
      server: "api",
      body: graphql(contractDay, { ...day, first: 100 }),
      path: "/graphql",
      about: `the day ${inputs.day} with the contract's fields only (events, participants, statements, speakers, excerpts and their sources' titles), first 100 events`,
    },
    // The same requests through the resolvers alone (COMPILED_READS=false): what compiling them changes, in the same run.
    {
      id: "day-resolvers",
      title: "Day timeline, through the resolvers",
      server: "api-resolvers",
      body: timeline,
      path: "/graphql",
      about: "the day's request, answered by the resolvers (COMPILED_READS=false)",
    },
    {
      id: "day-contract-resolvers",
      title: "Day, as the contract shows it, through the resolvers",
      server: "api-resolvers",
      body: graphql(contractDay, { ...day, first: 100 }),
      path: "/graphql",
      about: "the contract's day, answered by the resolvers (COMPILED_READS=false)",
    },
    actorPage("actor", "Actor page", inputs.actor),
    actorPage("actor-typical", "Actor page, a typical actor", inputs.typicalActor),
    {
      id: "search-common",
      title: `Search, ${percent(inputs.common.matches, inputs.statements)} of statements`,
      server: "api",
      body: graphql(StatementsDocument, { search: inputs.common.word, first: 20 }),
      path: "/graphql",
      about: `\`Statements(search: "${inputs.common.word}")\`, first 20: ${matching(inputs.common.matches)}`,
      matches: inputs.common.matches,
    },
    {
      id: "search-rare",
      title: `Search, ${percent(inputs.rare.matches, inputs.statements)} of statements`,
      server: "api",
      body: graphql(StatementsDocument, { search: inputs.rare.word, first: 20 }),
      path: "/graphql",
      about: `\`Statements(search: "${inputs.rare.word}")\`, first 20: ${matching(inputs.rare.matches)}`,
      matches: inputs.rare.matches,
    },
    {
      id: "floor",
      title: "Floor: the day in one SQL statement",
      server: "floor",
      path: `/day?${dayQuery}`,
      floorOf: "day",
      about: "the same day as one `json_agg` SQL statement, served by `node:http` + `pg` + `JSON.stringify`",
    },
    {
      id: "floor-contract",
      title: "Floor: the contract's day in one SQL statement",
      server: "floor",
      path: `/day-contract?${dayQuery}`,
      floorOf: "day-contract",
      about: "the contract's day (the fields of day-contract) as one `json_agg` SQL statement, served as the floor is",
    },
    {
      id: "floor-search",
      title: `Floor: the ${percent(inputs.common.matches, inputs.statements)} search in one SQL statement`,
      server: "floor",
      path: `/search?${new URLSearchParams({ q: inputs.common.word, first: "20" }).toString()}`,
      floorOf: "search-common",
      about: `the first 20 statements of \`Statements(search: "${inputs.common.word}")\`, best first, with the count of every match (${matching(inputs.common.matches)}), with their cards and the spans their words matched, as one SQL statement served as the floor is`,
    },
    {
      id: "floor-cached",
      title: "Floor: the day from memory",
      server: "floor",
      path: `/day-cached?${dayQuery}`,
      floorOf: "day-cached",
      alsoAt: fromMemory,
      about:
        "the floor's day, built once and then answered from memory: what a response cache can at best reach on this machine, " +
        "with autocannon on the same two cores reading every answer",
    },
    {
      id: "day-cached",
      title: "Day timeline, response cache on",
      server: "api-cached",
      alsoAt: fromMemory,
      body: timeline,
      path: "/graphql",
      about: "the day timeline with `RESPONSE_CACHE` unset (the cache's default)",
    },
  ];
}
