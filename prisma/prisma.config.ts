import { defineConfig } from "prisma/config";

// Prisma's CLI needs a URL only for commands that connect (which Parley runs
// through its own migrator, see src/migrations.ts). `generate` does not, so a
// build with no database falls back to a placeholder instead of failing.
export default defineConfig({
  schema: "schema.prisma",
  migrations: { path: "migrations" },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://placeholder@localhost:5432/placeholder",
  },
});
