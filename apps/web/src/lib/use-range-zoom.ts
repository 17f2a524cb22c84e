"use client";

import { useApolloClient } from "@apollo/client/react";
import { type CalendarUnit, EventCountsDocument } from "@parley/schema";
import { useState } from "react";
import type { Cluster } from "./quiet-days";
import { rangeHref } from "./range-params";

export interface RangeZoom {
  /** The zoom shown, and its clusters. */
  zoom: CalendarUnit;
  clusters: Cluster[];
  /** The zoom being loaded, if any: the list shown stays until it comes. */
  loading: CalendarUnit | null;
  /** The zoom that could not be loaded last, if any. */
  failed: CalendarUnit | null;
  /** Shows `unit`, loading its clusters first if need be (`failed` says when they could not be). */
  zoomTo(unit: CalendarUnit): Promise<void>;
}

/**
 * The range's zoom in the browser: each zoom's clusters are asked of the API once, and the address
 * follows the zoom (replaced, not pushed: a zoom is a way of looking, not a page to go back to),
 * so that the view is a permalink and a reload shows it again.
 */
export function useRangeZoom(from: string, to: string, initialZoom: CalendarUnit, initialClusters: Cluster[]): RangeZoom {
  const client = useApolloClient();
  const [zoom, setZoom] = useState(initialZoom);
  const [clustersByZoom, setClustersByZoom] = useState<Partial<Record<CalendarUnit, Cluster[]>>>({ [initialZoom]: initialClusters });
  const [loading, setLoading] = useState<CalendarUnit | null>(null);
  const [failed, setFailed] = useState<CalendarUnit | null>(null);

  const zoomTo = async (unit: CalendarUnit) => {
    setFailed(null);
    if (!clustersByZoom[unit]) {
      setLoading(unit);
      try {
        // Not through the normalised cache: writing and reading 3,700 days there blocks the page for
        // a tenth of a second, and this hook keeps each zoom's clusters itself.
        const { data } = await client.query({ query: EventCountsDocument, variables: { from, to, unit }, fetchPolicy: "no-cache" });
        if (!data) throw new Error("The range's clusters came back empty");
        setClustersByZoom((previous) => ({ ...previous, [unit]: data.eventCounts }));
      } catch {
        setFailed(unit);
        return;
      } finally {
        setLoading(null);
      }
    }
    setZoom(unit);
    window.history.replaceState(window.history.state, "", rangeHref(from, to, unit));
  };

  return { zoom, clusters: clustersByZoom[zoom] ?? initialClusters, loading, failed, zoomTo };
}
