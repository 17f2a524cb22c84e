import type { DatasetEvent, DatasetFile, DatasetLocator, DatasetStatement, DatasetTieKey } from "@parley/schema";
import type { PrismaClient } from "../../generated/client/client";
import { locatorOf, occurrences } from "./locate";

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
/** Code-unit order, the same on every machine (localeCompare is not). */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const by =
  <T>(...keys: ((item: T) => string | number)[]) =>
  (a: T, b: T) => {
    for (const key of keys) {
      const [x, y] = [key(a), key(b)];
      if (x !== y) return typeof x === "number" && typeof y === "number" ? x - y : byText(String(x), String(y));
    }
    return 0;
  };
/** Leaves out what is unset, so that a file never says `null` or `[]` where it could say nothing. */
function present<T extends object>(record: T): T {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && !value.length)),
  ) as T;
}

/**
 * Reads the whole database as a dataset file, in one canonical form: records
 * sorted (events in time, statements in their source's order, the rest by
 * slug or key), fields in the schema's order, unset fields left out, spans
 * given by their text, with `occurrence` only where it repeats. Importing a
 * file in that form and exporting again gives it back byte for byte.
 */
export async function exportDataset(prisma: PrismaClient): Promise<DatasetFile> {
  const excerpt = { select: { sourceId: true, start: true, end: true } } as const;
  const [sources, topics, actors, ties, events, statements, relations] = await Promise.all([
    prisma.source.findMany(),
    prisma.topic.findMany(),
    prisma.actor.findMany({ include: { names: { select: { name: true } } } }),
    prisma.actorTie.findMany({ include: { actor: { select: { slug: true } }, relatedActor: { select: { slug: true } }, excerpt } }),
    prisma.event.findMany({
      include: {
        participants: { select: { role: true, actor: { select: { slug: true } } } },
        topics: { select: { topic: { select: { slug: true } } } },
        reports: { select: { excerpt } },
      },
    }),
    prisma.statement.findMany({
      include: {
        speaker: { select: { slug: true } },
        event: { select: { slug: true, startsAt: true, timePrecision: true } },
        excerpt,
        capacity: { select: { kind: true, actor: { select: { slug: true } }, relatedActor: { select: { slug: true } } } },
        topics: { select: { topic: { select: { slug: true } } } },
        stances: { select: { position: true, topic: { select: { slug: true } }, basis: excerpt } },
      },
    }),
    prisma.statementRelation.findMany({ include: { from: { select: { slug: true } }, to: { select: { slug: true } }, basis: excerpt } }),
  ]);

  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const hits = new Map<string, number[]>();
  const locator = (span: { sourceId: string; start: number; end: number }): DatasetLocator => {
    const source = sourceById.get(span.sourceId)!;
    return locatorOf(source.text, source.slug, span, (text) => {
      const key = `${source.id} ${text}`;
      let found = hits.get(key);
      if (!found) hits.set(key, (found = occurrences(source.text, text)));
      return found;
    });
  };
  const optionalLocator = (span: { sourceId: string; start: number; end: number } | null) => (span ? locator(span) : undefined);
  const sortedLocators = (spans: { sourceId: string; start: number; end: number }[]) =>
    [...spans]
      .sort(
        by(
          (s) => sourceById.get(s.sourceId)!.slug,
          (s) => s.start,
          (s) => s.end,
        ),
      )
      .map(locator);
  const slugs = (rows: { topic: { slug: string } }[]) => rows.map((row) => row.topic.slug).sort(byText);
  const tieKeyOf = (tie: { kind: DatasetTieKey["kind"]; actor: { slug: string }; relatedActor: { slug: string } }): DatasetTieKey => ({
    actor: tie.actor.slug,
    kind: tie.kind,
    relatedActor: tie.relatedActor.slug,
  });

  return present({
    sources: sources.sort(by((s) => s.slug)).map((s) =>
      present({
        slug: s.slug,
        kind: s.kind,
        title: s.title,
        publisher: s.publisher ?? undefined,
        url: s.url ?? undefined,
        publishedOn: isoDate(s.publishedOn),
        language: s.language,
        text: s.text,
      }),
    ),
    topics: topics.sort(by((t) => t.slug)).map((t) => present({ slug: t.slug, name: t.name, description: t.description ?? undefined })),
    actors: actors.sort(by((a) => a.slug)).map((a) =>
      present({
        slug: a.slug,
        name: a.name,
        kind: a.kind,
        description: a.description ?? undefined,
        names: a.names.map((n) => n.name).sort(byText),
      }),
    ),
    ties: ties
      .map((tie) => ({ tie, key: tieKeyOf(tie) }))
      .sort(
        by(
          (t) => t.key.actor,
          (t) => t.key.kind,
          (t) => t.key.relatedActor,
        ),
      )
      .map(({ tie, key }) =>
        present({
          ...key,
          title: tie.title ?? undefined,
          validFrom: tie.validFrom ? isoDate(tie.validFrom) : undefined,
          validTo: tie.validTo ? isoDate(tie.validTo) : undefined,
          attestedBy: optionalLocator(tie.excerpt),
        }),
      ),
    events: events
      .sort(
        by(
          (e) => e.startsAt.getTime(),
          (e) => e.orderInDay,
          (e) => e.slug,
        ),
      )
      .map((e): DatasetEvent =>
        present({
          slug: e.slug,
          title: e.title,
          kind: e.kind,
          summary: e.summary ?? undefined,
          startsAt: e.startsAt.toISOString(),
          endsAt: e.endsAt?.toISOString(),
          timePrecision: e.timePrecision,
          timeZone: e.timeZone,
          orderInDay: e.orderInDay,
          place: e.placeName ?? undefined,
          status: e.status,
          participants: e.participants
            .map((p) => ({ actor: p.actor.slug, role: p.role }))
            .sort(
              by(
                (p) => p.actor,
                (p) => p.role,
              ),
            ),
          topics: slugs(e.topics),
          reportedBy: sortedLocators(e.reports.map((report) => report.excerpt)),
        }),
      ),
    statements: statements
      .sort(
        by(
          (s) => sourceById.get(s.excerpt.sourceId)!.slug,
          (s) => s.excerpt.start,
          (s) => s.excerpt.end,
          (s) => s.slug,
        ),
      )
      .map((s): DatasetStatement => {
        const source = sourceById.get(s.excerpt.sourceId)!;
        return present({
          slug: s.slug,
          kind: s.kind,
          speaker: s.speaker.slug,
          event: s.event?.slug,
          // Said when the event started, with its precision, unless the statement says otherwise.
          saidAt: s.event?.startsAt.getTime() === s.saidAt.getTime() ? undefined : s.saidAt.toISOString(),
          timePrecision: s.event?.timePrecision === s.timePrecision ? undefined : s.timePrecision,
          capacity: s.capacity ? tieKeyOf(s.capacity) : undefined,
          excerpt: locator(s.excerpt),
          text: source.text.slice(s.excerpt.start, s.excerpt.end) === s.text ? undefined : s.text,
          topics: slugs(s.topics),
          stances: s.stances
            .map((stance) => present({ topic: stance.topic.slug, position: stance.position, basis: optionalLocator(stance.basis) }))
            .sort(by((stance) => stance.topic)),
        });
      }),
    relations: relations
      .sort(
        by(
          (r) => r.from.slug,
          (r) => r.kind,
          (r) => r.to.slug,
        ),
      )
      .map((r) => present({ from: r.from.slug, kind: r.kind, to: r.to.slug, basis: optionalLocator(r.basis) })),
  });
}

/** A dataset file's bytes: two-space JSON and a final newline, so that files diff line by line. */
export const formatDataset = (file: DatasetFile) => `${JSON.stringify(file, null, 2)}\n`;
