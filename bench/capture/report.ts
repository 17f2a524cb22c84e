import { proposeStatements } from "@parley/proposals";
import type { Article } from "./articles";
import { missedTargets, percent, type Score } from "./score";

/** Every article's counts added up: the overall figures. */
export function overall(scores: Score[]): Score {
  const sum = (pick: (score: Score) => number) => scores.reduce((total, score) => total + pick(score), 0);
  const exact = sum((score) => score.direct.exact);
  const proposed = sum((score) => score.direct.proposed);
  const truth = sum((score) => score.direct.truth);
  const precision = exact / proposed;
  const recall = exact / truth;
  const matched = sum((score) => score.reported.matched);
  return {
    article: "overall",
    holdout: false,
    direct: { truth, proposed, exact, precision, recall, f1: (2 * precision * recall) / (precision + recall) },
    speakers: { checked: exact, correct: sum((score) => score.speakers.correct), accuracy: sum((score) => score.speakers.correct) / exact },
    reported: {
      truth: sum((score) => score.reported.truth),
      proposed: sum((score) => score.reported.proposed),
      matched,
      precision: matched / sum((score) => score.reported.proposed),
      recall: matched / sum((score) => score.reported.truth),
    },
    milliseconds: sum((score) => score.milliseconds),
    misses: [],
  };
}

/** The time to propose a text of at least `size` characters: the articles one after another, repeated. */
export function timeLongText(articles: Article[], size = 200_000): { characters: number; milliseconds: number; proposals: number } {
  const parts: string[] = [];
  for (let length = 0; length < size;) {
    for (const article of articles) {
      parts.push(article.text);
      length += article.text.length + 2;
    }
  }
  const text = parts.join("\n\n");
  const started = process.hrtime.bigint();
  const proposals = proposeStatements(text).length;
  return { characters: text.length, milliseconds: Number(process.hrtime.bigint() - started) / 1e6, proposals };
}

const row = (score: Score): string =>
  [
    score.article + (score.holdout ? " (held out)" : ""),
    `${score.direct.exact}/${score.direct.truth} of ${score.direct.proposed}`,
    percent(score.direct.precision),
    percent(score.direct.recall),
    percent(score.direct.f1),
    `${percent(score.speakers.accuracy)} (${score.speakers.correct}/${score.speakers.checked})`,
    `${percent(score.reported.recall)} (${score.reported.matched}/${score.reported.truth})`,
    `${percent(score.reported.precision)} (${score.reported.matched}/${score.reported.proposed})`,
    score.milliseconds.toFixed(1),
  ].join(" | ");

const HEADER = [
  "article",
  "direct quotes exact / truth of proposed",
  "direct P",
  "direct R",
  "direct F1",
  "speakers",
  "reported R",
  "reported P",
  "ms",
];

/** The report as Markdown: the table, the long text's time, and every miss. */
export function renderReport(scores: Score[], long: ReturnType<typeof timeLongText>): string {
  const lines = [
    "# Capture bench",
    "",
    "Written by `npm run bench:capture`; docs/capture.md says what each measure means.",
    "",
    `| ${HEADER.join(" | ")} |`,
    `| ${HEADER.map(() => "---").join(" | ")} |`,
    ...[...scores, overall(scores)].map((score) => `| ${row(score)} |`),
    "",
    `A text of ${long.characters.toLocaleString("en")} characters (the articles repeated): ${long.proposals} proposals in ${long.milliseconds.toFixed(0)} ms.`,
    "",
  ];
  for (const score of scores) {
    const missed = missedTargets(score);
    lines.push(
      `## ${score.article}${score.holdout ? " (held out)" : ""}`,
      "",
      missed.length === 0 ? "Every target met." : `Targets missed: ${missed.join("; ")}.`,
      "",
    );
    lines.push(...score.misses.map((miss) => `- ${miss}`), "");
  }
  return lines.join("\n");
}
