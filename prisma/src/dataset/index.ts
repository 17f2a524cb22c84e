export { exportDataset, formatDataset } from "./export-dataset";
export { checkDataset, importDataset, type ImportReport, readDatasetFile } from "./import-dataset";
export { type DatasetIssue, DatasetRejectedError, reportedIssuesCap } from "./issues";
export { findText } from "./locate";
export { readShippedDatasets, seed, type ShippedDataset, shippedDatasetsDir } from "./shipped";
export type { ImportProgress } from "./write-plan";
