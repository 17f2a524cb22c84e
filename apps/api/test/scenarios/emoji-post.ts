import { randomUUID } from "node:crypto";
import type { Prisma } from "@parley/db";
import { connect, contentHash, excerptOf, type Scenario } from "../../src/testing/scenario";

/**
 * Scenario "an emoji post": a ministry's post whose text has characters
 * outside the Basic Multilingual Plane (two UTF-16 code units, one character)
 * before, inside and after the words quoted, so that a span in JavaScript's
 * indices differs from the same span in characters.
 */
const text = "🇺🇦 Statement 𝟏: “We stand with 🕊️ peace, 𝐧𝐨𝐰.” 👍🏽 More at noon 🕛, and “no more 𝔀𝓪𝓲𝓽𝓲𝓷𝓰”.";

const post = {
  id: randomUUID(),
  slug: "2021-06-01-ministry-post",
  kind: "SOCIAL_MEDIA_POST",
  title: "[The ministry's post of 1 June 2021]",
  publishedOn: new Date("2021-06-01"),
  language: "en",
  text,
  contentHash: contentHash(text),
} satisfies Prisma.SourceCreateInput;

const ministry = { slug: "emoji-ministry", name: "The Ministry", kind: "GOVERNMENT_BODY" } satisfies Prisma.ActorCreateInput;

const posting = {
  slug: "2021-06-01-ministry-posts",
  title: "The ministry posts",
  kind: "SOCIAL_MEDIA_POST",
  startsAt: new Date("2021-06-01T09:00:00.000Z"),
  timePrecision: "MINUTE",
  timeZone: "Europe/Kyiv",
  orderInDay: 1,
  status: "OCCURRED",
  reports: { create: [{ excerpt: excerptOf(post, "Statement 𝟏") }] },
} satisfies Prisma.EventCreateInput;

const said = (slug: string, words: string) =>
  ({
    slug,
    text: words,
    kind: "DIRECT_QUOTE",
    saidAt: posting.startsAt,
    timePrecision: "MINUTE",
    speaker: connect(ministry),
    event: connect(posting),
    excerpt: excerptOf(post, words),
    excerptStart: text.indexOf(words),
  }) satisfies Prisma.StatementCreateInput;

export const emojiPost = {
  sources: { post },
  actors: { ministry },
  events: { posting },
  statements: { peace: said("ministry-peace", "We stand with 🕊️ peace, 𝐧𝐨𝐰."), waiting: said("ministry-waiting", "no more 𝔀𝓪𝓲𝓽𝓲𝓷𝓰") },
} satisfies Scenario;
