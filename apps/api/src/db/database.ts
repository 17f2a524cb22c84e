// The database is @parley/db's (openDatabase there is the one place that knows
// which adapter is in use); this names its type for the API's modules.
export type { Database } from "@parley/db";
