import { writeFile } from "node:fs/promises";
import path from "node:path";
import { buildApiSchema, printApiSchema } from "../graphql/schema";

/** Where the published contract lives: packages/schema/schema.graphql. */
export const publishedSchemaPath = path.resolve(__dirname, "..", "..", "..", "..", "packages", "schema", "schema.graphql");

/** Writes the API's schema to the published contract; the schema drift test fails until this has been run. */
async function main() {
  await writeFile(publishedSchemaPath, printApiSchema(await buildApiSchema()));
  console.log(`Wrote ${path.relative(process.cwd(), publishedSchemaPath)}`);
}

void main();
