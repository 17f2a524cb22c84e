// The typed operations integrators and Parley's own apps use; `schema.graphql` is the contract they are checked against.
export * from "./gql/graphql";
