import type { Paragraph } from "./layout";
import type { TextSpan } from "./types";

/**
 * A social-media post embedded in the text: its words, then a line "— Name (@handle) Month D, YYYY", or both on
 * one line after the words' closing mark.
 */
export interface EmbeddedPost {
  body: Paragraph;
  attribution: Paragraph;
  /** The post's words, without a trailing link or picture address. */
  excerpt: TextSpan;
  displayName: string;
  handle: string;
  /** The name and handle in the attribution line. */
  cue: TextSpan;
}

const ATTRIBUTION = /^[—–-]\s*(.+?)\s*\((@\w{1,30})\)/u;
// The post's words and its attribution on one line: “…” — Name (@handle) date.
const INLINE_ATTRIBUTION = /^([“"«‘].*[”"»’])\s*[—–-]\s*((.+?)\s*\((@\w{1,30})\))/su;
const TRAILING_LINKS = /(?:\s+(?:pic\.twitter\.com\/\S+|https?:\/\/\S+|t\.co\/\S+))+\s*$/u;
const WRAPPING_MARKS = /^[“"«‘](.*)[”"»’]$/su;

/** The post's words in `[start, end)`, without the marks around them or a trailing link. */
function postWords(text: string, start: number, end: number): TextSpan {
  let words = text.slice(start, end).replace(TRAILING_LINKS, "");
  const wrapped = WRAPPING_MARKS.exec(words);
  if (wrapped) {
    words = wrapped[1]!.replace(TRAILING_LINKS, "");
    start += 1;
  }
  return { start, end: start + words.trimEnd().length };
}

export function findPosts(text: string, paragraphs: Paragraph[]): EmbeddedPost[] {
  const posts: EmbeddedPost[] = [];
  paragraphs.forEach((attribution, index) => {
    const line = text.slice(attribution.start, attribution.end);
    const inline = INLINE_ATTRIBUTION.exec(line);
    if (inline) {
      const cueStart = attribution.start + line.indexOf(inline[2]!, inline[1]!.length);
      posts.push({
        body: attribution,
        attribution,
        excerpt: postWords(text, attribution.start, attribution.start + inline[1]!.length),
        displayName: inline[3]!,
        handle: inline[4]!,
        cue: { start: cueStart, end: cueStart + inline[2]!.length },
      });
      return;
    }
    const match = ATTRIBUTION.exec(line);
    const body = paragraphs[index - 1];
    if (!match || !body || posts.some((post) => post.attribution === body)) return;
    const nameStart = attribution.start + match[0].indexOf(match[1]!);
    posts.push({
      body,
      attribution,
      excerpt: postWords(text, body.start, body.end),
      displayName: match[1]!,
      handle: match[2]!,
      cue: { start: nameStart, end: attribution.start + match[0].length },
    });
  });
  return posts;
}
