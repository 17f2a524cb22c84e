export { type SynthConnection, type SynthTarget, pgliteTarget, postgresTarget } from "./connection";
export {
  busyDay,
  busyDayFingerprint,
  synthesize,
  synthScale,
  SynthDataPresentError,
  type SynthOptions,
  type SynthReport,
  type SynthScale,
} from "./synthesize";
export * as synthVocabulary from "./vocabulary";
