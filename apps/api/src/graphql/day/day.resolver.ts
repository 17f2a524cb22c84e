import { DateResolver } from "graphql-scalars";
import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { countEventsByPeriod, findAdjacentDays } from "../../services/days";
import type { Context } from "../context";
import { AdjacentDays } from "./adjacent-days.type";
import { CalendarUnit, calendarUnitName, EventCount } from "./event-count.type";

@Resolver()
export class DayResolver {
  @Query(() => AdjacentDays, {
    description: "The nearest days before and after `date` on which events start: a day view's previous and next.",
  })
  async adjacentDays(@Arg("date", () => DateResolver) date: Date, @Ctx() { db }: Context): Promise<AdjacentDays> {
    return new AdjacentDays(await findAdjacentDays(db, date));
  }

  @Query(() => [EventCount], {
    description: "How many events start in each day, month or year of [from, to) that has any, in order: a range view's clusters.",
  })
  async eventCounts(
    @Arg("from", () => DateResolver) from: Date,
    @Arg("to", () => DateResolver) to: Date,
    @Arg("unit", () => CalendarUnit) unit: CalendarUnit,
    @Ctx() { db }: Context,
  ): Promise<EventCount[]> {
    const rows = await countEventsByPeriod(db, from, to, calendarUnitName[unit]);
    return rows.map((row) => new EventCount(row));
  }
}
