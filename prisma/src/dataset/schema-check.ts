import datasetSchema from "@parley/schema/dataset.schema.json";
import type { DatasetFile } from "@parley/schema";
import type { ErrorObject } from "ajv";
import Ajv2020 from "ajv/dist/2020";
import type { DatasetIssue } from "./issues";

// Compiled once per process: compiling costs far more than validating.
const validate = new Ajv2020({ allErrors: true, strict: true }).compile<DatasetFile>(datasetSchema);

/** `/statements/12/excerpt` as a reader writes it: `statements[12].excerpt`. */
export function readablePath(pointer: string): string {
  return pointer
    .split("/")
    .slice(1)
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), "");
}

function issueOf(error: ErrorObject): DatasetIssue | null {
  const path = readablePath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  const at = (field: unknown) => (path ? `${path}.${String(field)}` : String(field));
  switch (error.keyword) {
    // "must match the then/else schema" repeats the errors found inside it.
    case "if":
      return null;
    case "required":
      return { path: at(params.missingProperty), message: "is required" };
    case "additionalProperties":
      return { path: at(params.additionalProperty), message: "is not a field the format has" };
    case "enum":
      return { path, message: `must be one of ${(params.allowedValues as unknown[]).join(", ")}` };
    case "not":
      return { path, message: "give either occurrence or after, not both" };
    default:
      return { path, message: error.message ?? error.keyword };
  }
}

export type SchemaCheck = { file: DatasetFile; issues: [] } | { file: null; issues: DatasetIssue[] };

/** Checks `data` against the dataset file's JSON Schema: the file, typed, or the issues found. */
export function checkSchema(data: unknown): SchemaCheck {
  if (validate(data)) return { file: data, issues: [] };
  return { file: null, issues: (validate.errors ?? []).map(issueOf).filter((issue): issue is DatasetIssue => issue !== null) };
}
