import { readFile } from "node:fs/promises";
import { publishedSchemaPath } from "../src/cli/schema-path";
import { buildApiSchema, printApiSchema } from "../src/graphql/schema";

describe("the published schema", () => {
  it("is exactly the schema the API serves (run `npm run emit-schema -w @parley/api` after changing it)", async () => {
    const published = await readFile(publishedSchemaPath, "utf8");
    expect(printApiSchema(await buildApiSchema())).toBe(published);
  });
});
