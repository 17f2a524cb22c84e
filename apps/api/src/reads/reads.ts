import type { TypeRead } from "./read-type";
import { actorRead, actorTieRead } from "./types/actor.read";
import { eventRead, participantRead, placeRead } from "./types/event.read";
import { excerptRead, sourceRead } from "./types/source.read";
import { relationFromRead, relationToRead, stanceRead, statementRead } from "./types/statement.read";
import { textSpanRead } from "./types/text-span.read";
import { topicRead } from "./types/topic.read";

/** Every declaration, by the name fields refer to it by (a relation has one per end it is read from). */
export const reads: Readonly<Record<string, TypeRead>> = {
  Actor: actorRead,
  ActorTie: actorTieRead,
  Event: eventRead,
  Excerpt: excerptRead,
  Participant: participantRead,
  Place: placeRead,
  Source: sourceRead,
  Stance: stanceRead,
  Statement: statementRead,
  "StatementRelation.to": relationToRead,
  "StatementRelation.from": relationFromRead,
  TextSpan: textSpanRead,
  Topic: topicRead,
};
