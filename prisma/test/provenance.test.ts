import { quoteMismatch, spanProblem } from "../src/provenance";

const source = "Mr Lavrov said Russia would respect the will of the people of Crimea.";

describe("quoteMismatch", () => {
  it("accepts the source's exact text at the span", () => {
    expect(quoteMismatch(source, { start: 15, end: 43 }, "Russia would respect the wil")).toBeNull();
  });

  it("names the offset where the quote first departs and what the source has there", () => {
    expect(quoteMismatch(source, { start: 15, end: 40 }, "Russia will respect the w")).toBe(
      'the text differs from the source at offset 23: it has "ill respect the w" where the source has "ould respect the "',
    );
  });

  it("says when the quote stops short of its span", () => {
    expect(quoteMismatch(source, { start: 15, end: 27 }, "Russia")).toBe(
      'the text ends at offset 21, where the source goes on with " would"',
    );
  });

  it("says when the quote runs past its span", () => {
    expect(quoteMismatch(source, { start: 15, end: 21 }, "Russia would")).toBe(
      'the text goes on past the span\'s end at offset 21 with " would"',
    );
  });

  it("shows at most thirty characters of each side", () => {
    const message = quoteMismatch(source, { start: 0, end: source.length }, `X${source.slice(1)}`);
    expect(message).toBe(
      'the text differs from the source at offset 0: it has "Xr Lavrov said Russia would re…" where the source has "Mr Lavrov said Russia would re…"',
    );
  });

  it("refuses a span outside the text before comparing", () => {
    expect(quoteMismatch(source, { start: 60, end: 90 }, "people of Crimea.")).toMatch(
      /past the end of the source's text \(69 characters\)/,
    );
  });
});

describe("spanProblem", () => {
  it.each([
    [{ start: -1, end: 3 }, "start -1 is before the source's text begins"],
    [{ start: 4, end: 4 }, "end 4 must be after start 4"],
    [{ start: 1.5, end: 3 }, "start and end must be integers"],
    [{ start: 0, end: 11 }, "end 11 is past the end of the source's text (10 characters)"],
  ])("refuses %o", (span, message) => {
    expect(spanProblem(span, 10)).toBe(message);
  });

  it("accepts the whole text", () => {
    expect(spanProblem({ start: 0, end: 10 }, 10)).toBeNull();
  });
});
