import type { Actor, PrismaClient } from "@parley/db";
import { type KnownActor, matchSpeaker, proposeStatements, type StatementProposal, speakerLookupKeys } from "@parley/proposals";

/** A known actor, with the names sources use for it: what `matchSpeaker` picks from. */
export type KnownActorRow = Actor & KnownActor;

/** A proposal, with the known actor its speaker resolves to. */
export interface ResolvedProposal extends StatementProposal {
  speaker: KnownActorRow | null;
}

/**
 * The actors whose name, or any name the sources use for them, is one of
 * `keys` (lower case), each with all its names: one SQL statement.
 */
async function actorsNamed(db: PrismaClient, keys: string[]): Promise<KnownActorRow[]> {
  if (keys.length === 0) return [];
  return db.$queryRaw<KnownActorRow[]>`
    SELECT a.id, a.slug, a.name, a.kind, a.description, a.created_at AS "createdAt", a.version,
           coalesce(array_agg(n.name ORDER BY n.name) FILTER (WHERE n.name IS NOT NULL), '{}') AS names
    FROM actor a LEFT JOIN actor_name n ON n.actor_id = a.id
    WHERE a.id IN (
      SELECT id FROM actor WHERE lower(name) = ANY(${keys}::text[])
      UNION SELECT actor_id FROM actor_name WHERE lower(name) = ANY(${keys}::text[])
    )
    GROUP BY a.id
    ORDER BY a.slug`;
}

/** Proposals' speakers resolved to the known actors they name, or null (unknown, ambiguous, anonymous). */
export async function resolveSpeakers(db: PrismaClient, proposals: StatementProposal[]): Promise<ResolvedProposal[]> {
  const candidates = await actorsNamed(db, speakerLookupKeys(proposals));
  const bySlug = new Map(candidates.map((actor) => [actor.slug, actor]));
  return proposals.map((proposal) => {
    const match = matchSpeaker(proposal, candidates);
    return { ...proposal, speaker: match ? bySlug.get(match.slug)! : null };
  });
}

/** The statements `text` seems to report, in text order, with their speakers among the known actors. Writes nothing. */
export function proposeStatementsFor(db: PrismaClient, text: string): Promise<ResolvedProposal[]> {
  return resolveSpeakers(db, proposeStatements(text));
}
