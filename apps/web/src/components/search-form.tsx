import type { FormEvent, Ref } from "react";
import { statementKindLabel } from "../lib/labels";
import type { SearchParams } from "../lib/search-params";
import { PickerField } from "./picker-field";
import { SelectField } from "./select-field";

const kinds = Object.entries(statementKindLabel);

interface SearchFormProps {
  params: SearchParams;
  /** Runs the search in place (SearchInPlace); without scripts the form is sent as it is. */
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  ref: Ref<HTMLFormElement>;
}

/**
 * Words and filters, sent as a plain GET form: the results page's address holds them all, with or
 * without scripts. Speaker and topic are typed, with suggestions from every actor and topic.
 */
export function SearchForm({ params, onSubmit, ref }: SearchFormProps) {
  return (
    <form action="/search" method="get" role="search" className="search-form" onSubmit={onSubmit} ref={ref}>
      <p className="search-words">
        <label htmlFor="search-q">Words</label>
        <input id="search-q" type="search" name="q" defaultValue={params.q} placeholder="respect choices Ukrainians" />
      </p>
      <PickerField
        id="search-actor"
        label="Speaker"
        name="actor"
        defaultValue={params.actor}
        list="actors"
        hint="A name, or part of one; anyone when empty."
      />
      <SelectField id="search-kind" label="Kind" name="kind" value={params.kind} none="Any kind" options={kinds} />
      <PickerField
        id="search-topic"
        label="Topic"
        name="topic"
        defaultValue={params.topic}
        list="topics"
        hint="Words of its name; any topic when empty."
      />
      <p>
        <button type="submit" className="button">
          Search
        </button>
      </p>
    </form>
  );
}
