// Helpers for Parley's own tests (this package's, the API's, end-to-end); not part of the runtime.
export { createTestDatabase, type TestDatabase, type TestDatabaseStart } from "./test-database";
export { prepareTemplates } from "./templates";
