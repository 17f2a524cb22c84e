import { DateResolver } from "graphql-scalars";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import type { CalendarUnit as CalendarUnitName, EventCount as EventCountRow } from "../../services/days";

export enum CalendarUnit {
  DAY = "DAY",
  MONTH = "MONTH",
  YEAR = "YEAR",
}
registerEnumType(CalendarUnit, { name: "CalendarUnit", description: "A period of the calendar, to count events by." });

export const calendarUnitName: Record<CalendarUnit, CalendarUnitName> = { DAY: "DAY", MONTH: "MONTH", YEAR: "YEAR" };

@ObjectType({ simpleResolvers: true, description: "How many events fall in a day, month or year, each on its own local date." })
export class EventCount {
  @Field(() => DateResolver, { description: "The first day of the period." })
  start: Date;

  @Field(() => Int)
  count: number;

  constructor(row: EventCountRow) {
    this.start = row.start;
    this.count = row.count;
  }
}
