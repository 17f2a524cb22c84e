import { Parser } from "htmlparser2";

// Elements whose content is never text a reader sees: dropped whole, never run.
const HIDDEN = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "head",
  "svg",
  "math",
  "iframe",
  "object",
  "canvas",
  "select",
  "button",
]);

// Elements that stand as blocks of their own: each begins and ends a paragraph.
const BLOCKS = new Set([
  ...["address", "article", "aside", "blockquote", "body", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure"],
  ...["footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section"],
  ...["summary", "table", "tbody", "td", "th", "thead", "tr", "ul"],
]);

export interface HtmlText {
  /** The page's text: paragraphs apart by a blank line, a `<br>` a line break, runs of spaces one. */
  text: string;
  /** The page's `<title>`, if it has one. */
  title: string | null;
}

const tidy = (line: string) => line.replace(/\s+/g, " ").trim();

/**
 * Reduces an HTML page to its text, as a reader sees it: with htmlparser2, which parses and never
 * runs anything; scripts, styles and other hidden content dropped; entities decoded; no markup left.
 */
export function htmlToText(html: string): HtmlText {
  const paragraphs: string[] = [];
  let lines: string[] = [""];
  let hiddenDepth = 0;
  let title: string | null = null;
  let inTitle = false;

  const endParagraph = () => {
    const paragraph = lines.map(tidy).filter(Boolean).join("\n");
    if (paragraph) paragraphs.push(paragraph);
    lines = [""];
  };

  const parser = new Parser(
    {
      onopentagname(name) {
        if (name === "title") inTitle = true;
        if (HIDDEN.has(name)) hiddenDepth++;
        else if (hiddenDepth === 0 && BLOCKS.has(name)) endParagraph();
        else if (hiddenDepth === 0 && name === "br") lines.push("");
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
        if (HIDDEN.has(name)) hiddenDepth = Math.max(0, hiddenDepth - 1);
        else if (hiddenDepth === 0 && BLOCKS.has(name)) endParagraph();
      },
      ontext(text) {
        if (inTitle) title = tidy(`${title ?? ""}${text}`) || null;
        else if (hiddenDepth === 0) lines[lines.length - 1] += text;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  endParagraph();
  return { text: paragraphs.join("\n\n"), title };
}
