-- CreateEnum
CREATE TYPE "TokenScope" AS ENUM ('WRITE', 'ADMIN');

-- CreateEnum
CREATE TYPE "ChangeOperation" AS ENUM ('INSERT', 'UPDATE', 'DELETE');

-- AlterTable
ALTER TABLE "actor" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "event" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "source" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "statement" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "api_token" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "scope" "TokenScope" NOT NULL,
    "hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "change" (
    "id" BIGSERIAL NOT NULL,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changed_by" TEXT NOT NULL,
    "transaction_id" BIGINT NOT NULL,
    "table_name" TEXT NOT NULL,
    "record_id" UUID NOT NULL,
    "operation" "ChangeOperation" NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "change_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "api_token_name_key" ON "api_token"("name");

-- CreateIndex
CREATE UNIQUE INDEX "api_token_hash_key" ON "api_token"("hash");

-- CreateIndex
CREATE INDEX "change_record_id_id_idx" ON "change"("record_id", "id");

-- CreateIndex
CREATE INDEX "change_changed_at_id_idx" ON "change"("changed_at", "id");

-- Every write to a new table bumps data_version, which the response cache keys on.
SELECT "track_data_version"();

-- What Prisma's schema language cannot express.

ALTER TABLE "api_token" ADD CONSTRAINT "api_token_name_format" CHECK ("name" ~ '^[a-z0-9]+([._-][a-z0-9]+)*$');
ALTER TABLE "api_token" ADD CONSTRAINT "api_token_hash_format" CHECK ("hash" ~ '^[0-9a-f]{64}$');

ALTER TABLE "source" ADD CONSTRAINT "source_version_positive" CHECK ("version" >= 1);
ALTER TABLE "actor" ADD CONSTRAINT "actor_version_positive" CHECK ("version" >= 1);
ALTER TABLE "event" ADD CONSTRAINT "event_version_positive" CHECK ("version" >= 1);
ALTER TABLE "statement" ADD CONSTRAINT "statement_version_positive" CHECK ("version" >= 1);

-- Optimistic concurrency: every update that changes a record adds 1 to its
-- version, whoever writes (the API, an import, psql), so a writer that sends
-- the version it read learns when someone wrote in between. Columns the
-- database derives (search vectors, the copied excerpt start) are not changes
-- anyone made; an update that changes nothing else keeps the version, unless
-- it sets a new version itself: a writer that changed only a record's parts
-- (an actor's names) asks for the bump so. Either way the version grows by 1
-- exactly: no writer can set it to anything else.
CREATE FUNCTION "bump_row_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."version" IS DISTINCT FROM OLD."version"
     OR (to_jsonb(NEW) - '{version,search_vector,excerpt_start}'::text[])
        IS DISTINCT FROM (to_jsonb(OLD) - '{version,search_vector,excerpt_start}'::text[]) THEN
    NEW."version" := OLD."version" + 1;
  ELSE
    NEW."version" := OLD."version";
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "row_version" BEFORE UPDATE ON "source" FOR EACH ROW EXECUTE FUNCTION "bump_row_version"();
CREATE TRIGGER "row_version" BEFORE UPDATE ON "actor" FOR EACH ROW EXECUTE FUNCTION "bump_row_version"();
CREATE TRIGGER "row_version" BEFORE UPDATE ON "event" FOR EACH ROW EXECUTE FUNCTION "bump_row_version"();
CREATE TRIGGER "row_version" BEFORE UPDATE ON "statement" FOR EACH ROW EXECUTE FUNCTION "bump_row_version"();

-- A source's text never changes once an excerpt cites it: every offset into it would move.
CREATE FUNCTION "source_text_fixed_once_cited"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."text" IS DISTINCT FROM OLD."text" AND EXISTS (SELECT 1 FROM "excerpt" WHERE "source_id" = OLD."id") THEN
    RAISE EXCEPTION 'the text of source "%" is cited by excerpts and cannot change', OLD."slug"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'source_text_fixed_once_cited';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "source_text_fixed_once_cited" BEFORE UPDATE OF "text" ON "source"
  FOR EACH ROW EXECUTE FUNCTION "source_text_fixed_once_cited"();

-- History: every insert, update and delete of a data row is recorded in
-- "change", with the row before and after (as JSON, without search vectors),
-- under the record it belongs to (the trigger's argument names the column
-- holding that record's id: the row's own, or its owner's for a part of a
-- record, such as an actor's name or an event's participant). Who wrote is
-- the transaction's `parley.changed_by` setting (the API sets "token:NAME",
-- imports "import"), else the database user. Updates that change only what the
-- database derives are not recorded, nor is synthetic data: db:synth sets
-- `parley.record_history` to 'off' for its sessions, as its rows are nobody's
-- change and recording them would double the time and size of a bulk load.
CREATE FUNCTION "record_change"() RETURNS trigger
LANGUAGE plpgsql
SET search_path FROM CURRENT
AS $$
DECLARE
  before_row jsonb;
  after_row jsonb;
