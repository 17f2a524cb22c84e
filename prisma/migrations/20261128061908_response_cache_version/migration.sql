-- CreateTable
CREATE TABLE "data_version" (
    "id" BOOLEAN NOT NULL DEFAULT true,
    "epoch" UUID NOT NULL DEFAULT gen_random_uuid(),
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "data_version_pkey" PRIMARY KEY ("id")
);

-- What Prisma's schema language cannot express: the table's one row, and the
-- triggers that make it change with every write to the data, whoever writes
-- (the API, the seed, db:reset, an import, psql). The API's response cache
-- reads (epoch, version) before each cached read and keys on it, so a write
-- committed before a request arrives is never answered from the cache.

-- Exactly one row.
ALTER TABLE "data_version" ADD CONSTRAINT "data_version_one_row" CHECK ("id");
INSERT INTO "data_version" ("id") VALUES (true);

-- Bumps the version with the first writing statement of each transaction,
-- inside it: readers see the new version exactly when they see the data, all
-- of the transaction at once, at its commit. Later statements of the same
-- transaction find the mark (a setting local to the transaction, undone with
-- it or with a savepoint rolled back) and skip the update. The search path is
-- fixed at creation, so a writer with another one still finds the table.
CREATE FUNCTION "bump_data_version"() RETURNS trigger
LANGUAGE plpgsql
SET search_path FROM CURRENT
AS $$
BEGIN
  IF current_setting('parley.data_version_bumped', true) IS DISTINCT FROM 'yes' THEN
    UPDATE "data_version" SET "version" = "version" + 1;
    PERFORM set_config('parley.data_version_bumped', 'yes', true);
  END IF;
  RETURN NULL;
END;
$$;

-- Puts the trigger on every table of this schema that lacks it, but for
-- data_version itself and Prisma's _prisma_migrations. A migration that
-- creates a table ends with `SELECT "track_data_version"();` (db:migration
-- adds it), and a test fails for any table left without the trigger.
CREATE FUNCTION "track_data_version"() RETURNS void
LANGUAGE plpgsql
SET search_path FROM CURRENT
AS $$
DECLARE
  name text;
BEGIN
  FOR name IN
    SELECT c.relname FROM pg_class c
    WHERE c.relnamespace = current_schema()::regnamespace
      AND c.relkind IN ('r', 'p')
      AND c.relname NOT IN ('data_version', '_prisma_migrations')
      AND NOT EXISTS (
        SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'data_version_bump'
      )
  LOOP
    EXECUTE format(
      'CREATE TRIGGER data_version_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()',
      name
    );
  END LOOP;
END;
$$;

SELECT "track_data_version"();
