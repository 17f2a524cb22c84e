import type { SearchFiltersQuery } from "@parley/schema";
import type { CompareParams } from "../lib/compare-params";

const slots = ["First actor", "Second actor", "Third actor (optional)"];

/** Whom to compare and on what: a plain GET form, so the comparison's address is its permalink. */
export function CompareForm({ params, options }: { params: CompareParams; options: SearchFiltersQuery }) {
  return (
    <form action="/compare" method="get" className="search-form">
      {slots.map((label, index) => (
        <p key={label}>
          <label htmlFor={`compare-actor-${index}`}>{label}</label>
          <select id={`compare-actor-${index}`} name="actors" defaultValue={params.actors[index] ?? ""}>
            <option value="">Nobody</option>
            {options.actors.edges.map(({ node }) => (
              <option key={node.id} value={node.slug}>
                {node.name}
              </option>
            ))}
          </select>
        </p>
      ))}
      <p>
        <label htmlFor="compare-topic">Topic</label>
        <select id="compare-topic" name="topic" defaultValue={params.topic}>
          <option value="">Every topic</option>
          {options.topics.edges.map(({ node }) => (
            <option key={node.id} value={node.slug}>
              {node.name}
            </option>
          ))}
        </select>
      </p>
      <p>
        <button type="submit" className="button">
          Compare
        </button>
      </p>
    </form>
  );
}
