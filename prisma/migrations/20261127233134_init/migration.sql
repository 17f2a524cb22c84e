-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('ARTICLE', 'SOCIAL_MEDIA_POST', 'TRANSCRIPT', 'PRESS_RELEASE', 'OFFICIAL_DOCUMENT');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('PERSON', 'STATE', 'ORGANIZATION', 'GOVERNMENT_BODY', 'SOCIAL_MEDIA_ACCOUNT', 'TERRITORY', 'GROUP');

-- CreateEnum
CREATE TYPE "ActorTieKind" AS ENUM ('HOLDS_OFFICE_IN', 'SPEAKS_FOR', 'OPERATES_ACCOUNT', 'MEMBER_OF', 'PART_OF');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('MEETING', 'PRESS_CONFERENCE', 'SOCIAL_MEDIA_POST', 'STATEMENT', 'REFERENDUM', 'INTERVIEW', 'SPEECH');

-- CreateEnum
CREATE TYPE "TimePrecision" AS ENUM ('DAY', 'HOUR', 'MINUTE', 'SECOND');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('SCHEDULED', 'OCCURRED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ParticipantRole" AS ENUM ('PARTICIPANT', 'SPEAKER', 'AUTHOR', 'HOST', 'SUBJECT');

-- CreateEnum
CREATE TYPE "StatementKind" AS ENUM ('DIRECT_QUOTE', 'PARTIAL_QUOTE', 'PARAPHRASE');

-- CreateEnum
CREATE TYPE "StancePosition" AS ENUM ('SUPPORTS', 'OPPOSES', 'NEUTRAL');

-- CreateEnum
CREATE TYPE "StatementRelationKind" AS ENUM ('RESPONDS_TO', 'CONTRADICTS', 'AGREES_WITH', 'RESTATES', 'CONTINUES');

-- CreateTable
CREATE TABLE "source" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "url" TEXT,
    "published_on" DATE NOT NULL,
    "language" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "excerpt" (
    "id" UUID NOT NULL,
    "source_id" UUID NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "excerpt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "actor" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ActorKind" NOT NULL,
    "description" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "actor_name" (
    "id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "actor_name_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "actor_tie" (
    "id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "related_actor_id" UUID NOT NULL,
    "kind" "ActorTieKind" NOT NULL,
    "title" TEXT,
    "valid_from" DATE,
    "valid_to" DATE,
    "excerpt_id" UUID,

    CONSTRAINT "actor_tie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "topic" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,

    CONSTRAINT "topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "EventKind" NOT NULL,
    "summary" TEXT,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3),
    "time_precision" "TimePrecision" NOT NULL,
    "time_zone" TEXT NOT NULL,
    "order_in_day" INTEGER NOT NULL,
    "place_name" TEXT,
    "status" "EventStatus" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_participant" (
    "event_id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "role" "ParticipantRole" NOT NULL,

    CONSTRAINT "event_participant_pkey" PRIMARY KEY ("event_id","actor_id","role")
);

-- CreateTable
CREATE TABLE "event_topic" (
    "event_id" UUID NOT NULL,
    "topic_id" UUID NOT NULL,

    CONSTRAINT "event_topic_pkey" PRIMARY KEY ("event_id","topic_id")
);

-- CreateTable
CREATE TABLE "event_report" (
    "event_id" UUID NOT NULL,
    "excerpt_id" UUID NOT NULL,

    CONSTRAINT "event_report_pkey" PRIMARY KEY ("event_id","excerpt_id")
);

-- CreateTable
CREATE TABLE "statement" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "kind" "StatementKind" NOT NULL,
    "speaker_id" UUID NOT NULL,
    "event_id" UUID,
    "said_at" TIMESTAMPTZ(3) NOT NULL,
    "time_precision" "TimePrecision" NOT NULL,
    "excerpt_id" UUID NOT NULL,
    "capacity_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "statement_topic" (
    "statement_id" UUID NOT NULL,
    "topic_id" UUID NOT NULL,

    CONSTRAINT "statement_topic_pkey" PRIMARY KEY ("statement_id","topic_id")
);

-- CreateTable
CREATE TABLE "stance" (
    "id" UUID NOT NULL,
    "statement_id" UUID NOT NULL,
    "topic_id" UUID NOT NULL,
    "position" "StancePosition" NOT NULL,
    "basis_id" UUID,

    CONSTRAINT "stance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "statement_relation" (
    "from_id" UUID NOT NULL,
    "to_id" UUID NOT NULL,
    "kind" "StatementRelationKind" NOT NULL,
    "basis_id" UUID,

    CONSTRAINT "statement_relation_pkey" PRIMARY KEY ("from_id","to_id","kind")
);

-- CreateIndex
CREATE UNIQUE INDEX "source_slug_key" ON "source"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "source_content_hash_key" ON "source"("content_hash");

-- CreateIndex
CREATE UNIQUE INDEX "excerpt_source_id_start_end_key" ON "excerpt"("source_id", "start", "end");

-- CreateIndex
CREATE UNIQUE INDEX "actor_slug_key" ON "actor"("slug");

-- CreateIndex
CREATE INDEX "actor_name_idx" ON "actor"("name");

-- CreateIndex
CREATE INDEX "actor_name_name_idx" ON "actor_name"("name");

-- CreateIndex
CREATE UNIQUE INDEX "actor_name_actor_id_name_key" ON "actor_name"("actor_id", "name");

-- CreateIndex
CREATE INDEX "actor_tie_related_actor_id_idx" ON "actor_tie"("related_actor_id");

-- CreateIndex
CREATE UNIQUE INDEX "actor_tie_actor_id_related_actor_id_kind_key" ON "actor_tie"("actor_id", "related_actor_id", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "topic_slug_key" ON "topic"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "event_slug_key" ON "event"("slug");

-- CreateIndex
CREATE INDEX "event_starts_at_order_in_day_id_idx" ON "event"("starts_at", "order_in_day", "id");

-- CreateIndex
CREATE INDEX "event_participant_actor_id_idx" ON "event_participant"("actor_id");

-- CreateIndex
CREATE INDEX "event_topic_topic_id_idx" ON "event_topic"("topic_id");

-- CreateIndex
CREATE UNIQUE INDEX "statement_slug_key" ON "statement"("slug");

-- CreateIndex
CREATE INDEX "statement_speaker_id_said_at_idx" ON "statement"("speaker_id", "said_at");

-- CreateIndex
CREATE INDEX "statement_event_id_idx" ON "statement"("event_id");

-- CreateIndex
CREATE INDEX "statement_excerpt_id_idx" ON "statement"("excerpt_id");

-- CreateIndex
CREATE INDEX "statement_topic_topic_id_idx" ON "statement_topic"("topic_id");

-- CreateIndex
CREATE INDEX "stance_topic_id_idx" ON "stance"("topic_id");

-- CreateIndex
CREATE UNIQUE INDEX "stance_statement_id_topic_id_key" ON "stance"("statement_id", "topic_id");

-- CreateIndex
CREATE INDEX "statement_relation_to_id_idx" ON "statement_relation"("to_id");

-- AddForeignKey
ALTER TABLE "excerpt" ADD CONSTRAINT "excerpt_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actor_name" ADD CONSTRAINT "actor_name_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actor_tie" ADD CONSTRAINT "actor_tie_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actor_tie" ADD CONSTRAINT "actor_tie_related_actor_id_fkey" FOREIGN KEY ("related_actor_id") REFERENCES "actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actor_tie" ADD CONSTRAINT "actor_tie_excerpt_id_fkey" FOREIGN KEY ("excerpt_id") REFERENCES "excerpt"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_participant" ADD CONSTRAINT "event_participant_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_participant" ADD CONSTRAINT "event_participant_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_topic" ADD CONSTRAINT "event_topic_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_topic" ADD CONSTRAINT "event_topic_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_report" ADD CONSTRAINT "event_report_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_report" ADD CONSTRAINT "event_report_excerpt_id_fkey" FOREIGN KEY ("excerpt_id") REFERENCES "excerpt"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement" ADD CONSTRAINT "statement_speaker_id_fkey" FOREIGN KEY ("speaker_id") REFERENCES "actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement" ADD CONSTRAINT "statement_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement" ADD CONSTRAINT "statement_excerpt_id_fkey" FOREIGN KEY ("excerpt_id") REFERENCES "excerpt"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement" ADD CONSTRAINT "statement_capacity_id_fkey" FOREIGN KEY ("capacity_id") REFERENCES "actor_tie"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement_topic" ADD CONSTRAINT "statement_topic_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement_topic" ADD CONSTRAINT "statement_topic_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stance" ADD CONSTRAINT "stance_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stance" ADD CONSTRAINT "stance_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stance" ADD CONSTRAINT "stance_basis_id_fkey" FOREIGN KEY ("basis_id") REFERENCES "excerpt"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement_relation" ADD CONSTRAINT "statement_relation_from_id_fkey" FOREIGN KEY ("from_id") REFERENCES "statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement_relation" ADD CONSTRAINT "statement_relation_to_id_fkey" FOREIGN KEY ("to_id") REFERENCES "statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement_relation" ADD CONSTRAINT "statement_relation_basis_id_fkey" FOREIGN KEY ("basis_id") REFERENCES "excerpt"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Integrity that Prisma's schema language cannot express. Prisma's diff
-- ignores check constraints, so these stay in the migrations.

-- Slugs are the stable public keys of URLs and of the API: lower-case words joined by hyphens.
ALTER TABLE "source" ADD CONSTRAINT "source_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "actor" ADD CONSTRAINT "actor_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "topic" ADD CONSTRAINT "topic_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "event" ADD CONSTRAINT "event_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "statement" ADD CONSTRAINT "statement_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');

-- A source's hash is the hex SHA-256 of its UTF-8 text, so a changed text cannot keep an old hash.
ALTER TABLE "source" ADD CONSTRAINT "source_content_hash_matches_text"
  CHECK ("content_hash" = encode(sha256(convert_to("text", 'UTF8')), 'hex'));
ALTER TABLE "source" ADD CONSTRAINT "source_title_not_blank" CHECK (btrim("title") <> '');
ALTER TABLE "source" ADD CONSTRAINT "source_language_tag" CHECK ("language" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$');

-- An excerpt is a non-empty half-open span [start, end).
ALTER TABLE "excerpt" ADD CONSTRAINT "excerpt_span_valid" CHECK ("start" >= 0 AND "start" < "end");

ALTER TABLE "actor" ADD CONSTRAINT "actor_name_not_blank" CHECK (btrim("name") <> '');
ALTER TABLE "actor_name" ADD CONSTRAINT "actor_name_name_not_blank" CHECK (btrim("name") <> '');
ALTER TABLE "actor_tie" ADD CONSTRAINT "actor_tie_not_to_itself" CHECK ("actor_id" <> "related_actor_id");
ALTER TABLE "actor_tie" ADD CONSTRAINT "actor_tie_validity_ordered"
  CHECK ("valid_from" IS NULL OR "valid_to" IS NULL OR "valid_from" <= "valid_to");

ALTER TABLE "topic" ADD CONSTRAINT "topic_name_not_blank" CHECK (btrim("name") <> '');

ALTER TABLE "event" ADD CONSTRAINT "event_title_not_blank" CHECK (btrim("title") <> '');
ALTER TABLE "event" ADD CONSTRAINT "event_ends_after_start" CHECK ("ends_at" IS NULL OR "ends_at" >= "starts_at");
ALTER TABLE "event" ADD CONSTRAINT "event_order_in_day_positive" CHECK ("order_in_day" >= 1);
ALTER TABLE "event" ADD CONSTRAINT "event_time_zone_not_blank" CHECK (btrim("time_zone") <> '');

ALTER TABLE "statement" ADD CONSTRAINT "statement_text_not_blank" CHECK (btrim("text") <> '');
ALTER TABLE "statement_relation" ADD CONSTRAINT "statement_relation_not_to_itself" CHECK ("from_id" <> "to_id");
