import { parse } from 'csv-parse/sync';
import { InputError, type Problem } from '../errors.js';
import type { ActivityRow, Counts } from '../core/types.js';
import { REQUIRED_FIELDS, fieldForHeader, isSummaryLabel, type Field } from '../domain/fields.js';

export interface TableOptions {
  /** Extra header → field mappings from --map. */
  map?: Readonly<Record<string, Field>>;
}

export interface ParsedTable {
  rows: ActivityRow[];
  warnings: string[];
}

function detectDelimiter(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length - 1] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]![0];
}

function parseCount(raw: string): number | null {
  const v = raw.trim();
  if (v === '') return null;
  return /^\d+$/.test(v) ? Number(v) : NaN;
}

/** First cut: UTF-8, header row, simple delimiters. To be hardened for real exports. */
export function parseWeeklyTable(name: string, text: string, options: TableOptions = {}): ParsedTable {
  const body = text.replace(/^\uFEFF/, '');
  const records = parse(body, { delimiter: detectDelimiter(body), skip_empty_lines: true, trim: true }) as string[][];
  const [header, ...data] = records;
  if (!header) throw new InputError([{ file: name, message: 'the file is empty', hint: 'export the table with a header row' }]);
  const columns = header.map((h) => options.map?.[h] ?? fieldForHeader(h));
  const missing = REQUIRED_FIELDS.filter((f) => !columns.includes(f));
  if (missing.length) {
    throw new InputError([{ file: name, line: 1, message: `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`, hint: `headers found: ${header.join(', ')}` }]);
  }
  const problems: Problem[] = [];
  const rows: ActivityRow[] = [];
  data.forEach((record, i) => {
    const line = i + 2;
    const get = (f: Field) => {
      const idx = columns.indexOf(f);
      return idx < 0 ? undefined : (record[idx] ?? '');
    };
    const week = get('week') ?? '';
    if (isSummaryLabel(week)) return;
    const num = (f: Field): number | null => {
      const raw = get(f);
      if (raw === undefined) return null;
      const n = parseCount(raw);
      if (Number.isNaN(n)) problems.push({ file: name, line, column: columns.indexOf(f) + 1, field: f, message: `"${raw}" is not a whole number`, hint: 'use a count such as 12' });
      return n;
    };
    const short = num('callbacks_short');
    const long = num('callbacks_long');
    const counts: Counts = {
      dials: num('dials') ?? 0,
      reached: num('reached') ?? 0,
      meetings: num('meetings') ?? 0,
      callbacks_short: short,
      callbacks_long: long,
      callbacks: num('callbacks') ?? (short !== null && long !== null ? short + long : null),
      hours: num('hours'),
    };
    const rep = get('rep');
    rows.push({ week, rep: rep === undefined || rep === '' ? null : rep, counts, origin: { file: name, line } });
  });
  if (problems.length) throw new InputError(problems);
  return { rows, warnings: [] };
}
