import type { CompareParams } from "../lib/compare-params";
import { PickerField } from "./picker-field";

const slots = ["First actor", "Second actor", "Third actor (optional)"];

/** Whom to compare and on what, typed with suggestions: a plain GET form, so the comparison's address is its permalink. */
export function CompareForm({ params }: { params: CompareParams }) {
  return (
    <form action="/compare" method="get" className="search-form">
      {slots.map((label, index) => (
        <PickerField
          key={label}
          id={`compare-actor-${index}`}
          label={label}
          name="actors"
          defaultValue={params.actors[index] ?? ""}
          list="actors"
          hint="A name, or part of one."
        />
      ))}
      <PickerField
        id="compare-topic"
        label="Topic"
        name="topic"
        defaultValue={params.topic}
        list="topics"
        hint="Words of its name; every topic when empty."
      />
      <p>
        <button type="submit" className="button">
          Compare
        </button>
      </p>
    </form>
  );
}
