import type {
  DatasetActor,
  DatasetEvent,
  DatasetRelation,
  DatasetSource,
  DatasetStance,
  DatasetStatement,
  DatasetTie,
  DatasetTieKey,
  DatasetTimePrecision,
  DatasetTopic,
} from "@parley/schema";

/** A span of a named source's text. */
export interface SourceSpan {
  source: string;
  start: number;
  end: number;
}

/**
 * A dataset file once checked: every reference known, every locator turned
 * into a span, every default filled in. Writing it needs no more checks but
 * the ones only the database can answer.
 */
export interface DatasetPlan {
  sources: (DatasetSource & { contentHash: string })[];
  topics: DatasetTopic[];
  actors: (Omit<DatasetActor, "names"> & { names: string[] })[];
  ties: (Omit<DatasetTie, "attestedBy"> & { attestedBy: SourceSpan | null })[];
  events: (Omit<DatasetEvent, "participants" | "topics" | "reportedBy"> & {
    participants: NonNullable<DatasetEvent["participants"]>;
    topics: string[];
    reportedBy: SourceSpan[];
  })[];
  statements: (Omit<DatasetStatement, "excerpt" | "text" | "saidAt" | "timePrecision" | "capacity" | "topics" | "stances"> & {
    excerpt: SourceSpan;
    text: string;
    saidAt: string;
    timePrecision: DatasetTimePrecision;
    capacity: DatasetTieKey | null;
    topics: string[];
    stances: (Omit<DatasetStance, "basis"> & { basis: SourceSpan | null })[];
  })[];
  relations: (Omit<DatasetRelation, "basis"> & { basis: SourceSpan | null })[];
}

/** A tie's natural key as one string: an actor has at most one tie of a kind to another. */
export const tieKey = (tie: DatasetTieKey) => `${tie.actor} ${tie.kind} ${tie.relatedActor}`;

/** Every span the plan cites, each once: the excerpts to write. */
export function excerptsOf(plan: DatasetPlan): SourceSpan[] {
  const spans = new Map<string, SourceSpan>();
  const add = (span: SourceSpan | null) => span && spans.set(`${span.source} ${span.start} ${span.end}`, span);
  plan.ties.forEach((tie) => add(tie.attestedBy));
  plan.events.forEach((event) => event.reportedBy.forEach(add));
  for (const statement of plan.statements) {
    add(statement.excerpt);
    statement.stances.forEach((stance) => add(stance.basis));
  }
  plan.relations.forEach((relation) => add(relation.basis));
  return [...spans.values()];
}
