import type { PrismaClient } from "../../generated/client/client";
import { kerryLavrovLondon } from "./kerry-lavrov-london";
import { seedDataset } from "./seed-dataset";

export type { Dataset } from "./dataset";
export { dataDir, seedDataset, SourceTextChangedError } from "./seed-dataset";

/** Every dataset Parley ships with. */
export const datasets = [kerryLavrovLondon];

/** Seeds every shipped dataset; seeding again changes nothing. */
export async function seed(prisma: PrismaClient): Promise<void> {
  for (const dataset of datasets) await seedDataset(prisma, dataset);
}
