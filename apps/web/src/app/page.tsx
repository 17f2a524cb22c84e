import type { Metadata } from "next";
import { DayPage } from "../components/day-page";
import { dayViewKind, FIRST_DAY } from "../lib/day";
import { formatDay } from "../lib/format";

// The root layout's title template skips its own segment's page, so the full title is written out.
export const metadata: Metadata = { title: { absolute: `${formatDay(FIRST_DAY)} · Parley` } };

interface HomePageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The dataset's day, 14 March 2014: the Kerry–Lavrov talks in London. */
export default async function HomePage({ searchParams }: HomePageProps) {
  return <DayPage date={FIRST_DAY} view={dayViewKind((await searchParams).view)} />;
}
