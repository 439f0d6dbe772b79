import { InputError, type Problem } from '../errors.js';
import { FIELD_ALIASES, fieldForHeader } from '../domain/fields.js';
import { words } from '../domain/words.js';
import { decode } from './decode.js';
import { detectDialect, normaliseLineEnds } from './dialect.js';
import { detectDecimalMark, parseNumber } from './numbers.js';
import type { Io } from './process-io.js';
import { readInput } from './read-input.js';
import { readRecords } from './records.js';

/**
 * The per-rep targets of `funnel plan --by rep --targets FILE`: a small CSV with a rep column and a
 * meetings-per-week column, e.g. "rep,meetings_per_week" (any delimiter, decimal comma, the rep
 * headers `report` knows; the target header needs a meetings word and a week word).
 */

const HINT = 'write the targets as CSV with a header "rep,meetings_per_week" and one line per rep, e.g. "Anna,8"';

const MEETING_WORDS = new Set(FIELD_ALIASES.meetings.flatMap((a) => words(a)).filter((w) => !['booked', 'set', 'scheduled', 'gemaakt', 'vereinbart'].includes(w)).concat(['meeting', 'appointment', 'afspraak', 'termin']));
const WEEK_WORDS = new Set(['week', 'weeks', 'weekly', 'wk', 'woche', 'wochentlich', 'semaine', 'semana', 'settimana']);

function isTargetHeader(header: string): boolean {
  const w = words(header);
  return w.some((x) => MEETING_WORDS.has(x)) && w.some((x) => WEEK_WORDS.has(x));
}

/** Parses a targets file's text; every problem names the file, line and column. */
export function parseTargets(file: string, text: string): Map<string, number> {
  const dialect = detectDialect(normaliseLineEnds(text));
  const { records, problem } = readRecords(file, dialect.text, dialect.delimiter);
  if (problem) throw new InputError([{ ...problem, hint: problem.hint ?? HINT }]);
  const rows = records.filter((r) => r.fields.some((f) => f !== ''));
  const head = rows[0];
  if (head === undefined) throw new InputError([{ file, message: 'the targets file is empty', hint: HINT }]);
  const repCol = head.fields.findIndex((h) => fieldForHeader(h) === 'rep');
  const targetCol = head.fields.findIndex(isTargetHeader);
  if (repCol < 0 || targetCol < 0) {
    const missing = repCol < 0 ? 'rep column' : 'meetings-per-week column';
    throw new InputError([{ file, line: head.line, message: `no ${missing} among the headers ${head.fields.map((h) => JSON.stringify(h)).join(', ')}`, hint: HINT }]);
  }
  const mark = detectDecimalMark(rows.slice(1).map((r) => r.fields[targetCol] ?? ''), dialect.delimiter);
  const targets = new Map<string, number>();
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  for (const r of rows.slice(1)) {
    const rep = (r.fields[repCol] ?? '').trim();
    const raw = r.fields[targetCol] ?? '';
    const at = { file, line: r.line };
    if (rep === '') {
      problems.push({ ...at, column: repCol + 1, field: 'rep', message: 'is empty', hint: 'name the rep as in the history' });
      continue;
    }
    const key = rep.toLowerCase();
    const before = seen.get(key);
    if (before !== undefined) {
      problems.push({ ...at, column: repCol + 1, field: 'rep', message: `"${rep}" has a target on line ${before} already`, hint: 'give each rep one line' });
      continue;
    }
    seen.set(key, r.line);
    const n = parseNumber(raw, mark);
    if (!n.ok || !(n.value > 0)) {
      problems.push({ ...at, column: targetCol + 1, field: 'meetings_per_week', message: `must be a number above 0, got "${raw}"`, hint: 'e.g. 8 or 7.5' });
      continue;
    }
    targets.set(rep, n.value);
  }
  if (problems.length) throw new InputError(problems);
  if (targets.size === 0) throw new InputError([{ file, message: 'the targets file has a header but no reps', hint: HINT }]);
  return targets;
}

export async function readTargets(path: string, io: Io): Promise<Map<string, number>> {
  const input = await readInput(path, io, 1024 * 1024);
  const decoded = decode(input.name, input.bytes);
  if (!decoded.ok) throw new InputError([decoded.problem]);
  return parseTargets(input.name, decoded.text);
}
