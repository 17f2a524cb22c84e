/** One thing wrong with a dataset file: where (`statements[12].excerpt`) and what. */
export interface DatasetIssue {
  path: string;
  message: string;
}

/** How many issues a refusal lists: past that, a file is wrong throughout and the count says how much. */
export const reportedIssuesCap = 100;

const describe = (issue: DatasetIssue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message);

/** A dataset refused before anything was written (or with everything written rolled back), with every issue found. */
export class DatasetRejectedError extends Error {
  override name = "DatasetRejectedError";

  constructor(readonly issues: readonly DatasetIssue[]) {
    const shown = issues.slice(0, reportedIssuesCap).map(describe);
    const more = issues.length - shown.length;
    super(
      [
        `The dataset was refused (${issues.length} ${issues.length === 1 ? "issue" : "issues"}); nothing was written:`,
        ...shown.map((line) => `  ${line}`),
        ...(more > 0 ? [`  … and ${more} more`] : []),
      ].join("\n"),
    );
  }
}

/** Collects issues while a dataset is checked, so that one run reports them all. */
export class IssueList {
  readonly issues: DatasetIssue[] = [];

  add(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  /** Throws a DatasetRejectedError when any issue was found. */
  throwIfAny(): void {
    if (this.issues.length > 0) throw new DatasetRejectedError(this.issues);
  }
}
