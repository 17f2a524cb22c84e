// graphql-js reads NODE_ENV when it loads and, unless it is "production", runs
// development-only checks on every value it resolves (3-4% of a day's CPU).
// The API's own default is production (env.ts): make the libraries agree.
// Imported first by index.ts, before anything loads graphql.
process.env.NODE_ENV ??= "production";
