"use client";

import type { CalendarUnit } from "@parley/schema";
import { type KeyboardEvent, useRef, useState } from "react";
import type { Cluster } from "../lib/quiet-days";
import { rangeHref } from "../lib/range-params";
import { closerZoom, periodStart, widerZoom, zoomNames } from "../lib/range-zoom";
import { useRangeZoom } from "../lib/use-range-zoom";
import { RangeEventsHeading } from "./range-events-heading";
import { RangeForm } from "./range-form";
import { type OpenAt, RangeList } from "./range-list";
import { RangeZoomStatus } from "./range-zoom-status";

interface RangeExplorerProps {
  from: string;
  to: string;
  zoom: CalendarUnit;
  clusters: Cluster[];
  /** How many events the range holds, whatever the zoom. */
  total: number;
}

const typing = new Set(["INPUT", "SELECT", "TEXTAREA"]);

/**
 * The range's clusters with zoom controls. Without scripts the controls are links to the closer
 * and wider zooms; with them the zoom changes in place, keeping the reader's place: the focused
 * period (or the first on screen) is where the next zoom opens. + and − zoom from anywhere in it.
 */
export function RangeExplorer({ from, to, zoom: initialZoom, clusters: initialClusters, total }: RangeExplorerProps) {
  const { zoom, clusters, loading, failed, zoomTo } = useRangeZoom(from, to, initialZoom, initialClusters);
  const [openAt, setOpenAt] = useState<OpenAt | null>(null);
  const firstOnScreen = useRef<string | null>(null);
  const closer = closerZoom(zoom);
  const wider = widerZoom(zoom);

  const zoomAndKeepPlace = async (unit: CalendarUnit | null) => {
    if (!unit || loading) return;
    const focused = document.activeElement?.closest<HTMLElement>("[data-start]");
    const day = focused?.dataset.start ?? firstOnScreen.current;
    // Set before the zoom: a zoom already loaded shows in this same render, and its list reads where to open as it mounts.
    setOpenAt(day ? { day: periodStart(day, unit), focus: Boolean(focused) } : null);
    await zoomTo(unit);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || typing.has((event.target as HTMLElement).tagName)) return;
    const unit = event.key === "+" || event.key === "=" ? closer : event.key === "-" || event.key === "_" ? wider : undefined;
    if (unit === undefined) return;
    event.preventDefault();
    void zoomAndKeepPlace(unit);
  };

  const control = (label: string, unit: CalendarUnit | null) =>
    unit ? (
      <a
        className="button"
        href={rangeHref(from, to, unit)}
        aria-describedby="range-zoom-keys"
        onClick={(event) => {
          event.preventDefault();
          void zoomAndKeepPlace(unit);
        }}
      >
        {label}
        <span className="visually-hidden">{` to ${zoomNames[unit]}`}</span>
      </a>
    ) : (
      <span className="button" aria-disabled="true">
        {label}
      </span>
    );

  return (
    <div className="range-explorer" onKeyDown={onKeyDown}>
      {/* Keyed by the zoom, so that its "Group by" shows the zoom in place. */}
      <RangeForm key={zoom} params={{ from, to, zoom }} />
      <section aria-labelledby="range-events">
        <RangeEventsHeading total={total} />
        <div className="range-zoom">
          {control("Zoom in", closer)}
          {control("Zoom out", wider)}
          <p id="range-zoom-keys" className="range-keys">
            Keys: <kbd>+</kbd> and <kbd>−</kbd> zoom in and out; the arrow keys, <kbd>Page Up</kbd>, <kbd>Page Down</kbd>, <kbd>Home</kbd>{" "}
            and <kbd>End</kbd> move between periods.
          </p>
        </div>
        <RangeZoomStatus
          zoom={zoom}
          count={clusters.length}
          loading={loading}
          failed={failed}
          retry={() => void zoomAndKeepPlace(failed)}
        />
        <div aria-busy={loading !== null}>
          <RangeList key={zoom} clusters={clusters} unit={zoom} to={to} openAt={openAt} firstOnScreen={firstOnScreen} />
        </div>
      </section>
    </div>
  );
}
