import type { PrismaClient, Topic as TopicRow } from "@parley/db";

export function findTopicBySlug(db: PrismaClient, slug: string): Promise<TopicRow | null> {
  return db.topic.findUnique({ where: { slug } });
}
