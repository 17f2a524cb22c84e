import { locate, locatorOf, occurrences } from "../src/dataset/locate";

const text = "He said “yes”. Then he said “yes” again, and “no”.";
const find = (locator: { text: string; occurrence?: number; after?: string } | { start: number; end: number }) =>
  locate(text, "s", { source: "s", ...locator });

describe("locate", () => {
  it("finds a text that occurs once, as a half-open span in string indices", () => {
    const span = find({ text: "“no”" });
    expect(span).toEqual({ start: 45, end: 49 });
  });

  it("refuses to guess between two occurrences", () => {
    expect(find({ text: "“yes”" })).toBe(`text "“yes”" occurs 2 times; give "occurrence" or "after" to pick one in source "s"`);
  });

  it("picks the nth occurrence, counted from 1", () => {
    expect(find({ text: "“yes”", occurrence: 2 })).toEqual({ start: text.lastIndexOf("“yes”"), end: text.lastIndexOf("“yes”") + 5 });
    expect(find({ text: "“yes”", occurrence: 3 })).toMatch(/occurrence 3 .* asked for, but it occurs 2 times/);
  });

  it("takes the first occurrence after an anchor that occurs once", () => {
    expect(find({ text: "“yes”", after: "Then" })).toMatchObject({ start: text.lastIndexOf("“yes”") });
  });

  it("fails on an anchor that is missing or ambiguous, and on a text that is absent", () => {
    expect(find({ text: "“yes”", after: "said" })).toMatch(/must occur once/);
    expect(find({ text: "“yes”", after: "Never" })).toMatch(/must occur once/);
    expect(find({ text: "maybe" })).toBe(`text "maybe" does not occur in source "s"`);
    expect(find({ text: "“no”", after: "“no”" })).toMatch(/not found after/);
  });

  it("takes offsets inside the text, and refuses others", () => {
    expect(find({ start: 0, end: 2 })).toEqual({ start: 0, end: 2 });
    expect(find({ start: 3, end: 999 })).toMatch(/past the end of the source's text .* of source "s"/);
  });

  it("counts UTF-16 code units, as JavaScript strings do", () => {
    expect(locate("🇬🇧 UK", "s", { source: "s", text: "UK" })).toEqual({ start: 5, end: 7 });
  });
});

describe("locatorOf", () => {
  const hitsOf = (needle: string) => occurrences(text, needle);

  it("names a span by its text, with an occurrence only where the text repeats, and locate finds it again", () => {
    const second = text.lastIndexOf("“yes”");
    const repeated = locatorOf(text, "s", { start: second, end: second + 5 }, hitsOf);
    expect(repeated).toEqual({ source: "s", text: "“yes”", occurrence: 2 });
    expect(locate(text, "s", repeated)).toEqual({ start: second, end: second + 5 });
    expect(locatorOf(text, "s", { start: 45, end: 49 }, hitsOf)).toEqual({ source: "s", text: "“no”" });
  });
});
