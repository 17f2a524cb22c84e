import { cannotBeStored } from "../stored-text";
import type { DatasetIssue } from "./issues";

/** Every string in a parsed file that no text column can hold, by where it is (`sources[0].text`). */
export function unstorableTextIssues(data: unknown, path = ""): DatasetIssue[] {
  if (typeof data === "string") {
    return cannotBeStored(data)
      ? [{ path, message: "contains NUL (U+0000) or half a character (a lone surrogate), which no text in Parley can hold" }]
      : [];
  }
  if (Array.isArray(data)) return data.flatMap((item, i) => unstorableTextIssues(item, `${path}[${i}]`));
  if (data !== null && typeof data === "object") {
    return Object.entries(data).flatMap(([key, value]) => unstorableTextIssues(value, path ? `${path}.${key}` : key));
  }
  return [];
}
