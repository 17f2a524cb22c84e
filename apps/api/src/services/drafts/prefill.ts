import type { ResolvedProposal } from "../proposals";
import { datelineDay, readDateline, timeZoneOfPlace } from "./dateline";
import type { DraftActorData, DraftEventData, DraftStatementData, Review } from "./review";

/** The key of the event a new draft starts with: every proposal is first taken to be made at it. */
const FIRST_EVENT = "e1";

/**
 * The new event a draft starts with: on the day the dateline names, or the
 * publication's, at the dateline's place and in its time zone (UTC when no
 * zone is named after the place), titled as the article, DAY precise.
 */
function firstEvent(text: string, metadata: { title: string; publishedOn: Date }): DraftEventData {
  const dateline = readDateline(text);
  const day =
    (dateline?.monthDay && datelineDay(dateline.monthDay, metadata.publishedOn)) ?? metadata.publishedOn.toISOString().slice(0, 10);
  return {
    key: FIRST_EVENT,
    title: metadata.title,
    kind: "STATEMENT",
    day,
    time: null,
    timePrecision: "DAY",
    timeZone: (dateline && timeZoneOfPlace(dateline.place)) ?? "UTC",
    place: dateline?.place ?? null,
    status: "OCCURRED",
    participants: [],
  };
}

/** New actors for the speakers no known actor matched, one per name (in any case), with every form the text uses for them. */
function newActors(proposals: ResolvedProposal[]): { actors: DraftActorData[]; keyOfName: Map<string, string> } {
  const actors: DraftActorData[] = [];
  const keyOfName = new Map<string, string>();
  for (const proposal of proposals) {
    const name = proposal.speakerName?.trim();
    if (proposal.speaker || !name) continue;
    const id = name.toLowerCase();
    let actor = actors.find((each) => each.key === keyOfName.get(id));
    if (!actor) {
      actor = { key: `a${actors.length + 1}`, name, kind: "PERSON", names: [] };
      actors.push(actor);
      keyOfName.set(id, actor.key);
    }
    for (const mention of proposal.speakerMentions.map((each) => each.trim())) {
      if (mention && mention.toLowerCase() !== id && !actor.names.includes(mention)) actor.names.push(mention);
    }
  }
  return { actors, keyOfName };
}

/**
 * A new draft's review: each proposal PENDING (key `p1`, `p2`… in text order),
 * its speaker the known actor it resolved to, or a new actor named as the text
 * names them, made at the draft's first event; quotes broken by their cue
 * continue one another.
 */
export function prefillReview(text: string, metadata: { title: string; publishedOn: Date }, proposals: ResolvedProposal[]): Review {
  const { actors, keyOfName } = newActors(proposals);
  const keyOf = (index: number) => `p${index + 1}`;
  const statements = proposals.map((proposal, index): DraftStatementData => ({
    key: keyOf(index),
    origin: "PROPOSED",
    decision: "PENDING",
    kind: proposal.kind,
    excerpt: proposal.excerpt,
    text: proposal.text,
    speaker: proposal.speaker?.slug ?? null,
    newSpeaker: proposal.speaker ? null : (keyOfName.get(proposal.speakerName?.trim().toLowerCase() ?? "") ?? null),
    speakerName: proposal.speakerName,
    event: null,
    newEvent: FIRST_EVENT,
    topics: [],
    stances: [],
    continues: proposal.continues === undefined ? null : keyOf(proposal.continues),
    confidence: proposal.confidence,
    cue: proposal.cue,
  }));
  return { statements, actors, events: [firstEvent(text, metadata)] };
}
