import type { EventCardFragment, StatementCardFragment, TimePrecision } from "@parley/schema";

/** When an event started or a statement was made, as precisely as its source says: what every export dates by. */
export interface Moment {
  at: string;
  precision: TimePrecision;
  timeZone: string;
}

export const eventMoment = (event: EventCardFragment): Moment => ({
  at: event.startsAt,
  precision: event.timePrecision,
  timeZone: event.timeZone,
});

// A statement keeps the time zone of the event it was made at; one made at none is dated in UTC.
export const statementMoment = (statement: StatementCardFragment): Moment => ({
  at: statement.saidAt,
  precision: statement.timePrecision,
  timeZone: statement.event?.timeZone ?? "UTC",
});