BEGIN
  IF current_setting('parley.record_history', true) = 'off' THEN RETURN NULL; END IF;
  IF TG_OP <> 'INSERT' THEN before_row := to_jsonb(OLD) - 'search_vector'; END IF;
  IF TG_OP <> 'DELETE' THEN after_row := to_jsonb(NEW) - 'search_vector'; END IF;
  IF TG_OP = 'UPDATE' AND before_row - '{version,excerpt_start}'::text[] = after_row - '{version,excerpt_start}'::text[] THEN
    RETURN NULL;
  END IF;
  INSERT INTO "change" ("changed_by", "transaction_id", "table_name", "record_id", "operation", "before", "after")
  VALUES (
    coalesce(nullif(current_setting('parley.changed_by', true), ''), session_user),
    txid_current(),
    TG_TABLE_NAME,
    (coalesce(after_row, before_row) ->> TG_ARGV[0])::uuid,
    TG_OP::"ChangeOperation",
    before_row,
    after_row
  );
  RETURN NULL;
END $$;
CREATE TRIGGER "record_change" AFTER INSERT OR UPDATE OR DELETE ON "source" FOR EACH ROW EXECUTE FUNCTION "record_change"('id');
CREATE TRIGGER "record_change" AFTER INSERT OR UPDATE OR DELETE ON "excerpt" FOR EACH ROW EXECUTE FUNCTION "record_change"('source_id');
CREATE TRIGGER "record_change" AFTER INSERT OR UPDATE OR DELETE ON "actor" FOR EACH ROW EXECUTE FUNCTION "record_change"('id');
CREATE TRIGGER "record_change" AFTER INSERT OR UPDATE OR DELETE ON "actor_name" FOR EACH ROW EXECUTE FUNCTION "record_change"('actor_id');
CREATE TRIGGER "record_change" AFTER INSERT OR UPDATE OR DELETE ON "actor_tie" FOR EACH ROW EXECUTE FUNCTION "record_change"('actor_id');
CREATE TRIGGER "record_change" AFTER INSERT OR UPDATE OR DELETE ON "topic" FOR EACH ROW EXECUTE FUNCTION "record_change"('id');
CREATE TRIGGER "record_change" AFTER INSERT OR UPDATE OR DELETE ON "event" FOR EACH ROW EXECUTE FUNCTION "record_change"('id');
CREATE TRIGGER "record_change" AFTER INSERT OR UPDATE OR DELETE ON "event_participant" FOR EACH ROW EXECUTE FUNCTION "record_change"('event_id');
CREATE TRIGGER "record_change" AFTER INSERT OR UPDATE OR DELETE ON "event_topic" FOR EACH ROW EXECUTE FUNCTION "record_change"('event_id');
CREATE TRIGGER "record_change" AFTER INSERT OR UPDATE OR DELETE ON "event_report" FOR EACH ROW EXECUTE FUNCTION "record_change"('event_id');
CREATE TRIGGER "record_change" AFTER INSERT OR UPDATE OR DELETE ON "statement" FOR EACH ROW EXECUTE FUNCTION "record_change"('id');
CREATE TRIGGER "record_change" AFTER INSERT OR UPDATE OR DELETE ON "statement_topic" FOR EACH ROW EXECUTE FUNCTION "record_change"('statement_id');
CREATE TRIGGER "record_change" AFTER INSERT OR UPDATE OR DELETE ON "stance" FOR EACH ROW EXECUTE FUNCTION "record_change"('statement_id');
CREATE TRIGGER "record_change" AFTER INSERT OR UPDATE OR DELETE ON "statement_relation" FOR EACH ROW EXECUTE FUNCTION "record_change"('from_id');
