import type { SearchFiltersQuery } from "@parley/schema";
import { statementKindLabel } from "../lib/labels";
import type { SearchParams } from "../lib/search-params";
import { optionsOf, SelectField } from "./select-field";

interface SearchFormProps {
  params: SearchParams;
  options: SearchFiltersQuery;
}

const kinds = Object.entries(statementKindLabel).map(([value, label]) => ({ value, label }));

/** Words and filters, sent as a plain GET form: the results page's address holds them all, with or without scripts. */
export function SearchForm({ params, options }: SearchFormProps) {
  return (
    <form action="/search" method="get" role="search" className="search-form">
      <p className="search-words">
        <label htmlFor="search-q">Words</label>
        <input id="search-q" type="search" name="q" defaultValue={params.q} placeholder="respect choices Ukrainians" />
      </p>
      <SelectField id="search-actor" label="Speaker" name="actor" value={params.actor} none="Anyone" options={optionsOf(options.actors)} />
      <SelectField id="search-kind" label="Kind" name="kind" value={params.kind} none="Any kind" options={kinds} />
      <SelectField id="search-topic" label="Topic" name="topic" value={params.topic} none="Any topic" options={optionsOf(options.topics)} />
      <p>
        <button type="submit" className="button">
          Search
        </button>
      </p>
    </form>
  );
}
