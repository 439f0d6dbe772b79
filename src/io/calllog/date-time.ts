// A time of day alone: "9:30", "09:30:15", "9:30 PM", "14:05:00.250".
const TIME_OF_DAY = /^\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s?[AaPp]\.?[Mm]\.?)?$/;

/**
 * A date column and a time column as one timestamp. Either may already hold both (exports repeat the
 * date in their "Start time"): then that one is the timestamp.
 */
export function joinDateTime(date: string, time: string): string {
  const [d, t] = [date.trim(), time.trim()];
  if (t === '' || d.includes(':')) return d;
  if (!TIME_OF_DAY.test(t)) return d === '' ? t : /\d{4}|\d[-/.]\d/.test(t) ? t : `${d} ${t}`;
  return `${d} ${t}`;
}
