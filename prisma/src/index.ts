export * from "../generated/client/client";
export { type Database, type DatabaseTarget, type OpenDatabaseOptions, type QueryListener, openDatabase } from "./database";
export { applyMigrations, diffMigrationsToSchema, listMigrationNames, writeMigration } from "./migrations";
export { withPgClient } from "./pg-client";
export { type PrepareReport, prepareDatabase } from "./prepare";
export * from "./provenance";
export * from "./dataset";
export { databaseTargetFromEnv, defaultPgliteDataDir } from "./target";
export * from "./synth";
