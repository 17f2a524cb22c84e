import type { Actor, PrismaClient } from "@parley/db";
import type { ActorTieKind } from "../../enums";
import { BadUserInputError } from "../../errors";
import { actorIdOf } from "./references";
import { type Tx, writeTransaction } from "./transaction";

export interface TieRef {
  /** Slug of the actor the tie is of (`actor` HOLDS_OFFICE_IN ...). */
  actor: string;
  /** Slug of the actor it ties to. */
  relatedActor: string;
  kind: ActorTieKind;
}

export interface TieFields {
  /** The office or capacity ("Foreign Minister"). */
  title?: string | null;
  validFrom?: Date | null;
  validTo?: Date | null;
}

async function tieKey(tx: Tx, ref: TieRef) {
  const actorId = await actorIdOf(tx, ref.actor, "actor");
  const relatedActorId = await actorIdOf(tx, ref.relatedActor, "relatedActor");
  if (actorId === relatedActorId) throw new BadUserInputError("An actor cannot be tied to itself", "input", "relatedActor");
  return { actorId, relatedActorId, kind: ref.kind };
}

/** Records a tie, or changes the title and validity of the one of that kind between the two; returns the actor. */
export function setActorTie(db: PrismaClient, writer: string, input: TieRef & TieFields): Promise<Actor> {
  return writeTransaction(db, writer, async (tx) => {
    if (input.validFrom && input.validTo && input.validFrom.getTime() > input.validTo.getTime()) {
      throw new BadUserInputError("The tie's validity ends before it begins", "input", "validTo");
    }
    const key = await tieKey(tx, input);
    const fields = { title: input.title ?? null, validFrom: input.validFrom ?? null, validTo: input.validTo ?? null };
    // Insert, or else update: never two rows for one tie, even when two writers set it at once.
    await tx.actorTie.createMany({ data: [{ ...key, ...fields }], skipDuplicates: true });
    await tx.actorTie.updateMany({ where: key, data: fields });
    return tx.actor.findUniqueOrThrow({ where: { id: key.actorId } });
  });
}

/** Removes a tie; one a statement names as its speaker's capacity is refused. Returns the actor. */
export function deleteActorTie(db: PrismaClient, writer: string, input: TieRef): Promise<Actor> {
  return writeTransaction(db, writer, async (tx) => {
    const key = await tieKey(tx, input);
    const { count } = await tx.actorTie.deleteMany({ where: key });
    if (count === 0)
      throw new BadUserInputError(`"${input.actor}" has no ${input.kind} tie to "${input.relatedActor}"`, "input", "relatedActor");
    return tx.actor.findUniqueOrThrow({ where: { id: key.actorId } });
  });
}
