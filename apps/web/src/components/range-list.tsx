"use client";

import type { CalendarUnit } from "@parley/schema";
import { useVirtualizer } from "@tanstack/react-virtual";
import { type KeyboardEvent, type RefObject, useCallback, useEffect, useMemo, useRef } from "react";
import { type Cluster, isQuietDay, listsEventsUpTo } from "../lib/quiet-days";
import { clusterLabel } from "../lib/range-labels";
import { rangeHref } from "../lib/range-params";
import { useHydrated } from "../lib/use-hydrated";
import { useQuietDayEvents } from "../lib/use-quiet-day-events";
import { RangeRow } from "./range-row";

/** Where a list opens: at the first cluster from `day` on, with the keyboard focus there when `focus`. */
export interface OpenAt {
  day: string;
  focus: boolean;
}

interface RangeListProps {
  clusters: readonly Cluster[];
  unit: CalendarUnit;
  /** The day after the range, for the server's link on to the rows it leaves out. */
  to: string;
  openAt: OpenAt | null;
  /** Kept at the start of the first cluster on screen, for the next zoom to open near it. */
  firstOnScreen: RefObject<string | null>;
}

// A row is a line of text with its padding and border; a quiet day adds a line per event.
const rowPixels = 36;
const eventLinePixels = 27;
const keySteps: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };

/**
 * Rows the server sends at most: more than any screen holds, few enough that the browser lays them
 * out and React hydrates them without a long task. Past them, a link opens the range from the next row.
 */
const serverRows = 400;

/**
 * The range's clusters, one row each. The server sends the first 400 rows and a link on to the
 * rest, so that the page reads without scripts; in the browser only the rows on screen (and a few
 * either side) are in the document, however many thousand the range holds. The arrow keys, Page
 * Up/Down, Home and End move the focus from row to row, scrolling the list as they go.
 */
export function RangeList({ clusters, unit, to, openAt, firstOnScreen }: RangeListProps) {
  const hydrated = useHydrated();
  const scroller = useRef<HTMLDivElement>(null);
  const most = useMemo(() => Math.max(...clusters.map((cluster) => cluster.count)), [clusters]);
  const listsEvents = unit === "DAY";
  // Stable callbacks: the virtualiser measures every row again whenever they change.
  const estimateSize = useCallback(
    (index: number) => {
      const cluster = clusters[index]!;
      return rowPixels + (listsEvents && isQuietDay(cluster) ? Math.min(cluster.count, listsEventsUpTo) * eventLinePixels : 0);
    },
    [clusters, listsEvents],
  );
  const getItemKey = useCallback((index: number) => clusters[index]!.start, [clusters]);
  const getScrollElement = useCallback(() => scroller.current, []);
  const virtualizer = useVirtualizer({ count: clusters.length, getScrollElement, estimateSize, getItemKey, overscan: 6 });
  const items = virtualizer.getVirtualItems();
  const eventsOf = useQuietDayEvents(clusters, listsEvents, items[0]?.index ?? 0, items[items.length - 1]?.index ?? -1);

  useEffect(() => {
    const first = items.find((item) => item.end > (virtualizer.scrollOffset ?? 0)) ?? items[0];
    firstOnScreen.current = first ? clusters[first.index]!.start : null;
  });

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(clusters.length - 1, index));
    virtualizer.scrollToIndex(target, { align: "auto" });
    // The row may come into the document only once the list has scrolled and rendered again.
    let tries = 10;
    const attempt = () => {
      const link = scroller.current?.querySelector<HTMLAnchorElement>(`[data-index="${target}"] .range-link`);
      if (link) link.focus({ preventScroll: true });
      else if (tries-- > 0) requestAnimationFrame(attempt);
    };
    attempt();
  };

  // Open where the last zoom was: once, when this list (one per zoom) first shows.
  const opening = useRef(openAt);
  useEffect(() => {
    const at = opening.current;
    if (!at) return;
    const index = clusters.findIndex((cluster) => cluster.start >= at.day);
    const target = index === -1 ? clusters.length - 1 : index;
    if (at.focus) focusRow(target);
    else virtualizer.scrollToIndex(target, { align: "start" });
    // Once per list (one per zoom), with what it first rendered: later renders must not pull the reader back.
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>("[data-index]");
    if (!row || event.altKey || event.ctrlKey || event.metaKey) return;
    const index = Number(row.dataset.index);
    const step = keySteps[event.key];
    const target = step !== undefined ? index + step : event.key === "Home" ? 0 : event.key === "End" ? clusters.length - 1 : null;
    if (target === null) return;
    event.preventDefault();
    focusRow(target);
  };

  if (!hydrated) {
    const next = clusters[serverRows];
    return (
      <div className="range-scroll">
        <ol className="range-clusters">
          {clusters.slice(0, serverRows).map((cluster, index) => (
            <li key={cluster.start} data-index={index} data-start={cluster.start}>
              <RangeRow cluster={cluster} unit={unit} most={most} />
            </li>
          ))}
        </ol>
        {next && (
          <p className="range-more">
            <a href={rangeHref(next.start, to, unit)}>{`The range from ${clusterLabel(next.start, unit)} on`}</a>
          </p>
        )}
      </div>
    );
  }
  return (
    <div className="range-scroll" ref={scroller}>
      <ol className="range-clusters range-virtual" style={{ blockSize: virtualizer.getTotalSize() }} onKeyDown={onKeyDown}>
        {items.map((item) => (
          <li
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            data-start={clusters[item.index]!.start}
            aria-posinset={item.index + 1}
            aria-setsize={clusters.length}
            style={{ transform: `translateY(${item.start}px)` }}
          >
            <RangeRow cluster={clusters[item.index]!} unit={unit} most={most} events={eventsOf(item.index)} />
          </li>
        ))}
      </ol>
    </div>
  );
}
