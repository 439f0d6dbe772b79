/**
 * Week labels built from a week word and a number, in the languages we read: "2026 week 5", "Week 5 2026",
 * "Wk 5", "S06", "Semana 5", "Sett. 12", "KW 5". Read token by token (no backtracking pattern sees the cell).
 */

/** Words that say "week" before or after its number. */
const WEEK_WORDS: ReadonlySet<string> = new Set([
  'w', 'wk', 'wks', 'week', 'weeknr', 'weeknummer', 'kw', 'woche', 'wo', 'kalenderwoche', 's', 'sem', 'semaine', 'semana', 'settimana', 'sett',
]);
/** Words that may stand between the week word and its number ("Week nr. 5", "Semaine n° 5"). */
const FILLERS: ReadonlySet<string> = new Set(['nr', 'no', 'n', 'num', 'number', 'of', 'de', 'del']);

const LETTERS = /^[a-z]+$/;
const DIGITS = /^\d+$/;

/** Letters and digit runs, lower case; everything else separates ("S06" → s, 06). */
function tokens(label: string): string[] {
  const out: string[] = [];
  let current = '';
  let kind = '';
  for (const ch of label.toLowerCase()) {
    const k = ch >= '0' && ch <= '9' ? 'd' : ch >= 'a' && ch <= 'z' ? 'l' : '';
    if (k !== kind || k === '') {
      if (current !== '') out.push(current);
      current = '';
    }
    kind = k;
    if (k !== '') current += ch;
  }
  if (current !== '') out.push(current);
  return out;
}

/** A week number (1–53) with its year when the label gives one; undefined when the label is no such week. */
export function weekNumberLabel(label: string): { week: number; year: number | null } | undefined {
  if (label.length > 40) return undefined;
  const parts = tokens(label);
  let week: number | undefined;
  let year: number | null = null;
  let named = false;
  for (const [i, t] of parts.entries()) {
    if (LETTERS.test(t)) {
      if (WEEK_WORDS.has(t) && !named) named = true;
      else if (!FILLERS.has(t) || !named) return undefined;
    } else if (DIGITS.test(t)) {
      if (t.length === 4 && year === null) year = Number(t);
      // A week's number follows the week word ("Wk 5", "S06", "2026 week 5"), or comes first before it ("5. Woche").
      else if (t.length <= 2 && week === undefined && (named || parts[i + 1] !== undefined)) week = Number(t);
      else return undefined;
    } else return undefined;
  }
  return named && week !== undefined && week >= 1 && week <= 53 ? { week, year } : undefined;
}

/** A bare week number ("5", "05") as a week-number column beside a year column writes it. */
export function bareWeekNumber(label: string): number | undefined {
  if (!/^\d{1,2}$/.test(label)) return undefined;
  const n = Number(label);
  return n >= 1 && n <= 53 ? n : undefined;
}
