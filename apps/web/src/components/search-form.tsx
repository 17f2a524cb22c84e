import type { SearchFiltersQuery } from "@parley/schema";
import { statementKindLabel } from "../lib/labels";
import type { SearchParams } from "../lib/search-params";

interface SearchFormProps {
  params: SearchParams;
  options: SearchFiltersQuery;
}

/** Words and filters, sent as a plain GET form: the results page's address holds them all, with or without scripts. */
export function SearchForm({ params, options }: SearchFormProps) {
  return (
    <form action="/search" method="get" role="search" className="search-form">
      <p className="search-words">
        <label htmlFor="search-q">Words</label>
        <input id="search-q" type="search" name="q" defaultValue={params.q} placeholder="respect choices Ukrainians" />
      </p>
      <p>
        <label htmlFor="search-actor">Speaker</label>
        <select id="search-actor" name="actor" defaultValue={params.actor}>
          <option value="">Anyone</option>
          {options.actors.edges.map(({ node }) => (
            <option key={node.id} value={node.slug}>
              {node.name}
            </option>
          ))}
        </select>
      </p>
      <p>
        <label htmlFor="search-kind">Kind</label>
        <select id="search-kind" name="kind" defaultValue={params.kind}>
          <option value="">Any kind</option>
          {Object.entries(statementKindLabel).map(([kind, label]) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </select>
      </p>
      <p>
        <label htmlFor="search-topic">Topic</label>
        <select id="search-topic" name="topic" defaultValue={params.topic}>
          <option value="">Any topic</option>
          {options.topics.edges.map(({ node }) => (
            <option key={node.id} value={node.slug}>
              {node.name}
            </option>
          ))}
        </select>
      </p>
      <p>
        <button type="submit" className="button">
          Search
        </button>
      </p>
    </form>
  );
}
