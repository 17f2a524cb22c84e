import { DateResolver } from "graphql-scalars";
import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { findAdjacentDays } from "../../services/days";
import type { Context } from "../context";
import { AdjacentDays } from "./adjacent-days.type";

@Resolver()
export class DayResolver {
  @Query(() => AdjacentDays, { description: "The nearest days before and after `date` on which events start: a day view's previous and next." })
  async adjacentDays(@Arg("date", () => DateResolver) date: Date, @Ctx() { db }: Context): Promise<AdjacentDays> {
    return new AdjacentDays(await findAdjacentDays(db, date));
  }
}
