// @parley/proposals: reads an article's text and proposes the statements it reports. See README.md.
export type { KnownActor, ProposedKind, StatementProposal, TextSpan } from "./types";
export { proposeStatements } from "./propose";
export { matchSpeaker, speakerLookupKeys } from "./match";
