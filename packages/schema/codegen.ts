import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed documents for every operation in operations/, against the committed
// schema (emitted from the API; a test keeps the two equal).
const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["operations/**/*.graphql"],
  generates: {
    "src/gql/": {
      preset: "client",
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: "string", Date: "string", JSONObject: "Record<string, unknown>" },
        strictScalars: true,
      },
      presetConfig: { fragmentMasking: false },
    },
  },
  ignoreNoDocuments: false,
};

export default config;
