import type { ParticipantRole, StatementRelationKind } from "@parley/schema";
import type { DayAxis, PlacedSlot } from "./axis";
import { stancesBySlug, type StancesBySlug } from "../relation-note";
import { dayAxis, type DayEvent, type DayStatement, laneActors, type LaneActor, statementsOf } from "./day-axis";

/** One actor's lane, `top` and `height` in pixels from the top of the lanes. */
export interface Lane {
  actor: LaneActor;
  statements: number;
  rows: number;
  top: number;
  height: number;
  /** Folded into "+N more" (drawn below the others once opened). */
  folded: boolean;
}

/** A statement drawn in its speaker's lane: `x` in percent of the width, `y` in pixels. */
export interface LaneMark {
  statement: DayStatement;
  event: DayEvent;
  slot: PlacedSlot<DayEvent>;
  lane: Lane;
  x: number;
  y: number;
}

/** An actor who took part in an event without a recorded statement there: a ring in their lane. */
export interface LaneAttendance {
  event: DayEvent;
  role: ParticipantRole;
  lane: Lane;
  x: number;
  y: number;
}

/** A relation drawn as a line from one mark to another (`from` <kind> `to`). */
export interface LaneLink {
  kind: StatementRelationKind;
  from: LaneMark;
  to: LaneMark;
}

export interface LanesChart {
  axis: DayAxis<DayEvent>;
  lanes: Lane[];
  /** In the order the keyboard reaches them: by time, then lane. */
  marks: LaneMark[];
  attendances: LaneAttendance[];
  links: LaneLink[];
  /** The stances of every statement drawn, which explain the relations between them. */
  stancesOf: StancesBySlug;
  /** Pixels of the open lanes, and of the folded ones below the "+N more" line. */
  openHeight: number;
  foldedHeight: number;
}

/** Lanes shown at once; past this, the quietest fold into "+N more". Eight fit a 1280 × 720 screen. */
const LANES_SHOWN = 8;
const ROW_PIXELS = 22;
const LANE_PADDING = 8;
/** The least distance between two marks of a lane's row, in percent of a 1,000-pixel drawing. */
const MARK_GAP = 1.8;

/** Rows so that no two marks of a row come closer than MARK_GAP: each goes to the first row with room. */
function assignRows(xs: number[]): number[] {
  const rowEnds: number[] = [];
  return xs.map((x) => {
    let row = rowEnds.findIndex((end) => x - end >= MARK_GAP);
    if (row === -1) row = rowEnds.push(x) - 1;
    rowEnds[row] = x;
    return row;
  });
}

/**
 * The day as lanes: one per actor along the day's axis, a mark per statement in its speaker's lane
 * (spread across its event's stretch of the axis, in rows where they would touch), a ring where an
 * actor took part without a recorded statement, and a line per relation between two marks.
 */
export function lanesChart(events: DayEvent[]): LanesChart {
  const axis = dayAxis(events);
  const actors = laneActors(events);

  // Each actor's marks and rings, in order along the axis, before the lanes get their heights.
  interface Draft {
    x: number;
    statement?: DayStatement;
    event: DayEvent;
    slot: PlacedSlot<DayEvent>;
    role?: ParticipantRole;
  }
  const drafts = new Map<string, Draft[]>(actors.map((actor) => [actor.id, []]));
  for (const slot of axis.slots) {
    const centre = (slot.band.from + slot.band.to) / 2;
    for (const event of slot.events) {
      const said = statementsOf(event);
      const speakers = new Set(said.map((statement) => statement.speaker.id));
      for (const speaker of speakers) {
        const theirs = said.filter((statement) => statement.speaker.id === speaker);
        const step = theirs.length > 1 ? Math.min(slot.spread / (theirs.length - 1), MARK_GAP * 2) : 0;
        // By order a slot's marks centre in its stretch; by the clock they start at its time.
        const start = axis.kind === "order" ? centre - ((theirs.length - 1) * step) / 2 : slot.x;
        theirs.forEach((statement, index) => drafts.get(speaker)!.push({ x: start + index * step, statement, event, slot }));
      }
      for (const participant of event.participants) {
        if (speakers.has(participant.actor.id)) continue;
        drafts.get(participant.actor.id)!.push({ x: axis.kind === "order" ? centre : slot.x, event, slot, role: participant.role });
      }
    }
  }

  const counts = actors.map((actor) => drafts.get(actor.id)!.filter((draft) => draft.statement).length);
  // The busiest lanes stay open, in the order of first appearance; the quietest fold.
  const open = new Set(
    actors.length <= LANES_SHOWN
      ? actors.map((actor) => actor.id)
      : actors
          .map((actor, index) => ({ id: actor.id, count: counts[index]!, index }))
          .sort((a, b) => b.count - a.count || a.index - b.index)
          .slice(0, LANES_SHOWN - 1)
          .map((lane) => lane.id),
  );
  const ordered = [...actors.filter((actor) => open.has(actor.id)), ...actors.filter((actor) => !open.has(actor.id))];

  const lanes: Lane[] = [];
  const marks: LaneMark[] = [];
  const attendances: LaneAttendance[] = [];
  let openHeight = 0;
  let foldedHeight = 0;
  for (const actor of ordered) {
    const theirs = drafts.get(actor.id)!.sort((a, b) => a.x - b.x);
    const rows = assignRows(theirs.map((draft) => draft.x));
    const folded = !open.has(actor.id);
    const height = Math.max(1, ...rows.map((row) => row + 1)) * ROW_PIXELS + 2 * LANE_PADDING;
    const top = folded ? foldedHeight : openHeight;
    const lane: Lane = {
      actor,
      statements: counts[actors.indexOf(actor)]!,
      rows: Math.max(1, ...rows.map((row) => row + 1)),
      top,
      height,
      folded,
    };
    if (folded) foldedHeight += height;
    else openHeight += height;
    lanes.push(lane);
    theirs.forEach((draft, index) => {
      const y = top + LANE_PADDING + rows[index]! * ROW_PIXELS + ROW_PIXELS / 2;
      if (draft.statement) marks.push({ statement: draft.statement, event: draft.event, slot: draft.slot, lane, x: draft.x, y });
      else attendances.push({ event: draft.event, role: draft.role!, lane, x: draft.x, y });
    });
  }

  const laneOrder = new Map(lanes.map((lane, index) => [lane, index]));
  marks.sort((a, b) => a.x - b.x || laneOrder.get(a.lane)! - laneOrder.get(b.lane)! || a.y - b.y);
  const bySlug = new Map(marks.map((mark) => [mark.statement.slug, mark]));
  const links = marks.flatMap((mark) =>
    mark.statement.relations.flatMap((relation) => {
      const to = bySlug.get(relation.statement.slug);
      return to ? [{ kind: relation.kind, from: mark, to }] : [];
    }),
  );
  return {
    axis,
    lanes,
    marks,
    attendances,
    links,
    stancesOf: stancesBySlug(marks.map((mark) => mark.statement)),
    openHeight,
    foldedHeight,
  };
}
