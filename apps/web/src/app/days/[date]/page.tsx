import type { Metadata } from "next";
import { DayPage } from "../../../components/day-page";
import { Unavailable } from "../../../components/unavailable";
import { dayViewKind, isCalendarDate } from "../../../lib/day";
import { formatDay } from "../../../lib/format";

interface DayRouteProps {
  params: Promise<{ date: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: DayRouteProps): Promise<Metadata> {
  const { date } = await params;
  return { title: isCalendarDate(date) ? formatDay(date) : "Day not found" };
}

/** Any day, /days/YYYY-MM-DD; anything that is not a calendar date is a 404. */
export default async function DayRoute({ params, searchParams }: DayRouteProps) {
  const { date } = await params;
  if (!isCalendarDate(date))
    return <Unavailable status="missing" detail={`“${date}” is not a day: days are written YYYY-MM-DD, as /days/2014-03-14.`} />;
  return <DayPage date={date} view={dayViewKind((await searchParams).view)} />;
}
