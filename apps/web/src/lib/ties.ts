import type { ActorTieKind } from "@parley/schema";

interface ActorRef {
  slug: string;
  name: string;
}

/** The shape both `ActorTie` selections share: `actor` <kind> `relatedActor`, as `title`. */
export interface Tie {
  kind: ActorTieKind;
  title: string | null;
  actor: ActorRef;
  relatedActor: ActorRef;
}

/** Reads `actor <verb> relatedActor`. */
export const tieVerb: Record<ActorTieKind, string> = {
  HOLDS_OFFICE_IN: "holds office in",
  MEMBER_OF: "is a member of",
  OPERATES_ACCOUNT: "operates the account",
  PART_OF: "is part of",
  SPEAKS_FOR: "speaks for",
};

/** Reads `relatedActor <phrase> actor`, for a speaker on the right-hand side of the tie. */
const inverseTiePhrase: Record<ActorTieKind, string> = {
  HOLDS_OFFICE_IN: "Office held by",
  MEMBER_OF: "Has as a member",
  OPERATES_ACCOUNT: "Account operated by",
  PART_OF: "Includes",
  SPEAKS_FOR: "Spoken for by",
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The capacity a speaker spoke in: "Foreign Minister, Russia", "Account operated by …". */
export function capacityLabel(tie: Tie, speakerSlug: string): string {
  if (tie.relatedActor.slug === speakerSlug) {
    return `${inverseTiePhrase[tie.kind]} ${tie.actor.name}`;
  }
  if (tie.title) return `${tie.title}, ${tie.relatedActor.name}`;
  return `${capitalise(tieVerb[tie.kind])} ${tie.relatedActor.name}`;
}
