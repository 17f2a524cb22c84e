-- CreateEnum
CREATE TYPE "DraftStatus" AS ENUM ('OPEN', 'PUBLISHED');

-- CreateTable
CREATE TABLE "web_session" (
    "id" UUID NOT NULL,
    "token_id" UUID NOT NULL,
    "hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "ended_at" TIMESTAMPTZ(3),

    CONSTRAINT "web_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "draft" (
    "id" UUID NOT NULL,
    "created_by_id" UUID NOT NULL,
    "updated_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    "status" "DraftStatus" NOT NULL DEFAULT 'OPEN',
    "kind" "SourceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "url" TEXT,
    "published_on" DATE NOT NULL,
    "language" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "review" JSONB NOT NULL,
    "source_id" UUID,

    CONSTRAINT "draft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "web_session_hash_key" ON "web_session"("hash");

-- CreateIndex
CREATE INDEX "web_session_token_id_idx" ON "web_session"("token_id");

-- CreateIndex
CREATE INDEX "web_session_expires_at_idx" ON "web_session"("expires_at");

-- CreateIndex
CREATE INDEX "draft_created_at_id_idx" ON "draft"("created_at", "id");

-- CreateIndex
CREATE INDEX "draft_status_created_at_id_idx" ON "draft"("status", "created_at", "id");

-- CreateIndex
CREATE INDEX "draft_created_by_id_created_at_id_idx" ON "draft"("created_by_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "draft_source_id_idx" ON "draft"("source_id");

-- AddForeignKey
ALTER TABLE "web_session" ADD CONSTRAINT "web_session_token_id_fkey" FOREIGN KEY ("token_id") REFERENCES "api_token"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "draft" ADD CONSTRAINT "draft_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "api_token"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "draft" ADD CONSTRAINT "draft_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "api_token"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "draft" ADD CONSTRAINT "draft_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Sessions and drafts are no one's published data: they are read only with an
-- Authorization header, which the response cache never answers from its
-- entries, and a draft is written at every edit a reviewer makes. Bumping
-- data_version for them would empty the cache of every public read at each
-- sign-in and each edit, for nothing. track_data_version (re-created here as
-- it was, with these two tables left out) gives every other table, present and
-- to come, the trigger.
CREATE OR REPLACE FUNCTION "track_data_version"() RETURNS void
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
      AND c.relname NOT IN ('data_version', '_prisma_migrations', 'web_session', 'draft')
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

-- Every write to a new table bumps data_version, which the response cache keys on.
SELECT "track_data_version"();

-- What Prisma's schema language cannot express.

ALTER TABLE "web_session" ADD CONSTRAINT "web_session_hash_format" CHECK ("hash" ~ '^[0-9a-f]{64}$');
ALTER TABLE "draft" ADD CONSTRAINT "draft_version_positive" CHECK ("version" >= 1);
ALTER TABLE "draft" ADD CONSTRAINT "draft_review_is_object" CHECK (jsonb_typeof("review") = 'object');
