import { TimelineDocument } from "@parley/schema";
import { print } from "graphql";
import { uniformDay, uniformDayWindow } from "./scenarios/uniform-day";
import { type ScenarioServer, startTestServerWith } from "./support/test-server";

// Pages as the web asks for them: every relation the page shows, nested connections included.
const timelinePage = /* GraphQL */ `
  query ($first: Int!) {
    list: timeline(from: "${uniformDayWindow.from}", to: "${uniformDayWindow.to}", first: $first) {
      totalCount
      edges {
        node {
          slug
          participants { role actor { name names } }
          topics { name }
          statements(first: 100) {
            totalCount
            edges {
              node {
                text
                speaker { name }
                capacity { title relatedActor { name } }
                excerpt { start text source { title } }
                stances { position topic { name } basis { text } }
                relations { kind statement { text speaker { name } } }
              }
            }
          }
        }
      }
    }
  }
`;

const statementsPage = /* GraphQL */ `
  query ($first: Int!) {
    list: statements(first: $first) {
      totalCount
      edges {
        node {
          text
          speaker {
            name
            names
            ties {
              kind
              title
              relatedActor {
                name
              }
            }
          }
          capacity {
            title
            actor {
              name
            }
            relatedActor {
              name
            }
          }
          excerpt {
            start
            end
            text
            source {
              title
            }
          }
          event {
            title
            topics {
              name
            }
            participants {
              role
              actor {
                name
              }
            }
          }
          topics {
            name
          }
          stances {
            position
            topic {
              name
            }
            basis {
              text
            }
          }
          relations {
            kind
            statement {
              text
              speaker {
                name
              }
            }
          }
          relatedBy {
            kind
            statement {
              text
              speaker {
                name
              }
            }
          }
        }
      }
    }
  }
`;

const actorsPage = /* GraphQL */ `
  query ($first: Int!) {
    list: actors(first: $first) {
      totalCount
      edges {
        node {
          name
          names
          ties {
            kind
            title
            actor {
              name
            }
            relatedActor {
              name
            }
          }
        }
      }
    }
  }
`;

// The day as the contract shows it: events, who took part, what was said, by whom, where it is written.
const contractDay = /* GraphQL */ `
  query ($first: Int!) {
    list: timeline(from: "${uniformDayWindow.from}", to: "${uniformDayWindow.to}", first: $first) {
      edges { node {
        id slug title kind startsAt timePrecision
        participants { role actor { id slug name kind } }
        statements(first: 100) { edges { node { id text kind speaker { id slug name kind } excerpt { start end source { id title } } } } }
      } }
    }
  }
`;

// Connections under each item of a list: one query for the whole page, not one per actor.
const actorsWithTheirConnections = /* GraphQL */ `
  query ($first: Int!) {
    list: actors(first: $first) {
      edges {
        node {
          name
          statements(first: 5) {
            totalCount
            edges {
              node {
                text
                excerpt {
                  source {
                    title
                  }
                }
              }
            }
          }
          events(first: 5) {
            totalCount
            edges {
              node {
                title
              }
            }
          }
        }
      }
    }
  }
`;

let api: ScenarioServer<ReturnType<typeof uniformDay>>;
beforeAll(async () => {
  // Ten events, twenty speakers, thirty statements: enough for a page of each to show any growth.
  // The resolvers' batching, which answers what does not compile (compiled-reads.test.ts: what does, in one statement).
  api = await startTestServerWith(uniformDay(10), { server: { compiledReads: false } });
});
afterAll(() => api.stop());

/** How many items a page of `first` holds, and how many SQL statements the API sent to answer it. */
async function countStatements(query: string, first: number): Promise<{ items: number; sql: number }> {
  api.sql.length = 0;
  const { data, errors } = await api.graphql<{ list: { edges: unknown[] } }>(query, { first });
  expect(errors).toBeUndefined();
  return { items: data?.list.edges.length ?? 0, sql: api.sql.length };
}

/**
 * The resolvers read each relation a query follows in one SQL statement for the whole level (one
 * DataLoader per relation and request), so the statements a page takes are bounded by the query's
 * relations, never by the page's length. `relations` counts them: a list's page, its rows and its
 * count, and every field under an item that loads rows (an object, a list, a source's text).
 */
