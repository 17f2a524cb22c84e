import path from "node:path";

/** Where the published contract lives: packages/schema/schema.graphql. */
export const publishedSchemaPath = path.resolve(__dirname, "..", "..", "..", "..", "packages", "schema", "schema.graphql");
