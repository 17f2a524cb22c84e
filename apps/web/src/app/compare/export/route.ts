import type { StatementCardFragment } from "@parley/schema";
import type { NextRequest } from "next/server";
import { readCompareParams } from "../../../lib/compare-params";
import { collectStatements } from "../../../lib/export/collect";
import { respondWithExport } from "../../../lib/export/respond";
import { MOST_EXPORTED, truncationNote } from "../../../lib/export/view-export";
import { type Choice, pickActor, pickedChoice, pickTopic } from "../../../lib/pick";
import { plainText } from "../../../lib/plain-text";

/** The compared actors' statements on the topic, actor after actor, as a file: /compare/export?actors=a,b&topic=t&format=…. */
export async function GET(request: NextRequest) {
  const { actors, topic } = readCompareParams({
    actors: request.nextUrl.searchParams.getAll("actors"),
    topic: request.nextUrl.searchParams.get("topic") ?? "",
  });
  if (actors.length < 2) return plainText(400, "Nothing to compare: name two or more actors (actors=slug,slug).");
  return respondWithExport(
    request,
    async (client) => {
      const [onTopic, ...picked] = await Promise.all([pickTopic(client, topic), ...actors.map((text) => pickActor(client, text))]);
      const speakers = picked.map(pickedChoice).filter((speaker): speaker is Choice => speaker !== null);
      const subject = pickedChoice(onTopic);
      if ((topic && !subject) || speakers.length < actors.length) return null;
      const statements: StatementCardFragment[] = [];
      let total = 0;
      // One budget for the whole comparison, spent actor by actor in the order the address gives.
      for (const speaker of speakers) {
        const { nodes, totalCount } = await collectStatements(
          client,
          { speaker: speaker.slug, ...(subject && { topic: subject.slug }) },
          MOST_EXPORTED - statements.length,
        );
        statements.push(...nodes);
        total += totalCount;
      }
      const names = speakers.map((speaker) => speaker.name).join(", ");
      return {
        fileName: `compare-${speakers.map((speaker) => speaker.slug).join("-")}${subject ? `-on-${subject.slug}` : ""}`,
        title: subject ? `${names} on ${subject.name}` : names,
        records: { kind: "statements", statements },
        truncation: truncationNote(statements.length, total, "statements"),
      };
    },
    `Not each of “${actors.join("”, “")}” fits one recorded actor${topic ? `, or “${topic}” one recorded topic` : ""}.`,
  );
}
