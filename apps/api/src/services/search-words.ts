/** The words of a search, each to be found (case-insensitively) for a match; a blank search matches everything. */
export function searchWords(search: string | null | undefined): string[] {
  return (search ?? "").split(/\s+/).filter((word) => word !== "");
}
