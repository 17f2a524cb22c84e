import path from "node:path";

/**
 * This package's folder (`prisma/`), whether this code runs built, from
 * `dist/src/`, or from `src/` (in jest): the migrations, the schema and the
 * datasets' texts are found from here.
 */
export const packageRoot = path.resolve(__dirname, path.basename(path.dirname(__dirname)) === "dist" ? "../.." : "..");
