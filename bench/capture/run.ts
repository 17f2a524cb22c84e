// npm run bench:capture: scores @parley/proposals on every article, prints the table, writes
// bench/reports/capture.md, and exits non-zero when an article misses a target.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { benchRoot, loadArticles } from "./articles";
import { renderReport, timeLongText } from "./report";
import { missedTargets, scoreArticle } from "./score";

const articles = loadArticles();
const scores = articles.map(scoreArticle);
const long = timeLongText(articles);
const report = renderReport(scores, long);
const reports = join(benchRoot, "reports");
mkdirSync(reports, { recursive: true });
writeFileSync(join(reports, "capture.md"), report);

const table = report.split("\n").filter((line) => line.startsWith("|") || line.startsWith("A text of"));
console.log(table.join("\n"));
const failures = scores.flatMap((score) => missedTargets(score).map((missed) => `${score.article}: ${missed}`));
if (failures.length > 0) {
  console.error(`\nTargets missed:\n${failures.join("\n")}\n(details in bench/reports/capture.md)`);
  process.exitCode = 1;
} else console.log("\nEvery article meets every target (details in bench/reports/capture.md).");
