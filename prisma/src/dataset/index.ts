export { exportDataset, formatDataset } from "./export-dataset";
export { checkDataset, importDataset, type ImportReport } from "./import-dataset";
export { type DatasetIssue, DatasetRejectedError, reportedIssuesCap } from "./issues";
export { findText } from "./locate";
export { readDatasetFile } from "./read-dataset-file";
export { readShippedDatasets, seed, type ShippedDataset, shippedDatasetsDir } from "./shipped";
export type { ImportProgress } from "./write-plan";
