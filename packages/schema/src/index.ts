// The typed operations integrators and Parley's own apps use; `schema.graphql` is the contract they are checked against.
export * from "./gql/graphql";
// The TypeScript type of a dataset file; its JSON Schema is `@parley/schema/dataset.schema.json`.
export type * from "./dataset";
