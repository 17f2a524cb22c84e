// Helpers for Parley's own tests (API and end-to-end); not part of the API's runtime.
export { type ApiProcess, databaseEnv, startApiProcess, waitFor } from "./api-process";
export { freePort } from "./free-port";
export { createTestDatabase, type TestDatabase } from "./test-database";
