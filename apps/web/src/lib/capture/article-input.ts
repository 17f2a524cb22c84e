import { htmlToText } from "./html-text";

/** The article's fields as the capture form sends them, echoed back when the form must be shown again. */
export interface ArticleFields {
  text: string;
  title: string;
  publisher: string;
  url: string;
  publishedOn: string;
  language: string;
  kind: string;
}

export const blankArticle: ArticleFields = {
  text: "",
  title: "",
  publisher: "",
  url: "",
  publishedOn: "",
  language: "en",
  kind: "ARTICLE",
};

const field = (form: FormData, name: keyof ArticleFields) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

/**
 * The form's fields as typed; the text as pasted. A browser sends a text field's line breaks as
 * CR LF whatever they were (HTML's form encoding), while its text field held them as LF: that is
 * undone, so the text is what was pasted. A .txt file's line ends are kept as they are.
 */
export function readArticleFields(form: FormData): ArticleFields {
  return {
    text: field(form, "text").replace(/\r\n/g, "\n"),
    title: field(form, "title").trim(),
    publisher: field(form, "publisher").trim(),
    url: field(form, "url").trim(),
    publishedOn: field(form, "publishedOn").trim(),
    language: field(form, "language").trim(),
    kind: field(form, "kind"),
  };
}

const isHtml = (name: string, type: string) => /\.html?$/i.test(name) || type === "text/html";
const isPlainText = (name: string, type: string) => /\.txt$/i.test(name) || type === "text/plain";

/**
 * The article's text from a chosen or dropped file: a .txt file as it is (less a byte-order mark,
 * which is no part of the text), an .html file reduced to its text on this server. Null when no
 * file was chosen; a message when the file is of another kind.
 */
export async function textFromFile(file: FormDataEntryValue | null): Promise<{ text: string; title: string | null } | string | null> {
  // An empty file field arrives as an empty file (through scripts, as one without even a name).
  if (!(file instanceof Blob) || file.size === 0) return null;
  const name = file instanceof File ? (file.name ?? "") : "";
  if (!isHtml(name, file.type) && !isPlainText(name, file.type))
    return `“${name}” is neither a .txt nor an .html file: choose one of those, or paste the text.`;
  const content = (await file.text()).replace(/^\uFEFF/, "");
  return isHtml(name, file.type) ? htmlToText(content) : { text: content, title: null };
}
