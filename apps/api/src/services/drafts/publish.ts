import type { PrismaClient } from "@parley/db";
import { type Caller, writerName } from "../../auth/caller";
import type { ParticipantRole, TimePrecision } from "../../enums";
import type { SourceSummaryRow } from "../sources";
import { insertActor } from "../writes/actors";
import { insertEvent } from "../writes/events";
import { contentHashOf, insertSource } from "../writes/sources";
import { insertStatement, insertStatementRelation, setStanceIn } from "../writes/statements";
import { type Tx, writeTransaction } from "../writes/transaction";
import { type DraftRow, findDraft } from "./read";
import { refuse, underKey } from "./refusal";
import type { DraftEventData, DraftStatementData, Review } from "./review";
import { freeSlug, slugOf } from "./slugs";
import { validateReview } from "./validate-review";
import { type DraftRef, lockOpenDraft, touched } from "./write";

/** Publishing a long article's records takes longer than one record's write: Prisma's transaction may run this long. */
const PUBLISH_TIMEOUT_MS = 60_000;

const present = <T>(value: T | null): value is T => value !== null;

/** When an event's statements were made: its start and how precisely it is known. */
interface EventTime {
  slug: string;
  startsAt: Date;
  timePrecision: TimePrecision;
}

/** The instant a draft's event starts: its local day and time in its time zone, as PostgreSQL reads them. */
async function startOf(tx: Tx, event: DraftEventData): Promise<Date> {
  const [row] = await tx.$queryRaw<{ startsAt: Date }[]>`
    SELECT ((${event.day}::date + ${event.time ?? "00:00"}::time) AT TIME ZONE ${event.timeZone}) AS "startsAt"`;
  return row!.startsAt;
}

/** An accepted statement needs a speaker; publishing nothing is refused. */
function acceptedOf(review: Review): DraftStatementData[] {
  const accepted = review.statements.filter((statement) => statement.decision === "ACCEPTED");
  if (accepted.length === 0) throw refuse("statements", "accept at least one statement before publishing");
  const speechless = accepted.find((statement) => statement.speaker === null && statement.newSpeaker === null);
  if (speechless)
    throw refuse(`statements[${speechless.key}].speaker`, "an accepted statement needs a speaker: a known actor, or a new one");
  return accepted;
}

/** Each (actor, role) once. */
function distinct(participants: { actor: string; role: ParticipantRole }[]) {
  return [...new Map(participants.map((each) => [`${each.actor} ${each.role}`, each])).values()];
}

/**
 * Publishes an open draft at the version read, in one transaction, through
 * the write services every write goes through (and their checks): the
 * source; the new actors and events its accepted statements need (an event's
 * participants with its statements' speakers added as SPEAKERs); the accepted
 * statements with their topics and stances; CONTINUES between accepted
 * statements that continue one another. Then the draft is PUBLISHED. Any
 * refusal names the draft's record (`statements[k3].excerpt`), and leaves
 * nothing written.
 */
