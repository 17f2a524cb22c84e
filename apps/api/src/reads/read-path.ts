/** Says which path answered a request: "compiled", or "resolvers" and the first selection that does not compile. */
export const READ_PATH_HEADER = "x-read-path";
