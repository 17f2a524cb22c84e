import { apiVariables } from "../../apps/api/src/env";
import { webVariables } from "../../apps/web/src/env";
import { documentedVariables, turboPassThrough } from "../support/configuration-table";

// The README's configuration table against what the apps read (their env.ts) and what turbo hands
// on: a variable read but not documented, documented but not read, or not passed through by
// `npm start` (turbo's strict mode drops it, and the app runs on its default) fails here.
const documented = documentedVariables();
const documentedFor = (user: string) => documented.filter(({ usedBy }) => usedBy.includes(user)).map(({ name }) => name);

describe("the README's configuration table", () => {
  it("lists every variable the API reads as the API's, and no other", () => {
    expect(documentedFor("API").sort()).toEqual([...apiVariables].sort());
  });

  it("lists every variable the web app reads as the web app's, and no other", () => {
    expect(documentedFor("web").sort()).toEqual([...webVariables].sort());
  });

  it("is what turbo.json passes through to every task, so that `npm start`, `npm test` and the db:* commands see each one", () => {
    expect([...turboPassThrough()].sort()).toEqual(documented.map(({ name }) => name).sort());
  });
});
