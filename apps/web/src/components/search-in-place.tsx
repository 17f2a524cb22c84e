"use client";

import dynamic from "next/dynamic";
import { useRouter, useSearchParams } from "next/navigation";
import { type FormEvent, type ReactNode, useEffect, useEffectEvent, useRef, useState, useTransition } from "react";
import { fillForm, formQuery } from "../lib/search-form-fields";
import type { FoundSearch } from "../lib/search-in-browser";
import { readSearchParams, type SearchParams, searchQuery } from "../lib/search-params";
import { SearchForm } from "./search-form";

// Apollo Client and the list come in their own chunk with the first search run here: a search page
// that is only read loads none of it.
const FoundStatements = dynamic(() => import("./found-statements").then((module) => module.FoundStatements));
const loadSearcher = () => import("../lib/search-in-browser").then((module) => module.searchInBrowser);

interface SearchInPlaceProps {
  /** The GraphQL endpoint the browser calls. */
  apiUrl: string;
  /** The search the server rendered the page for. */
  searched: SearchParams;
  /** The same, as the form shows it: the names its typed words settled to. */
  typed: SearchParams;
  /** The server's notices and results for `searched`. */
  children: ReactNode;
}

/** What the page shows under the form: the server's results (`found` null) or a search run here. */
interface Shown {
  key: string;
  found: FoundSearch | null;
  /** The search's address, to put in the history once its results are on screen. */
  address?: string;
}

const keyOf = (params: SearchParams) => searchQuery(params).toString();

/** What the status line announces once a search's results are shown: how many it found. */
const countText = (total: number) =>
  `${total === 0 ? "No" : total.toLocaleString("en-GB")} ${total === 1 ? "statement" : "statements"} found.`;

const FAILED = "The search could not be run: the Parley API did not answer. The statements shown are from before it. Please try again.";

/**
 * The search form, and what it found: with scripts, a search runs in the page, through the
 * browser's Apollo Client, and its address goes into the history (so Back returns to the search
 * before, and a reload has the server render the same). A typed name that fits no record, or
 * several, is left to the server, which says so; so is an empty search.
 */
export function SearchInPlace({ apiUrl, searched, typed, children }: SearchInPlaceProps) {
  const router = useRouter();
  const serverKey = keyOf(searched);
  const inAddress = readSearchParams(Object.fromEntries(useSearchParams()));
  const [shown, setShown] = useState<Shown>({ key: serverKey, found: null });
  const [said, setSaid] = useState("");
  const [isPending, startTransition] = useTransition();
  const form = useRef<HTMLFormElement>(null);

  // Shows a search's results in place of those on screen (a new search's address is for the
  // history); a search only the server can answer (nothing asked, or a name left unsettled) is
  // navigated to instead. While it runs, the statements shown stay.
  const run = (params: SearchParams, address: string, isNew: boolean) =>
    startTransition(async () => {
      try {
        const found = await (await loadSearcher())(apiUrl, params);
        const { firstPage } = found;
        startTransition(() => {
          if (firstPage === null) {
            setSaid("");
            if (isNew) router.push(address);
            else router.replace(address);
          } else {
            setShown({ key: keyOf(params), found: { ...found, firstPage }, ...(isNew && { address }) });
            setSaid(countText(firstPage.totalCount));
          }
        });
      } catch {
        setSaid(FAILED);
      }
    });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const query = formQuery(event.currentTarget);
    const params = readSearchParams(Object.fromEntries(query));
    if (keyOf(params) !== shown.key) run(params, `/search?${query}`, true);
  };

  // Into the history only once the results are on screen: whoever follows the address sees them.
  useEffect(() => {
    if (shown.address && shown.address !== `${window.location.pathname}${window.location.search}`)
      window.history.pushState(null, "", shown.address);
  }, [shown]);

  // Back and Forward change the address under the page: show the search it holds, from the cache.
  const followAddress = useEffectEvent((key: string) => {
    if (key === shown.key || !form.current) return;
    fillForm(form.current, key === serverKey ? typed : inAddress);
    if (key === serverKey) {
      setShown({ key, found: null });
      setSaid("");
    } else run(inAddress, `/search?${searchQuery(inAddress)}`, false);
  });
  const addressKey = keyOf(inAddress);
  useEffect(() => followAddress(addressKey), [addressKey]);

  return (
    <>
      <SearchForm params={typed} onSubmit={submit} ref={form} />
      <p className={`search-status ${said === FAILED && !isPending ? "notice-line" : "more"}`} aria-live="polite">
        {isPending ? "Searching…" : said}
      </p>
      {shown.found ? <FoundStatements apiUrl={apiUrl} search={shown.found} /> : children}
    </>
  );
}
