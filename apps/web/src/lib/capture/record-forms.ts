import type { FieldProblem } from "./statement-form";
import type { ActorKind, EventKind, EventStatus, TimePrecision } from "@parley/schema";
import { actorKindLabel, eventKindLabel, eventStatusLabel } from "../labels";
import type { ReviewActor, ReviewEvent } from "./review";

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
};

const oneOf = <T extends string>(labels: Record<T, string>, value: string): value is T => Object.hasOwn(labels, value);
const PRECISIONS: TimePrecision[] = ["DAY", "HOUR", "MINUTE", "SECOND"];

/** A new actor as its form describes it; the names this text uses, one a line. */
export function actorFromForm(form: FormData, key: string): ReviewActor | FieldProblem {
  const name = text(form, "name");
  if (name === "") return { field: "name", message: "Give the actor's name." };
  const names = text(form, "names")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const kind = text(form, "kind");
  if (!oneOf<ActorKind>(actorKindLabel, kind)) return { field: "kind", message: "Choose what kind of actor this is." };
  return { key, name, kind, names };
}

/** A new event as its form describes it; its participants stay as they were (`saved`). */
export function eventFromForm(form: FormData, saved: ReviewEvent): ReviewEvent | FieldProblem {
  const title = text(form, "title");
  if (title === "") return { field: "title", message: "Give the event a title." };
  const day = text(form, "day");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return { field: "day", message: "Give the day it took place, as YYYY-MM-DD." };
  const kind = text(form, "kind");
  const status = text(form, "status");
  const timePrecision = text(form, "timePrecision") as TimePrecision;
  if (!oneOf<EventKind>(eventKindLabel, kind)) return { field: "kind", message: "Choose the event's kind." };
  if (!oneOf<EventStatus>(eventStatusLabel, status)) return { field: "status", message: "Choose the event's status." };
  if (!PRECISIONS.includes(timePrecision)) return { field: "timePrecision", message: "Choose how precisely its time is known." };
  const time = text(form, "time");
  if (timePrecision !== "DAY" && !/^\d{2}:\d{2}(:\d{2})?$/.test(time))
    return { field: "time", message: "Give the local time of day (HH:MM), or choose “The day only”." };
  return {
    ...saved,
    title,
    kind,
    day,
    time: timePrecision === "DAY" ? null : time,
    timePrecision,
    timeZone: text(form, "timeZone"),
    place: text(form, "place") || null,
    status,
  };
}
