import type { PrismaClient, Topic } from "@parley/db";
import { checkNotBlank, checkSlug } from "./checks";
import { writeTransaction } from "./transaction";

export function createTopic(
  db: PrismaClient,
  writer: string,
  input: { slug: string; name: string; description?: string | null },
): Promise<Topic> {
  return writeTransaction(db, writer, async (tx) => {
    checkSlug(input.slug);
    checkNotBlank(input.name, "name");
    return tx.topic.create({ data: input });
  });
}
