"use client";

import { brushSelection, brushX } from "d3-brush";
import { select } from "d3-selection";
import { zoom, zoomIdentity } from "d3-zoom";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { BAND_HEIGHT, type RangeOverview } from "../lib/range-overview";

const DAY_MS = 24 * 60 * 60 * 1000;
/** The drawing's width in its own units; CSS stretches it to the page's. */
const WIDTH = 1000;
/** How long the band waits after the last turn of the wheel, drag or key before it loads the period. */
const SETTLE_MS = 300;

interface RangeBandProps {
  overview: RangeOverview;
  /** The period shown below: its first day and the day after it. */
  from: string;
  to: string;
}

/**
 * The whole span as a band of counts on a real time axis, with the period shown below as its
 * window. Drawn on the server; in the browser a drag across it (d3-brush) picks a period, the wheel
 * or a pinch (d3-zoom) narrows or widens it around the pointer, and with the band focused the
 * arrow keys move it, + and − narrow and widen it, Home and End take it to the span's ends. The
 * period loads once the band settles, the address following.
 */
export function RangeBand({ overview, from, to }: RangeBandProps) {
  const router = useRouter();
  const band = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const brushLayer = useRef<SVGGElement>(null);
  const start = Date.parse(`${overview.from}T00:00:00Z`);
  const span = Date.parse(`${overview.to}T00:00:00Z`) - start;
  const toX = (day: string) => ((Date.parse(`${day}T00:00:00Z`) - start) / span) * WIDTH;
  const toDay = (x: number) => new Date(start + Math.round(((x / WIDTH) * span) / DAY_MS) * DAY_MS).toISOString().slice(0, 10);

  useEffect(() => {
    const root = select(svg.current!);
    const layer = select(brushLayer.current!);
    const dayWidth = (DAY_MS / span) * WIDTH;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const brush = brushX<unknown>()
      .extent([
        [0, 0],
        [WIDTH, BAND_HEIGHT],
      ])
      .on("end", (event: { sourceEvent?: Event; selection: [number, number] | null }) => {
        if (!event.sourceEvent || !event.selection) return;
        choose(event.selection);
      });
    const zoomer = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, Math.max(1, WIDTH / dayWidth)])
      .extent([
        [0, 0],
        [WIDTH, BAND_HEIGHT],
      ])
      .translateExtent([
        [0, 0],
        [WIDTH, BAND_HEIGHT],
      ])
      // The wheel and two fingers zoom; a drag with the mouse or one finger is the brush's.
      .filter((event: Event) => event.type === "wheel" || ("touches" in event && (event as TouchEvent).touches.length > 1))
      .on("zoom", (event: { sourceEvent?: Event; transform: typeof zoomIdentity }) => {
        if (!event.sourceEvent) return;
        const window: [number, number] = [event.transform.invertX(0), event.transform.invertX(WIDTH)];
        layer.call(brush.move, window);
        settle(window);
      });

    /** The zoom's state to match a window, without a zoom event. */
    const follow = ([left, right]: [number, number]) =>
      root.call(zoomer.transform, zoomIdentity.scale(WIDTH / Math.max(right - left, dayWidth)).translate(-left, 0));
    const settle = (window: [number, number]) => {
      clearTimeout(timer);
      timer = setTimeout(() => load(window), SETTLE_MS);
    };
    const load = ([left, right]: [number, number]) => {
      const first = toDay(left);
      const after = toDay(right) > first ? toDay(right) : toDay(left + dayWidth);
      if (first !== from || after !== to) router.replace(`/range?from=${first}&to=${after}`, { scroll: false });
    };
    const choose = (window: [number, number]) => {
      follow(window);
      settle(window);
    };
    /** Keys on the band: move, narrow, widen, and go to the ends. */
    const onKey = (event: KeyboardEvent) => {
      const [left, right] = (brushSelection(layer.node()!) as [number, number] | null) ?? [toX(from), toX(to)];
      const width = right - left;
      const centre = (left + right) / 2;
      const moves: Record<string, [number, number]> = {
        ArrowLeft: [left - width / 4, right - width / 4],
        ArrowRight: [left + width / 4, right + width / 4],
        "+": [centre - width / 4, centre + width / 4],
        "=": [centre - width / 4, centre + width / 4],
        "-": [centre - width, centre + width],
        _: [centre - width, centre + width],
        Home: [0, width],
        End: [WIDTH - width, WIDTH],
      };
      const wanted = moves[event.key];
      if (!wanted || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      const narrowest = Math.max(wanted[1] - wanted[0], dayWidth);
      const clampedLeft = Math.min(Math.max(0, wanted[0]), WIDTH - Math.min(narrowest, WIDTH));
      const window: [number, number] = [clampedLeft, Math.min(WIDTH, clampedLeft + narrowest)];
      layer.call(brush.move, window);
      choose(window);
    };
    layer.call(brush);
    layer.call(brush.move, [toX(from), toX(to)]);
    // A window over (nearly) the whole band leaves no room to start a new one: a drag in it picks anew instead of moving it.
    const wide = toX(to) - toX(from) > 0.9 * WIDTH;
    layer.select(".selection").style("pointer-events", wide ? "none" : "all");
    root.call(zoomer);
    follow([toX(from), toX(to)]);
    const element = band.current!;
    element.addEventListener("keydown", onKey);
    element.dataset.live = "";
    return () => {
      clearTimeout(timer);
      element.removeEventListener("keydown", onKey);
      root.on(".zoom", null);
      layer.on(".brush", null);
    };
    // The band is drawn again for each span and period; the handlers read nothing else.
  }, [overview, from, to]);

  const left = toX(from) / 10;
  const width = (toX(to) - toX(from)) / 10;
  return (
    <div ref={band} className="range-band" role="group" aria-labelledby="range-band-title" aria-describedby="range-band-help" tabIndex={0}>
      <p id="range-band-title" className="range-band-title">
        {`Everything recorded, ${overview.unit === "DAY" ? "events per day" : overview.unit === "MONTH" ? "events per month" : "events per year"}`}
      </p>
      <div className="range-band-plot">
        <svg ref={svg} viewBox={`0 0 ${WIDTH} ${BAND_HEIGHT}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
          <path className="range-band-bars" d={overview.bars} />
          <g ref={brushLayer} className="range-band-brush" />
        </svg>
        <span className="range-band-window" style={{ left: `${left}%`, width: `${width}%` }} />
        {overview.ticks.map((tick) => (
          <span key={tick.date} className="range-band-tick" style={{ left: `${tick.x}%` }}>
            {tick.label}
          </span>
        ))}
      </div>
      <p id="range-band-help" className="range-band-help">
        The shaded window is the period listed below. Drag across the band to pick another, or turn the wheel (pinch, on a touch screen)
        over it to narrow or widen it.
        <span className="range-keys">
          {" "}
          With the band focused, <kbd>←</kbd> and <kbd>→</kbd> move it, <kbd>+</kbd> and <kbd>−</kbd> narrow and widen it, <kbd>Home</kbd>{" "}
          and <kbd>End</kbd> take it to either end.
        </span>
      </p>
    </div>
  );
}
