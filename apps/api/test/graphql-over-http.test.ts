import { type AuditResult, serverAudits } from "graphql-http";
import { startTestServer, type TestServer } from "./support/test-server";

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.stop());

/**
 * The MAY audits Parley knowingly fails, and why. Apollo's CSRF prevention
 * refuses a GET without a header that forces a CORS preflight
 * (apollo-require-preflight): graphql-http's GET audits send none. Every
 * other audit, MUST, SHOULD or MAY, passes.
 */
const refusedByCsrfPrevention = new Set(["5A70", "6A70", "D6D5"]);

/** graphql-http's audits of the GraphQL over HTTP spec, one test each, against the running API. */
describe("GraphQL over HTTP (graphql-http's server audits)", () => {
  for (const audit of serverAudits({ url: () => `${api.url}/graphql` })) {
    it(`${audit.id}: ${audit.name}`, async () => {
      const result: AuditResult = await audit.fn();
      if (refusedByCsrfPrevention.has(audit.id)) {
        expect(audit.name).toMatch(/^MAY /);
        expect(result.status).toBe("notice");
        if (result.status === "ok") return;
        expect(result.response.status).toBe(400);
        expect(await result.response.text()).toContain("Cross-Site Request Forgery");
        return;
      }
      expect(result.status === "ok" ? result : { status: result.status, reason: result.reason }).toEqual({
        id: audit.id,
        name: audit.name,
        status: "ok",
      });
    });
  }
});
