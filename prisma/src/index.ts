export * from "../generated/client/client";
export { applyMigrations, diffMigrationsToSchema, listMigrationNames, writeMigration } from "./migrations";
export * from "./seed";
export * from "./synth";
