import path from "node:path";

/** The repository's root: where README.md, turbo.json and `npm start` are. */
export const repositoryRoot = path.resolve(__dirname, "..", "..");