export function publishDraft(db: PrismaClient, caller: Caller, ref: DraftRef): Promise<{ draft: DraftRow; source: SourceSummaryRow }> {
  return writeTransaction(
    db,
    writerName(caller),
    async (tx) => {
      const { text, review: stored } = await lockOpenDraft(tx, ref);
      const review = await validateReview(tx, text, stored);
      const accepted = acceptedOf(review);
      const draft = await tx.draft.findUniqueOrThrow({ where: { id: ref.id } });
      const taken = { source: new Set<string>(), actor: new Set<string>(), event: new Set<string>(), statement: new Set<string>() };

      const twin = await tx.source.findUnique({ where: { contentHash: contentHashOf(text) }, select: { slug: true } });
      if (twin) throw refuse("text", `the source "${twin.slug}" has this very text already: an article is published once`);
      const day = draft.publishedOn.toISOString().slice(0, 10);
      const sourceSlug = await freeSlug(tx, "source", `${day}-${slugOf(draft.title, 6, "source")}`, taken.source);
      const source = await underKey("source", () =>
        insertSource(tx, {
          slug: sourceSlug,
          kind: draft.kind,
          title: draft.title,
          publisher: draft.publisher,
          url: draft.url,
          publishedOn: draft.publishedOn,
          language: draft.language,
          text,
        }),
      );

      // Only the new events and actors the accepted statements need: the others were for proposals rejected.
      const eventKeys = new Set(accepted.map((statement) => statement.newEvent).filter(present));
      const events = review.events.filter((event) => eventKeys.has(event.key));
      const actorKeys = new Set(
        [
          ...accepted.map((statement) => statement.newSpeaker),
          ...events.flatMap((event) => event.participants.map((each) => each.newActor)),
        ].filter(present),
      );
      const actorSlugs = new Map<string, string>();
      for (const actor of review.actors.filter((each) => actorKeys.has(each.key))) {
        const slug = await freeSlug(tx, "actor", slugOf(actor.name, 5, "actor"), taken.actor);
        await underKey(`actors[${actor.key}]`, () => insertActor(tx, { slug, name: actor.name, kind: actor.kind, names: actor.names }));
        actorSlugs.set(actor.key, slug);
      }
      const speakerOf = (statement: DraftStatementData) => statement.speaker ?? actorSlugs.get(statement.newSpeaker!)!;

      const times = new Map<string, EventTime>();
      for (const event of events) {
        const at = `events[${event.key}]`;
        const startsAt = await startOf(tx, event);
        const participants = distinct([
          ...event.participants.map((each) => ({ actor: each.actor ?? actorSlugs.get(each.newActor!)!, role: each.role })),
          ...accepted
            .filter((statement) => statement.newEvent === event.key)
            .map((statement) => ({ actor: speakerOf(statement), role: "SPEAKER" as const })),
        ]);
        const slug = await freeSlug(tx, "event", slugOf(event.title, 6, "event"), taken.event);
        const { title, kind, timePrecision, timeZone, place, status } = event;
        await underKey(at, () => insertEvent(tx, { slug, title, kind, startsAt, timePrecision, timeZone, place, status, participants }));
        times.set(`new:${event.key}`, { slug, startsAt, timePrecision });
      }
      const existing = await tx.event.findMany({
        where: { slug: { in: accepted.map((statement) => statement.event).filter(present) } },
        select: { slug: true, startsAt: true, timePrecision: true },
      });
      for (const event of existing) times.set(`slug:${event.slug}`, event);

      const statementSlugs = new Map<string, string>();
      for (const statement of accepted) {
        const at = `statements[${statement.key}]`;
        const speaker = speakerOf(statement);
        const event = statement.event !== null ? times.get(`slug:${statement.event}`) : times.get(`new:${statement.newEvent}`);
        const words = `${speaker.split("-").pop()} ${statement.text}`;
        const slug = await freeSlug(tx, "statement", slugOf(words, 6, "statement"), taken.statement);
        await underKey(at, () =>
          insertStatement(tx, {
            slug,
            text: statement.text,
            kind: statement.kind,
            speaker,
            event: event?.slug ?? null,
            // Said when its event happened; without one, on the day of publication.
            saidAt: event?.startsAt ?? draft.publishedOn,
            timePrecision: event?.timePrecision ?? "DAY",
            source: sourceSlug,
            excerpt: statement.excerpt,
            topics: statement.topics,
          }),
        );
        for (const stance of statement.stances)
          await underKey(`${at}.stances`, () => setStanceIn(tx, { statement: slug, topic: stance.topic, position: stance.position }));
        statementSlugs.set(statement.key, slug);
      }
      for (const statement of accepted) {
        const continued = statement.continues === null ? undefined : statementSlugs.get(statement.continues);
        if (continued)
          await underKey(`statements[${statement.key}].continues`, () =>
            insertStatementRelation(tx, { from: statementSlugs.get(statement.key)!, to: continued, kind: "CONTINUES" }),
          );
      }

      await tx.draft.update({ where: { id: ref.id }, data: { status: "PUBLISHED", sourceId: source.id, ...touched(caller) } });
      return { draft: (await findDraft(tx, ref.id))!, source };
    },
    PUBLISH_TIMEOUT_MS,
  );
}
