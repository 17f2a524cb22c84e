import type { DatasetStatement, DatasetTieKey, DatasetTimePrecision } from "@parley/schema";
import { quoteMismatch } from "../provenance";
import type { CheckContext } from "./check-context";
import { type DatasetPlan, tieKey } from "./plan";
import { utcInstant } from "../time";

/** What a statement takes from its event when it does not say. */
type EventDefaults = { startsAt: string; timePrecision: DatasetTimePrecision };

/**
 * Checks statements: speaker, event, capacity (a tie of the file with the
 * speaker at one end), excerpt, and that a DIRECT_QUOTE's text is its
 * source's at its excerpt; fills in the text and time it takes by default.
 */
export function planStatements(
  context: CheckContext,
  statements: readonly DatasetStatement[],
  events: ReadonlyMap<string, EventDefaults>,
  ties: ReadonlyMap<string, DatasetTieKey>,
): DatasetPlan["statements"] {
  const { issues } = context;
  return statements.map((statement, i) => {
    const path = `statements[${i}]`;
    context.known(`${path}.speaker`, "actors", statement.speaker);
    const event = statement.event === undefined ? undefined : events.get(statement.event);
    if (statement.event !== undefined) context.known(`${path}.event`, "events", statement.event);
    const saidAt = statement.saidAt === undefined ? event?.startsAt : utcInstant(statement.saidAt);
    if (saidAt === null) issues.add(`${path}.saidAt`, `"${statement.saidAt}" is not an instant`);
    if (saidAt === undefined && statement.event === undefined) issues.add(`${path}.saidAt`, "is required for a statement without an event");
    const timePrecision = statement.timePrecision ?? event?.timePrecision;
    if (timePrecision === undefined && statement.event === undefined)
      issues.add(`${path}.timePrecision`, "is required for a statement without an event");
    if (statement.capacity) {
      const tie = ties.get(tieKey(statement.capacity));
      if (!tie) issues.add(`${path}.capacity`, `${tieKey(statement.capacity)} is not one of the file's ties`);
      else if (context.has("actors", statement.speaker) && tie.actor !== statement.speaker && tie.relatedActor !== statement.speaker) {
        issues.add(`${path}.capacity`, `${tieKey(statement.capacity)} is not a tie of the speaker "${statement.speaker}"`);
      }
    }

    const excerpt = context.span(`${path}.excerpt`, statement.excerpt);
    const sourceText = excerpt ? context.sourceText(excerpt.source) : "";
    const excerptText = excerpt ? sourceText.slice(excerpt.start, excerpt.end) : "";
    if (excerpt && statement.text !== undefined && statement.kind === "DIRECT_QUOTE") {
      const mismatch = quoteMismatch(sourceText, excerpt, statement.text);
      if (mismatch) issues.add(`${path}.text`, `a DIRECT_QUOTE must be its source's text at its excerpt: ${mismatch}`);
    }
    if (excerpt && statement.text === undefined && !/\S/.test(excerptText))
      issues.add(`${path}.excerpt`, "holds only white space: give the statement a text");

    const stanceTopics = new Set<string>();
    const stances = (statement.stances ?? []).map((stance, s) => {
      context.known(`${path}.stances[${s}].topic`, "topics", stance.topic);
      if (stanceTopics.has(stance.topic)) issues.add(`${path}.stances[${s}].topic`, `a stance towards "${stance.topic}" is already given`);
      stanceTopics.add(stance.topic);
      return { ...stance, basis: context.span(`${path}.stances[${s}].basis`, stance.basis) };
    });
    return {
      ...statement,
      // Placeholders where an issue was reported: the plan is not written then.
      excerpt: excerpt ?? { source: statement.excerpt.source, start: 0, end: 0 },
      text: statement.text ?? excerptText,
      saidAt: saidAt ?? "",
      timePrecision: timePrecision ?? "DAY",
      capacity: statement.capacity ?? null,
      topics: context.topics(`${path}.topics`, statement.topics),
      stances,
    };
  });
}
