// The domain's enums, in one list. Those the database stores are the Prisma
// schema's own, as its client generates them; the API adds those only a
// draft's review (JSON) holds. Services filter by them; graphql/enums.ts
// publishes them all, and the schema drift test shows when that changes the
// published schema.

export * from "@parley/db/enums";

type ValueOf<T> = T[keyof T];

/** Where a draft's statement came from: the proposals the API made from the text, or the reviewer. */
export const DraftStatementOrigin = { PROPOSED: "PROPOSED", ADDED: "ADDED" } as const;
export type DraftStatementOrigin = ValueOf<typeof DraftStatementOrigin>;

export const DraftDecision = { PENDING: "PENDING", ACCEPTED: "ACCEPTED", REJECTED: "REJECTED" } as const;
export type DraftDecision = ValueOf<typeof DraftDecision>;
