import { Client } from "pg";
import { rivalMinisters } from "./scenarios/rival-ministers";
import { holdStatementTable } from "./support/hold-table";
import { type GraphQLResponse, type ScenarioServer, startTestServerWith } from "./support/test-server";
import { mutate, spanOf, tokensFor } from "./support/writes";

/**
 * A delete racing a write that makes something refer to the record (a
 * statement by the actor, made at the event, citing the source). Whichever
 * commits first, the other is refused for its true reason: the record is
 * referred to now, or it is gone; never CONFLICT, since no version moved.
 */
let api: ScenarioServer<typeof rivalMinisters>;
let token: string;
beforeAll(async () => {
  api = await startTestServerWith(rivalMinisters);
  token = (await tokensFor(api)).writer;
});
afterAll(() => api.stop());

const write = (name: string, input: unknown, selection = "__typename") => mutate(api, token, name, input, selection);
const outcome = (answer: GraphQLResponse<unknown>) => {
  const [error] = answer.errors ?? [];
  return error ? { code: error.extensions?.code, message: error.message } : "OK";
};

/** Records made for one round, so that each round's delete finds its record at version 1 and referred to by nothing. */
async function freshRecords(round: string) {
  const text = `Mr Vell said the harbour would stay open (${round}).`;
  const answers = await Promise.all([
    write("createActor", { slug: `vell-${round}`, name: `Anton Vell ${round}`, kind: "PERSON" }),
    write("createEvent", {
      slug: `harbour-talks-${round}`,
      title: "Harbour talks",
      kind: "MEETING",
      startsAt: "2021-05-05T00:00:00Z",
      timePrecision: "DAY",
      timeZone: "UTC",
      status: "OCCURRED",
    }),
    write("createSource", {
      slug: `harbour-note-${round}`,
      kind: "ARTICLE",
      title: "[A note]",
      publishedOn: "2021-05-05",
      language: "en",
      text,
    }),
  ]);
  expect(answers.map(outcome)).toEqual(["OK", "OK", "OK"]);
  return {
    actor: `vell-${round}`,
    event: `harbour-talks-${round}`,
    source: `harbour-note-${round}`,
    statement: {
      slug: `vell-harbour-${round}`,
      kind: "PARAPHRASE",
      text: "the harbour would stay open",
      speaker: `vell-${round}`,
      event: `harbour-talks-${round}`,
      saidAt: "2021-05-05T00:00:00Z",
      timePrecision: "DAY",
      source: `harbour-note-${round}`,
      excerpt: spanOf(text, "the harbour would stay open"),
    },
  };
}

const deletes = [
  { name: "deleteActor", of: "actor", referredToBy: /^The actor is still referred to by statements: remove those first$/ },
  { name: "deleteEvent", of: "event", referredToBy: /^The event is still referred to by statements: remove those first$/ },
  { name: "deleteSource", of: "source", referredToBy: /^The source is still referred to by excerpts \(cited by statements/ },
] as const;

describe("a delete of a record that something has come to refer to", () => {
  it.each(deletes)("$name is refused as BAD_USER_INPUT naming what refers to it", async ({ name, of, referredToBy }) => {
    const records = await freshRecords(`${of}-after`);
    expect(outcome(await write("createStatement", records.statement))).toBe("OK");
    const answer = outcome(await write(name, { slug: records[of], version: 1 }, "deletedId"));
    expect(answer).toEqual({ code: "BAD_USER_INPUT", message: expect.stringMatching(referredToBy) });
  });
});

const describeOnPostgresOnly = process.env.TEST_DATABASE_URL ? describe : describe.skip;

describeOnPostgresOnly("a delete racing a write that comes to refer to the record (concurrent transactions on PostgreSQL)", () => {
  /** Starts `first` and waits until its transaction is held up by the lock on the statement table, then starts `second`. */
  async function race(first: () => Promise<GraphQLResponse<unknown>>, second: () => Promise<GraphQLResponse<unknown>>) {
    const lock = await holdStatementTable(api);
    const watcher = new Client({ connectionString: (api.target as { url: string }).url });
    await watcher.connect();
    try {
      const answers = [first()];
      await waitForLockWaiters(watcher, 1);
      answers.push(second());
      // The second is held up too: by the first, or by the test's lock.
      await waitForLockWaiters(watcher, 2);
      await lock.release();
      return (await Promise.all(answers)).map(outcome);
    } finally {
      await lock.release();
      await watcher.end();
    }
  }

  it.each(deletes)(
    "$name that starts while a statement referring to the record is being written is refused as referred to",
    async ({ name, of, referredToBy }) => {
      const records = await freshRecords(`${of}-during`);
      const [created, deleted] = await race(
        () => write("createStatement", records.statement),
        () => write(name, { slug: records[of], version: 1 }, "deletedId"),
      );
      expect(created).toBe("OK");
      expect(deleted).toEqual({ code: "BAD_USER_INPUT", message: expect.stringMatching(referredToBy) });
    },
  );

  it.each(deletes)(
    "$name that is under way when the statement is written wins, and the statement is refused as naming nothing",
    async ({ name, of }) => {
      const records = await freshRecords(`${of}-before`);
      const [deleted, created] = await race(
        () => write(name, { slug: records[of], version: 1 }, "deletedId"),
        () => write("createStatement", records.statement),
      );
      expect(deleted).toBe("OK");
      expect(created).toEqual({ code: "BAD_USER_INPUT", message: `No ${of} has the slug "${records[of]}"` });
    },
  );
});

/** Resolves once `count` sessions wait for a lock (the API's transactions, held up by the test's). */
async function waitForLockWaiters(watcher: Client, count: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const { rows } = await watcher.query<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`,
    );
    if ((rows[0]?.waiting ?? 0) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("the API's write never waited for the lock");
}
