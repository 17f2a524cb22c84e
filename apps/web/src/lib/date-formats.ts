/**
 * One Intl.DateTimeFormat per locale and options, made once: making one costs about as much as
 * formatting hundreds of dates, and a long list (the range view's rows, re-rendered as it scrolls)
 * formats a date per row.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}
