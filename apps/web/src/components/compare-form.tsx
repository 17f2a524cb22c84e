import type { SearchFiltersQuery } from "@parley/schema";
import type { CompareParams } from "../lib/compare-params";
import { optionsOf, SelectField } from "./select-field";

const slots = ["First actor", "Second actor", "Third actor (optional)"];

/** Whom to compare and on what: a plain GET form, so the comparison's address is its permalink. */
export function CompareForm({ params, options }: { params: CompareParams; options: SearchFiltersQuery }) {
  const actors = optionsOf(options.actors);
  return (
    <form action="/compare" method="get" className="search-form">
      {slots.map((label, index) => (
        <SelectField
          key={label}
          id={`compare-actor-${index}`}
          label={label}
          name="actors"
          value={params.actors[index] ?? ""}
          none="Nobody"
          options={actors}
        />
      ))}
      <SelectField id="compare-topic" label="Topic" name="topic" value={params.topic} none="Every topic" options={optionsOf(options.topics)} />
      <p>
        <button type="submit" className="button">
          Compare
        </button>
      </p>
    </form>
  );
}
