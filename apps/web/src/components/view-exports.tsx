import { exportLabels } from "../lib/export/format-labels";
import { MOST_EXPORTED } from "../lib/export/view-export";

interface ViewExportsProps {
  /** The view's export route: "/search/export". */
  path: string;
  /** The view's filters, carried by every link so that each is a permalink of the view's file. */
  query?: URLSearchParams;
  /** What the files hold: "this day", "these statements". */
  what: string;
  /** True for views that can hold more records than an export carries: the cap is said beside the links. */
  capped?: boolean;
}

/** Downloads of a view's records for other tools: plain links, so they work without scripts. */
export function ViewExports({ path, query = new URLSearchParams(), what, capped = false }: ViewExportsProps) {
  const href = (format: string) => `${path}?${new URLSearchParams([...query, ["format", format]])}`;
  return (
    // #downloads: where an export's address without a format leads (lib/export/respond.ts).
    <p className="view-exports" id="downloads">
      {`Download ${what}: `}
      {Object.entries(exportLabels).map(([format, label], index) => (
        <span key={format}>
          {index > 0 && " · "}
          <a href={href(format)} download>
            {label}
          </a>
        </span>
      ))}
      {capped && ` (at most the first ${MOST_EXPORTED.toLocaleString("en-GB")}).`}
    </p>
  );
}
