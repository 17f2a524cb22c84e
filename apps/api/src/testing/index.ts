// Helpers for Parley's own tests (API and end-to-end); not part of the API's runtime.
export { databaseEnv, startApiProcess } from "./api-process";
export { type ChildService, startChildService } from "./child-service";
export { freePort } from "./free-port";
export { createTestDatabase, type TestDatabase } from "@parley/db/testing";
export { waitFor } from "./wait-for";
export { connect, contentHash, excerptOf, type Planted, plant, type Scenario } from "./scenario";
export { plantInDatabase } from "./planted-database";
export type { DatabaseTarget } from "@parley/db";
