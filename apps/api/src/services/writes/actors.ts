import type { Actor, PrismaClient } from "@parley/db";
import type { ActorKind } from "../../enums";
import { checkNotBlank, checkSlug } from "./checks";
import { type Tx, writeTransaction } from "./transaction";
import { deleteVersioned, lockVersioned, nextVersion, type VersionedRef } from "./versioned";

export interface ActorFields {
  name: string;
  kind: ActorKind;
  description?: string | null;
  /** The names sources use for the actor ("Mr Lavrov"); on update, replaces them all. */
  names?: string[] | null;
}

async function setNames(tx: Tx, actorId: string, names: string[]): Promise<void> {
  names.forEach((name) => checkNotBlank(name, "names"));
  await tx.actorName.deleteMany({ where: { actorId, name: { notIn: names } } });
  await tx.actorName.createMany({ data: names.map((name) => ({ actorId, name })), skipDuplicates: true });
}

/** Creates an actor within a write's transaction (a draft's publishing makes several); returns its id. */
export async function insertActor(tx: Tx, input: ActorFields & { slug: string }): Promise<string> {
  const { names, ...fields } = input;
  checkSlug(input.slug);
  checkNotBlank(input.name, "name");
  const row = await tx.actor.create({ data: fields, select: { id: true } });
  if (names) await setNames(tx, row.id, names);
  return row.id;
}

export function createActor(db: PrismaClient, writer: string, input: ActorFields & { slug: string }): Promise<Actor> {
  return writeTransaction(db, writer, async (tx) => tx.actor.findUniqueOrThrow({ where: { id: await insertActor(tx, input) } }));
}

export function updateActor(db: PrismaClient, writer: string, input: VersionedRef & Partial<ActorFields>): Promise<Actor> {
  const { slug, version, names, ...fields } = input;
  return writeTransaction(db, writer, async (tx) => {
    if (fields.name !== undefined) checkNotBlank(fields.name, "name");
    const id = await lockVersioned(tx, "actor", { slug, version });
    await tx.actor.update({ where: { id }, data: { ...fields, ...nextVersion } });
    if (names) await setNames(tx, id, names);
    return tx.actor.findUniqueOrThrow({ where: { id } });
  });
}

/** Deletes an actor with its names and ties; one who spoke or took part in an event is refused. Returns its id. */
export function deleteActor(db: PrismaClient, writer: string, ref: VersionedRef): Promise<string> {
  return writeTransaction(db, writer, (tx) => deleteVersioned(tx, "actor", ref));
}
