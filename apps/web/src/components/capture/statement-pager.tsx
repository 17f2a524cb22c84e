interface StatementPagerProps {
  /** The number of the first statement listed. */
  first: number;
  shown: number;
  total: number;
  perPage: number;
  /** Where it stands: "above" or "below" the list (each landmark has a name of its own). */
  place: "above" | "below";
}

/** Which statements are listed, and links to the ones before and after (plain links: they work without scripts). */
export function StatementPager({ first, shown, total, perPage, place }: StatementPagerProps) {
  if (total <= perPage) return null;
  const last = first + shown - 1;
  return (
    <nav aria-label={`More statements, ${place} the list`} className="statement-pager">
      <p>
        {`Statements ${first}–${last} of ${total}. `}
        {first > 1 && <a href={`?from=${Math.max(1, first - perPage)}#draft-statements`}>{`Previous ${perPage}`}</a>}
        {first > 1 && last < total && " · "}
        {last < total && <a href={`?from=${last + 1}#draft-statements`}>{`Next ${Math.min(perPage, total - last)}`}</a>}
      </p>
    </nav>
  );
}
