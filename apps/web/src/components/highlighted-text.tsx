import { segmentText } from "../lib/text-segments";

/** A half-open span [start, end) of the text, as the API's `highlights` gives it. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A text with the spans a search matched marked, so the reader sees why it was found. */
export function HighlightedText({ text, spans }: { text: string; spans: TextSpan[] }) {
  if (spans.length === 0) return <>{text}</>;
  const segments = segmentText(
    text,
    spans.map((span) => ({ ...span, item: span })),
  );
  return (
    <>
      {segments.map((segment, index) =>
        segment.covering.length > 0 ? (
          <mark key={index} className="match">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
