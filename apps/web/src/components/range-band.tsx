"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { BAND_HEIGHT, BAND_WIDTH as WIDTH, bandScale, type RangeOverview } from "../lib/range-overview";

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
  const { toX } = bandScale(overview);

  useEffect(() => {
    let detach: (() => void) | undefined;
    let gone = false;
    const elements = { band: band.current!, svg: svg.current!, brushLayer: brushLayer.current! };
    void import("../lib/band-interaction").then(({ attachBand }) => {
      if (gone) return;
      detach = attachBand(elements, overview, { from, to }, (first, after) =>
        router.replace(`/range?from=${first}&to=${after}`, { scroll: false }),
      );
    });
    return () => {
      gone = true;
      detach?.();
    };
    // The band is drawn again for each span and period.
  }, [overview, from, to, router]);

  const left = (toX(from) / WIDTH) * 100;
  const width = ((toX(to) - toX(from)) / WIDTH) * 100;
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
