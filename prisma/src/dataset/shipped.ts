import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { DatasetFile } from "@parley/schema";
import type { PrismaClient } from "../../generated/client/client";
import { packageRoot } from "../package-root";
import { importDataset } from "./import-dataset";

/** Where the datasets Parley ships with live: prisma/data/datasets, one dataset file each. */
export const shippedDatasetsDir = path.join(packageRoot, "data", "datasets");

export interface ShippedDataset {
  /** The file's name, as the seed reports it. */
  name: string;
  dataset: DatasetFile;
}

/** Every shipped dataset, in file-name order. They are read as they are: importing them is what checks them. */
export function readShippedDatasets(): ShippedDataset[] {
  return readdirSync(shippedDatasetsDir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => ({ name, dataset: JSON.parse(readFileSync(path.join(shippedDatasetsDir, name), "utf8")) as DatasetFile }));
}

/** Seeds every shipped dataset, each imported as any dataset file is; seeding again changes nothing. */
export async function seed(prisma: PrismaClient): Promise<void> {
  for (const { dataset } of readShippedDatasets()) await importDataset(prisma, dataset);
}
