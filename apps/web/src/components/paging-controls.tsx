import { usePathname, useSearchParams } from "next/navigation";
import type { MouseEvent } from "react";
import { pageHref, shownText } from "../lib/statement-paging";

interface PagingControlsProps {
  shown: number;
  totalCount: number;
  /** False on a later page the address asked for (`?after=`). */
  fromStart: boolean;
  /** Where the next page starts; null when this is the last. */
  nextCursor: string | null;
  /** The id of the heading that names the list: the link without scripts lands there. */
  anchor: string;
  busy: boolean;
  failed: boolean;
  onLoadMore: () => void;
}

/** A click the browser should handle itself: a new tab or window, or a download. */
const opensElsewhere = (event: MouseEvent) => event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;

/**
 * How much of a statement list is shown, and "Load more statements": a real link to the next
 * page's address, which scripts turn into loading that page in place.
 */
export function PagingControls({ shown, totalCount, fromStart, nextCursor, anchor, busy, failed, onLoadMore }: PagingControlsProps) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const loadMore = (event: MouseEvent<HTMLAnchorElement>) => {
    if (opensElsewhere(event)) return;
    event.preventDefault();
    if (!busy) onLoadMore();
  };

  return (
    <>
      <p className="more" aria-live="polite">
        {shownText(shown, totalCount, fromStart)}
        {failed && " More statements could not be loaded: the Parley API could not be reached. Please try again."}
      </p>
      {nextCursor !== null && (
        <a
          className="button"
          href={pageHref(pathname, searchParams, nextCursor, anchor)}
          aria-disabled={busy || undefined}
          onClick={loadMore}
        >
          {busy ? "Loading more statements…" : "Load more statements"}
        </a>
      )}
    </>
  );
}
