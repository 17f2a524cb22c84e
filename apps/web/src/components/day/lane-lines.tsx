import type { LaneLink } from "../../lib/day-chart/lanes";

interface LaneLinesProps {
  links: LaneLink[];
  /** Where each end of a link sits, in pixels from the top of the drawing. */
  yOf: (end: LaneLink["from"]) => number;
  height: number;
  top?: number;
}

/** A curve from one mark to another: an arch between marks of one row, an S-bend between lanes. */
function path({ from, to }: LaneLink, yOf: LaneLinesProps["yOf"]): string {
  const [x1, y1, x2, y2] = [from.x * 10, yOf(from), to.x * 10, yOf(to)];
  if (Math.abs(y1 - y2) < 1) return `M ${x1} ${y1} Q ${(x1 + x2) / 2} ${y1 - 18} ${x2} ${y2}`;
  const middle = (y1 + y2) / 2;
  return `M ${x1} ${y1} C ${x1} ${middle} ${x2} ${middle} ${x2} ${y2}`;
}

/**
 * The relations drawn as lines between marks, styled by kind (the legend names each). The drawing
 * is 1,000 units wide, stretched to the lanes' width with its strokes kept as thin as drawn: the
 * marks sit at the same percentages, so each line meets its marks at any width.
 */
export function LaneLines({ links, yOf, height, top = 0 }: LaneLinesProps) {
  if (links.length === 0) return null;
  return (
    <svg
      className="lane-lines"
      viewBox={`0 0 1000 ${height}`}
      preserveAspectRatio="none"
      style={{ top: `${top}px`, height: `${height}px` }}
      aria-hidden="true"
      focusable="false"
    >
      {links.map((link) => (
        <path
          key={`${link.from.statement.slug}-${link.kind}-${link.to.statement.slug}`}
          className={`lane-link lane-link--${link.kind.toLowerCase()}`}
          d={path(link, yOf)}
          vectorEffect="non-scaling-stroke"
        />
      ))}
    </svg>
  );
}
