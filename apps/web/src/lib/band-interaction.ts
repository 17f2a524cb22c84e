import { brushSelection, brushX } from "d3-brush";
import { select } from "d3-selection";
import { zoom, zoomIdentity } from "d3-zoom";
import { BAND_HEIGHT, BAND_WIDTH, bandScale, type RangeOverview } from "./range-overview";

const DAY_MS = 24 * 60 * 60 * 1000;
const WIDTH = BAND_WIDTH;
/** How long the band waits after the last turn of the wheel, drag or key before it loads the period. */
const SETTLE_MS = 300;

export interface BandElements {
  band: HTMLElement;
  svg: SVGSVGElement;
  brushLayer: SVGGElement;
}

/**
 * The band's interactions, loaded once the page is drawn (so that its first scripts are lighter): a
 * drag (d3-brush) picks a period, the wheel or two fingers (d3-zoom) narrow or widen it around the
 * pointer, and keys on the focused band move, narrow, widen it and take it to either end. Once the
 * band settles, `load` is given the period's first day and the day after it. Returns a detach.
 */
export function attachBand(
  { band, svg, brushLayer }: BandElements,
  overview: RangeOverview,
  { from, to }: { from: string; to: string },
  load: (first: string, after: string) => void,
): () => void {
  const { toX, toDay } = bandScale(overview);
  const span = Date.parse(`${overview.to}T00:00:00Z`) - Date.parse(`${overview.from}T00:00:00Z`);
  const root = select(svg);
  const layer = select(brushLayer);
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
    timer = setTimeout(() => settled(window), SETTLE_MS);
  };
  const settled = ([left, right]: [number, number]) => {
    const first = toDay(left);
    const after = toDay(right) > first ? toDay(right) : toDay(left + dayWidth);
    if (first !== from || after !== to) load(first, after);
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
  band.addEventListener("keydown", onKey);
  band.dataset.live = "";
  return () => {
    clearTimeout(timer);
    band.removeEventListener("keydown", onKey);
    root.on(".zoom", null);
    layer.on(".brush", null);
  };
}
