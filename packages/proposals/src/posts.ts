import type { Paragraph } from "./layout";
import type { TextSpan } from "./types";

/** A social-media post embedded in the text: its words, then a line "— Name (@handle) Month D, YYYY". */
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
const TRAILING_LINKS = /(?:\s+(?:pic\.twitter\.com\/\S+|https?:\/\/\S+|t\.co\/\S+))+\s*$/u;
const WRAPPING_MARKS = /^[“"«‘](.*)[”"»’]$/su;

export function findPosts(text: string, paragraphs: Paragraph[]): EmbeddedPost[] {
  const posts: EmbeddedPost[] = [];
  paragraphs.forEach((attribution, index) => {
    const match = ATTRIBUTION.exec(text.slice(attribution.start, attribution.end));
    const body = paragraphs[index - 1];
    if (!match || !body || posts.some((post) => post.attribution === body)) return;
    let words = text.slice(body.start, body.end).replace(TRAILING_LINKS, "");
    let start = body.start;
    const wrapped = WRAPPING_MARKS.exec(words);
    if (wrapped) {
      words = wrapped[1]!;
      start += 1;
    }
    const nameStart = attribution.start + match[0].indexOf(match[1]!);
    posts.push({
      body,
      attribution,
      excerpt: { start, end: start + words.trimEnd().length },
      displayName: match[1]!,
      handle: match[2]!,
      cue: { start: nameStart, end: attribution.start + match[0].length - 1 + 1 },
    });
  });
  return posts;
}
