/** Whether `text` (YYYY-MM-DD) names a day of the calendar: 2014-02-30 does not. */
export function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** An ISO 8601 instant with its offset, as UTC (`2014-03-14T00:00:00.000Z`), or null when it names no instant. */
export function utcInstant(text: string): string | null {
  const millis = Date.parse(text);
  return isCalendarDate(text.slice(0, 10)) && !Number.isNaN(millis) ? new Date(millis).toISOString() : null;
}

/** Whether `name` is an IANA time zone ("Europe/London", "UTC"), as the runtime's time zone database knows them; offsets are not. */
export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z]/.test(name)) return false;
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
