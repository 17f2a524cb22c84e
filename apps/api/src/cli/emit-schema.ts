import { writeFile } from "node:fs/promises";
import path from "node:path";
import { buildApiSchema, printApiSchema } from "../graphql/schema";
import { publishedSchemaPath } from "./schema-path";

/** Writes the API's schema to the published contract; the schema drift test fails until this has been run. */
async function main() {
  await writeFile(publishedSchemaPath, printApiSchema(await buildApiSchema()));
  console.log(`Wrote ${path.relative(process.cwd(), publishedSchemaPath)}`);
}

void main();
