import { describe, expect, it } from "@jest/globals";
import { answerFingerprint, firstDifference } from "../api/same-answer";

// The bench checks that each floor answers the request of the scenario it stands beside: these are the rules it goes by.
const eventId = "01900000-0000-7000-8000-000000000001";
const statementIds = ["01900000-0000-7000-8000-00000000000a", "01900000-0000-7000-8000-00000000000b"];
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`, "utf8").toString("base64");

const apiAnswer = (ids: string[]) => ({
  data: {
    timeline: {
      totalCount: 1,
      edges: [
        {
          cursor: "c",
          node: {
            id: globalId("Event", eventId),
            statements: { totalCount: ids.length, edges: ids.map((id) => ({ node: { id: globalId("Statement", id) } })) },
          },
        },
      ],
    },
  },
});
const floorAnswer = (ids: string[], statementCount = ids.length) => ({
  data: {
    timeline: {
      totalCount: 1,
      edges: [{ node: { id: eventId, statements: { totalCount: statementCount, edges: ids.map((id) => ({ node: { id } })) } } }],
    },
  },
});

describe("answerFingerprint", () => {
  it("reads the API's global ids back to the database ids a floor gives", () => {
    expect(firstDifference(answerFingerprint(apiAnswer(statementIds)), answerFingerprint(floorAnswer(statementIds)))).toBeNull();
    expect(answerFingerprint(floorAnswer(statementIds))).toEqual([
      "count 1",
      `node ${eventId}`,
      "count 2",
      ...statementIds.map((id) => `node ${id}`),
    ]);
  });

  it("tells nodes in another order, a missing node and another count apart", () => {
    const expected = answerFingerprint(apiAnswer(statementIds));
    expect(firstDifference(expected, answerFingerprint(floorAnswer([...statementIds].reverse())))).toContain("item 4");
    expect(firstDifference(expected, answerFingerprint(floorAnswer(statementIds.slice(0, 1), 2)))).toContain("nothing");
    expect(firstDifference(expected, answerFingerprint(floorAnswer(statementIds, 3)))).toBe("item 3: count 2 against count 3");
  });
});
