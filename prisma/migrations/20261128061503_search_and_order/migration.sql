-- DropIndex
DROP INDEX "actor_name_idx";

-- DropIndex
DROP INDEX "event_starts_at_order_in_day_id_idx";

-- DropIndex
DROP INDEX "statement_speaker_id_said_at_idx";

-- AlterTable
ALTER TABLE "actor" ADD COLUMN     "search_vector" tsvector;

-- AlterTable
ALTER TABLE "statement" ADD COLUMN     "excerpt_start" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, "text")) STORED;

-- CreateIndex
CREATE INDEX "actor_name_id_idx" ON "actor"("name", "id");

-- CreateIndex
CREATE INDEX "actor_search_vector_idx" ON "actor" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "event_starts_at_order_in_day_slug_idx" ON "event"("starts_at", "order_in_day", "slug");

-- CreateIndex
CREATE INDEX "statement_said_at_excerpt_start_id_idx" ON "statement"("said_at", "excerpt_start", "id");

-- CreateIndex
CREATE INDEX "statement_speaker_id_said_at_excerpt_start_id_idx" ON "statement"("speaker_id", "said_at", "excerpt_start", "id");

-- CreateIndex
CREATE INDEX "statement_search_vector_idx" ON "statement" USING GIN ("search_vector");

-- Statements of one time sort by where their excerpt starts; the column copies
-- it so that an index serves the order (a sort across the join could not use one).
CREATE FUNCTION "statement_copy_excerpt_start"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."excerpt_start" := (SELECT "start" FROM "excerpt" WHERE "id" = NEW."excerpt_id");
  RETURN NEW;
END $$;
CREATE TRIGGER "statement_excerpt_start"
  BEFORE INSERT OR UPDATE OF "excerpt_id", "excerpt_start" ON "statement"
  FOR EACH ROW EXECUTE FUNCTION "statement_copy_excerpt_start"();

CREATE FUNCTION "excerpt_propagate_start"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "statement" SET "excerpt_start" = NEW."start" WHERE "excerpt_id" = NEW."id";
  RETURN NULL;
END $$;
CREATE TRIGGER "excerpt_start_to_statements"
  AFTER UPDATE OF "start" ON "excerpt"
  FOR EACH ROW EXECUTE FUNCTION "excerpt_propagate_start"();

UPDATE "statement" AS s SET "excerpt_start" = e."start" FROM "excerpt" AS e WHERE e."id" = s."excerpt_id";

-- An actor is found by its name and by every name the sources use for it, so
-- its search vector joins them all (the simple configuration: names are not
-- stemmed); triggers on both tables keep it current.
CREATE FUNCTION "actor_search_vector"("actor_name" TEXT, "actor_id" UUID) RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT to_tsvector('simple'::regconfig,
    "actor_name" || ' ' || coalesce((SELECT string_agg("name", ' ') FROM "actor_name" WHERE "actor_name"."actor_id" = $2), ''))
$$;

CREATE FUNCTION "actor_refresh_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."search_vector" := "actor_search_vector"(NEW."name", NEW."id");
  RETURN NEW;
END $$;
CREATE TRIGGER "actor_search_vector"
  BEFORE INSERT OR UPDATE OF "name", "search_vector" ON "actor"
  FOR EACH ROW EXECUTE FUNCTION "actor_refresh_search_vector"();

CREATE FUNCTION "actor_name_refresh_actor"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    UPDATE "actor" SET "search_vector" = NULL WHERE "id" = OLD."actor_id";
  END IF;
  IF TG_OP <> 'DELETE' THEN
    UPDATE "actor" SET "search_vector" = NULL WHERE "id" = NEW."actor_id";
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "actor_name_search_vector"
  AFTER INSERT OR UPDATE OR DELETE ON "actor_name"
  FOR EACH ROW EXECUTE FUNCTION "actor_name_refresh_actor"();

UPDATE "actor" SET "search_vector" = NULL;
