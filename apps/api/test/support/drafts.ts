import type { GraphQLResponse, TestServer } from "./test-server";
import { mutate } from "./writes";

/** What the draft tests read of a draft. */
export const draftFields = `id version status createdBy updatedBy title text
  counts { proposed added accepted rejected pending }
  statements { key origin decision kind excerpt { start end } text speaker { slug } newSpeaker speakerName
    event { slug } newEvent topics { slug } stances { topic { slug } position } continues confidence cue { start end } }
  actors { key name kind names }
  events { key title kind day time timePrecision timeZone place status participants { actor { slug } newActor role } }
  source { slug }`;

export interface DraftStatementView {
  key: string;
  origin: string;
  decision: string;
  kind: string;
  excerpt: { start: number; end: number };
  text: string;
  speaker: { slug: string } | null;
  newSpeaker: string | null;
  speakerName: string | null;
  event: { slug: string } | null;
  newEvent: string | null;
  continues: string | null;
}

export interface DraftView {
  id: string;
  version: number;
  status: string;
  createdBy: string;
  updatedBy: string;
  title: string;
  text: string;
  counts: Record<"proposed" | "added" | "accepted" | "rejected" | "pending", number>;
  statements: DraftStatementView[];
  actors: { key: string; name: string; kind: string; names: string[] }[];
  events: { key: string; title: string; day: string; timeZone: string; place: string | null; timePrecision: string }[];
  source: { slug: string } | null;
}

type Api = Pick<TestServer, "graphql">;

export async function createDraft(api: Api, bearer: string | undefined, input: Record<string, unknown>) {
  return mutate<{ createDraft: { draft: DraftView } }>(api, bearer, "createDraft", input, `draft { ${draftFields} }`);
}

export function updateDraft(api: Api, bearer: string | undefined, input: Record<string, unknown>) {
  return mutate<{ updateDraft: { draft: DraftView } }>(api, bearer, "updateDraft", input, `draft { ${draftFields} }`);
}

export function publishDraft(api: Api, bearer: string | undefined, input: { id: string; version: number }) {
  return mutate<{ publishDraft: { draft: DraftView; source: { slug: string; title: string } } }>(
    api,
    bearer,
    "publishDraft",
    input,
    `draft { ${draftFields} } source { slug title }`,
  );
}

export async function readDraft(api: Api, bearer: string, id: string): Promise<DraftView> {
  const response: GraphQLResponse<{ draft: DraftView }> = await api.graphql(
    `query ($id: ID!) { draft(id: $id) { ${draftFields} } }`,
    { id },
    bearer,
  );
  if (!response.data?.draft) throw new Error(`No draft ${id}: ${JSON.stringify(response.errors)}`);
  return response.data.draft;
}

/** The statement of a draft with these words, which must be there. */
export function statementWith(draft: DraftView, words: string): DraftStatementView {
  const found = draft.statements.find((statement) => statement.text.includes(words));
  if (!found) throw new Error(`No statement of the draft says "${words}": ${draft.statements.map((each) => each.text).join(" | ")}`);
  return found;
}