describe("relations are batched per request: one SQL statement per relation per level, whatever the page size", () => {
  it.each([
    {
      page: "the day's events, with their statements and all that is shown with them",
      query: timelinePage,
      sizes: [1, 4, 10],
      // Events, their count; participants, their actors and names; topics; statements (counted as loaded);
      // speakers; capacities and their related actors; excerpts' texts and sources; stances, their
      // topics, bases and the bases' texts; relations, their statements and those statements' speakers.
      relations: 19,
    },
    {
      // Whole events' statements (three each), so that every page refers to rows of the same kinds.
      page: "statements, with their speakers, sources, events, stances and relations",
      query: statementsPage,
      sizes: [3, 12, 30],
      // The page, its rows, its count; speakers, their names, ties and the ties' related actors;
      // capacities, their actors and related actors; excerpts' texts and sources; events, their topics,
      // participants and the participants' actors; topics; stances, their topics, bases and the bases'
      // texts; relations both ways, with the statements at their other ends and their speakers.
      relations: 27,
    },
    // The page, its rows, its count; names; ties, their actors and related actors.
    { page: "actors, with their names and ties", query: actorsPage, sizes: [1, 10, 20], relations: 7 },
    {
      page: "actors, with a page of each one's statements and events",
      query: actorsWithTheirConnections,
      sizes: [5, 20],
      // The page and its rows; statements' pages, their rows and counts; excerpts' sources; events' pages and counts.
      relations: 8,
    },
    {
      page: "the contract's day",
      query: contractDay,
      sizes: [1, 10],
      // Events; participants and their actors; statements, their speakers and their excerpts' sources.
      relations: 6,
    },
  ])("so a long page of $page takes as many SQL statements as a short one", async ({ query, sizes, relations }) => {
    const counts: { items: number; sql: number }[] = [];
    for (const first of sizes) counts.push(await countStatements(query, first));

    expect(counts.map((count) => count.items)).toEqual(sizes);
    expect(counts.map((count) => count.sql)).toEqual(sizes.map(() => counts[0]!.sql));
    // Not one per item: a long page without batching would need hundreds.
    expect(counts[0]!.sql).toBeLessThanOrEqual(relations);
  });

  it("reads no part of a card that the request does not show", async () => {
    await countStatements(contractDay, 10);
    // Topics, stances, capacities and relations are the web's cards', not the contract's.
    expect(api.sql.join("\n")).not.toMatch(/\b(statement_topic|event_topic|stance|actor_tie|statement_relation)\b/);
  });

  it("answers the parts of a card that one alias of a list asks for and another does not, as when asked alone", async () => {
    const stances = "edges { node { slug stances { position topic { name } } } }";
    const day = `timeline(from: "${uniformDayWindow.from}", to: "${uniformDayWindow.to}", first: 10)`;
    type Day = { list: { edges: { node: { plain?: unknown; full: unknown } }[] } };
    const both = await api.graphql<Day>(
      `{ list: ${day} { edges { node { plain: statements(first: 100) { edges { node { slug } } } full: statements(first: 100) { ${stances} } } } } }`,
    );
    const alone = await api.graphql<Day>(`{ list: ${day} { edges { node { full: statements(first: 100) { ${stances} } } } } }`);
    expect(both.errors).toBeUndefined();
    expect(JSON.stringify(alone.data)).toContain('"position"');
    expect(both.data?.list.edges.map((edge) => edge.node.full)).toEqual(alone.data?.list.edges.map((edge) => edge.node.full));
  });

  it("serves the web's day, every statement card whole, in as many SQL statements whatever the page size", async () => {
    const webDay = (first: number) => {
      api.sql.length = 0;
      return api.graphql<{ timeline: { edges: unknown[] } }>(print(TimelineDocument), { ...uniformDayWindow, first });
    };
    const counts: number[] = [];
    for (const first of [1, 10]) {
      const { data, errors } = await webDay(first);
      expect(errors).toBeUndefined();
      expect(data?.timeline.edges).toHaveLength(first);
      counts.push(api.sql.length);
    }
    expect(counts).toEqual([counts[0], counts[0]]);
    // Events and their count; participants and their actors; topics; statements; their events, speakers,
    // capacities (with their actors and related actors), sources, topics, stances (with their topics,
    // bases and the bases' texts), and relations both ways (with their statements and speakers).
    expect(counts[0]).toBeLessThanOrEqual(23);
  });
});
