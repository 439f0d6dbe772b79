/**
 * Dates written with words, as spreadsheets display them: month names ("2 Feb 2026", "Feb 2, 2026",
 * "2. Februar 2026", "2 mrt. 2026"), a weekday in front ("Monday, February 2, 2026") and ordinals ("2nd").
 */
import { unicodeRegExp } from './unicode-regexp.js';

// "2 Feb 2026", "2. Februar 2026", "2-feb-26", "Feb 2, 2026", "2 mrt. 2026".
const DAY_MONTH_NAME = unicodeRegExp(String.raw`^(\d{1,2})\.?[\s-]*(\p{L}+)\.?[\s,-]*(\d{4}|\d{2})$`, 'u');
const MONTH_NAME_DAY = unicodeRegExp(String.raw`^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})$`, 'u');
const MARKS = unicodeRegExp(String.raw`\p{M}`, 'gu');

/**
 * Month names and abbreviations in English, Dutch, German, French, Spanish and Italian, by their first
 * three letters (accents removed): no two languages give one prefix two months.
 */
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, ene: 1, gen: 1, feb: 2, fev: 2, mar: 3, maa: 3, mrt: 3, mrz: 3, apr: 4, avr: 4, abr: 4,
  may: 5, mai: 5, mei: 5, mag: 5, jun: 6, giu: 6, jul: 7, lug: 7, aug: 8, aou: 8, ago: 8,
  sep: 9, set: 9, oct: 10, okt: 10, ott: 10, nov: 11, dec: 12, dez: 12, dic: 12,
};
// French June and July share their first three letters ("juin", "juil."): four tell them apart.
const FOUR_LETTER_MONTHS: Readonly<Record<string, number>> = { juin: 6, juil: 7 };

function monthNumber(name: string): number | undefined {
  const key = name.normalize('NFKD').replace(MARKS(), '').toLowerCase();
  // Three letters, or a full name that starts like one ("September", "Oktober", "maart", "février").
  if (key.length < 3) return undefined;
  return FOUR_LETTER_MONTHS[key.slice(0, 4)] ?? (key.slice(0, 3) === 'jui' ? undefined : MONTHS[key.slice(0, 3)]);
}

/** A year as written: two digits are this century. */
export const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/**
 * What Excel's long date formats add around a date, which CSV exports write as displayed: a weekday
 * ("Monday, February 2, 2026", "Montag, 2. Februar 2026", "ma 02-02-2026") and English ordinals ("2nd").
 */
const WEEKDAY = new RegExp(String.raw`^(?:${[
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'ma', 'di', 'wo', 'do', 'vr', 'za', 'zo',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'mo', 'mi', 'fr', 'sa', 'so',
  // French, Spanish, Italian: full names, and only the abbreviations no month starts with ("mar" is March).
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'lun', 'mer', 'jeu', 'ven', 'sam', 'dim',
  'lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado', 'domingo', 'mié', 'mie', 'jue', 'vie', 'sáb', 'dom',
  'lunedì', 'lunedi', 'martedì', 'martedi', 'mercoledì', 'mercoledi', 'giovedì', 'giovedi', 'venerdì', 'venerdi', 'sabato', 'domenica', 'gio', 'sab',
].join('|')})\.?,?\s+`, 'i');

const ORDINAL_ENDS = ['st', 'nd', 'rd', 'th'];

/** The label without a weekday in front or ordinal suffixes, ready for the date patterns. */
export function dateText(label: string): string {
  // Every weekday starts with an ASCII letter, and without the u flag no other character matches one
  // case-insensitively: a label starting otherwise ("2026-W45", "02.02.2026") skips WEEKDAY, whose hundred
  // words cost a start half a millisecond to compile.
  const first = label.charCodeAt(0) | 0x20;
  const bare = first >= 0x61 && first <= 0x7a ? label.replace(WEEKDAY, '') : label;
  return ORDINAL_ENDS.some((end) => bare.includes(end)) ? bare.replace(/(\d)(?:st|nd|rd|th)\b/g, '$1') : bare;
}

/** A date with its month named, or undefined. */
export function namedMonthDate(label: string): { year: number; month: number; day: number } | undefined {
  const a = DAY_MONTH_NAME().exec(label);
  const b = a ? null : MONTH_NAME_DAY().exec(label);
  const [day, name, year] = a ? [a[1], a[2], a[3]] : b ? [b[2], b[1], b[3]] : [];
  const month = monthNumber(name ?? '');
  return month === undefined || !day || !year ? undefined : { year: fullYear(year), month, day: Number(day) };
}
