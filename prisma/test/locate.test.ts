import { locate, LocatorError } from "../src/seed/locate";

const text = "He said “yes”. Then he said “yes” again, and “no”.";

describe("locate", () => {
  it("finds a text that occurs once, as a half-open span in string indices", () => {
    const span = locate(text, { text: "“no”" });
    expect(span).toEqual({ start: 45, end: 49 });
    expect(text.slice(span.start, span.end)).toBe("“no”");
  });

  it("refuses to guess between two occurrences", () => {
    expect(() => locate(text, { text: "“yes”" })).toThrow(LocatorError);
    expect(() => locate(text, { text: "“yes”" })).toThrow(/occurs 2 times/);
  });

  it("takes the first occurrence after an anchor that occurs once", () => {
    const span = locate(text, { text: "“yes”", after: "Then" });
    expect(span.start).toBe(text.lastIndexOf("“yes”"));
  });

  it("fails on an anchor that is missing or ambiguous, and on a text that is absent", () => {
    expect(() => locate(text, { text: "“yes”", after: "said" })).toThrow(/must occur once/);
    expect(() => locate(text, { text: "“yes”", after: "Never" })).toThrow(/must occur once/);
    expect(() => locate(text, { text: "maybe" })).toThrow(/does not occur/);
    expect(() => locate(text, { text: "“no”", after: "“no”" })).toThrow(/does not occur/);
  });

  it("counts UTF-16 code units, as JavaScript strings do", () => {
    expect(locate("🇬🇧 UK", { text: "UK" })).toEqual({ start: 5, end: 7 });
  });
});
