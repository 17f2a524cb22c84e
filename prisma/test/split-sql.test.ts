import { splitSqlStatements } from "../src/split-sql";

describe("splitSqlStatements", () => {
  it("splits at the semicolons that end statements", () => {
    expect(splitSqlStatements("CREATE TABLE a (x int);\nCREATE INDEX b ON a (x);\n")).toEqual(["CREATE TABLE a (x int)", "CREATE INDEX b ON a (x)"]);
  });

  it("keeps a function body whole, with a tagged or untagged dollar quote", () => {
    const body = "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  NEW.x := 1;\n  RETURN NEW;\nEND $$";
    const tagged = "CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $body$ SELECT 1; $body$";
    expect(splitSqlStatements(`${body};\n${tagged};`)).toEqual([body, tagged]);
  });

  it("ignores semicolons in strings, quoted names and comments", () => {
    const script = "-- one; two\nSELECT 'a;b', \"c;d\" /* e; f */;\nSELECT 2;";
    expect(splitSqlStatements(script)).toEqual(["-- one; two\nSELECT 'a;b', \"c;d\" /* e; f */", "SELECT 2"]);
  });

  it("drops what holds only comments or white space", () => {
    expect(splitSqlStatements("SELECT 1;\n-- the end\n")).toEqual(["SELECT 1"]);
  });
});
