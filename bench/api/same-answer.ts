/**
 * What identifies an answer, so that a floor can be checked to answer the same
 * request as the scenario it stands beside: the id of every `node` of every
 * connection (events, then each event's statements; or a search's page), in
 * order, and every connection's `totalCount`. The API's global ids (base64 of
 * "Type:uuid") are read back to the database ids the floors give.
 */
export function answerFingerprint(answer: unknown): string[] {
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(walk);
      return;
    }
    if (value === null || typeof value !== "object") return;
    for (const [key, child] of Object.entries(value)) {
      if (key === "totalCount") found.push(`count ${String(child)}`);
      if (key === "node" && child !== null && typeof child === "object" && "id" in child)
        found.push(`node ${databaseId(String(child.id))}`);
      walk(child);
    }
  };
  walk(answer);
  return found;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function databaseId(id: string): string {
  if (uuid.test(id)) return id;
  const decoded = Buffer.from(id, "base64").toString("utf8");
  return decoded.slice(decoded.indexOf(":") + 1);
}

/** Where two fingerprints first differ, or null when they are the same. */
export function firstDifference(expected: string[], actual: string[]): string | null {
  for (let index = 0; index < Math.max(expected.length, actual.length); index++) {
    if (expected[index] !== actual[index])
      return `item ${index + 1}: ${expected[index] ?? "nothing"} against ${actual[index] ?? "nothing"}`;
  }
  return null;
}
