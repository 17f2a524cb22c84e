import { ArrayMaxSize, IsOptional, MaxLength } from "class-validator";
import { DateResolver, DateTimeResolver } from "graphql-scalars";
import { ArgsType, Field } from "type-graphql";
import { BadUserInputError } from "../../errors";
import type { TimelineSpan } from "../../services/events";
import { oneDay } from "../../services/local-day";
import { DateRangeInput } from "../day/date-range.input";
import { EventKind, EventStatus } from "../enums";
import { ConnectionArgs } from "../relay/connection.args";

const MAX_SLUGS = 50;

@ArgsType()
export class EventFilterArgs extends ConnectionArgs {
  @Field(() => [EventKind], { nullable: true, description: "Only events of these kinds." })
  @IsOptional()
  @ArrayMaxSize(Object.keys(EventKind).length)
  kinds?: EventKind[];

  @Field(() => [EventStatus], { nullable: true, description: "Only events with these statuses." })
  @IsOptional()
  @ArrayMaxSize(Object.keys(EventStatus).length)
  statuses?: EventStatus[];

  @Field(() => [String], { nullable: true, description: `Only events about any of the topics with these slugs (at most ${MAX_SLUGS}).` })
  @IsOptional()
  @ArrayMaxSize(MAX_SLUGS)
  @MaxLength(200, { each: true })
  topics?: string[];

  @Field(() => String, { nullable: true, deprecationReason: "Use `topics`." })
  @IsOptional()
  @MaxLength(200)
  topic?: string;
}

@ArgsType()
export class TimelineArgs extends EventFilterArgs {
  @Field(() => DateResolver, {
    nullable: true,
    description: "The events whose start falls on this date in their own time zone. Give `date`, `dates`, or both `from` and `to`.",
  })
  date?: Date | null;

  @Field(() => DateRangeInput, {
    nullable: true,
    description: "The events whose start falls on one of these dates in their own time zone.",
  })
  dates?: DateRangeInput | null;

  @Field(() => DateTimeResolver, { nullable: true, description: "Start of a window of instants, inclusive; with `to`." })
  from?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: "End of the window, exclusive; with `from`." })
  to?: Date | null;

  @Field(() => [String], {
    nullable: true,
    description: `Only events any of the actors with these slugs took part in (at most ${MAX_SLUGS}).`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_SLUGS)
  @MaxLength(200, { each: true })
  actors?: string[];

  @Field(() => String, { nullable: true, deprecationReason: "Use `actors`." })
  @IsOptional()
  @MaxLength(200)
  participant?: string;
}

/**
 * When the timeline's events start, from the one form of its arguments given: a local `date`,
 * local `dates`, or a window of instants `from` and `to`. Any other combination is refused,
 * naming the argument that is missing or too many.
 */
export function timelineSpan(args: TimelineArgs): TimelineSpan {
  const forms = "give `date`, `dates`, or both `from` and `to`";
  const given = (["date", "dates", "from", "to"] as const).filter((name) => args[name] != null);
  if (given.length === 0) throw new BadUserInputError(`The timeline needs its days or its window: ${forms}`, "date");
  // `from` and `to` make one form; an argument outside the first form given is one too many.
  const form: readonly string[] = given[0] === "from" ? ["from", "to"] : given.slice(0, 1);
  const extra = given.find((name) => !form.includes(name));
  if (extra) throw new BadUserInputError(`\`${extra}\` cannot be given with \`${given[0]}\`: ${forms}`, extra);
  const { date, dates, from, to } = args;
  if (date) return { days: oneDay(date) };
  if (dates) {
    if (dates.from.getTime() >= dates.to.getTime()) throw new BadUserInputError("`dates.from` must come before `dates.to`", "dates", "to");
    return { days: dates };
  }
  if (!from) throw new BadUserInputError(`\`from\` is needed with \`to\`: ${forms}`, "from");
  if (!to) throw new BadUserInputError(`\`to\` is needed with \`from\`: ${forms}`, "to");
  if (from.getTime() >= to.getTime()) throw new BadUserInputError("`from` must come before `to`", "to");
  return { instants: { from, to } };
}
