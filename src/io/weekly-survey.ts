import type { Problem } from '../errors.js';
import { resolveWeekLabels, type WeekResult } from '../domain/weeks.js';
import { isIsoWeek } from '../core/funnel.js';
import { findHeader, isHeaderRow, sameHeader, type HeaderMap } from './columns.js';
import type { Delimiter } from './dialect.js';
import { recordSource, type RecordPath, type SourceRecord } from './records.js';
import type { WeekUnderstanding } from './understanding.js';

/** What a first visit of a weekly table's records learns, and how to visit its data rows again. */
export interface TableSurvey {
  header: SourceRecord | undefined;
  /** The header found below titles, copies of it further down: said in reading order. */
  notices: string[];
  /** Header rows in another layout: the rows below them would land in the wrong columns. */
  otherLayout: Problem[];
  dataRows: number;
  /** By column index: true when some data row has a value there. */
  hasData: boolean[];
  /** A structural CSV problem that stopped reading; the records before it are read. */
  problem: Problem | undefined;
  /** How the records are read (said with --verbose). */
  path: RecordPath;
  /** Visits every data row again (below the header, neither blank nor a header), holding none. */
  visitData: (visit: (record: SourceRecord) => void) => void;
}

// A row of nothing but delimiters is blank whichever delimiter the file turned out to use.
const isBlank = (fields: readonly string[]) => fields.every((f) => /^[\s,;|]*$/.test(f));

/** How many records above the header may be titles ("Weekly report, team North"). */
const HEADER_LOOK_AHEAD = 10;

/** First visit: the header among the first filled records, header rows further down, columns with data. */
export function surveyTable(file: string, body: string, delimiter: Delimiter, map: HeaderMap): TableSurvey {
  const notices: string[] = [];
  const otherLayout: Problem[] = [];
  const hasData: boolean[] = [];
  const headerLines = new Set<number>();
  const head: SourceRecord[] = [];
  let header: SourceRecord | undefined;
  let dataRows = 0;

  const data = (r: SourceRecord) => {
    if (isHeaderRow(r.fields, map)) {
      headerLines.add(r.line);
      // Exports joined end to end repeat their header: a copy is skipped; a header in another layout
      // would put the rows below it in the wrong columns, so it stops the file.
      if (sameHeader(r.fields, header!.fields, map)) notices.push(`${file}:${r.line}: skipped a repeated header row (files joined together?)`);
      else otherLayout.push({ file, line: r.line, column: 1, message: `another header row, with its columns in another order than the header on line ${header!.line}`, hint: 'split the file at this line, or put the columns of both parts in the same order' });
      return;
    }
    dataRows++;
    r.fields.forEach((f, i) => {
      if (!hasData[i] && f.trim() !== '') hasData[i] = true;
    });
  };
  const settleHeader = () => {
    const at = findHeader(head.map((r) => r.fields), map, HEADER_LOOK_AHEAD);
    header = head[at];
    if (header && at > 0) notices.push(`${file}:${header.line}: the header is on line ${header.line}; skipped ${at === 1 ? 'the line' : `${at} lines`} above it`);
    for (const r of head.slice(at + 1)) data(r);
  };
  const records = recordSource(file, body, delimiter);
  const problem = records.visit((fields, line) => {
    if (isBlank(fields)) return;
    if (header) data({ line, fields });
    else {
      head.push({ line, fields });
      if (head.length === HEADER_LOOK_AHEAD) settleHeader();
    }
  });
  if (!header && head.length > 0) settleHeader();

  const headerLine = header?.line ?? Infinity;
  const visitData = (visit: (record: SourceRecord) => void) => {
    records.visit((fields, line) => {
      if (line > headerLine && !headerLines.has(line) && !isBlank(fields)) visit({ line, fields });
    });
  };
  return { header, notices, otherLayout, dataRows, hasData, problem, path: records.path, visitData };
}

/** The week column, resolved once per distinct label (and year): its day/month order is the column's. */
export interface WeekColumn {
  add: (label: string, year: string | undefined) => void;
  resolve: () => { notice?: string; understanding: WeekUnderstanding; of: (label: string, year: string | undefined) => WeekResult };
}

export function weekColumnReader(anchor: 'start' | 'end' | null, yearColumn: boolean): WeekColumn {
  // Length-prefixed, so no label and year, however hostile, spell another pair's key.
  const key = (label: string, year: string | undefined) => (year === undefined ? label.trim() : `${year.length}:${year}|${label.trim()}`);
  const order = new Map<string, number>();
  const labels: string[] = [];
  const years: (string | undefined)[] = [];
  return {
    add(label, year) {
      const k = key(label, year);
      if (order.has(k)) return;
      order.set(k, labels.length);
      labels.push(label);
      years.push(year);
    },
    resolve() {
      const weeks = resolveWeekLabels(labels, { anchor, ...(yearColumn ? { years } : {}) });
      const of = (label: string, year: string | undefined) => weeks.results[order.get(key(label, year))!]!;
      return { ...(weeks.notice ? { notice: weeks.notice } : {}), understanding: weekUnderstanding(labels, weeks.results, anchor, yearColumn), of };
    },
  };
}

/** The week column as read: its rule, a few labels and the weeks they became. */
function weekUnderstanding(labels: readonly string[], results: readonly WeekResult[], anchor: 'start' | 'end' | null, yearColumn: boolean): WeekUnderstanding {
  const weeks = results.flatMap((r, i) => (r.ok ? [{ label: labels[i]!.trim(), week: r.week }] : []));
  const iso = weeks.filter((w) => isIsoWeek(w.week));
  const sorted = iso.map((w) => w.week).sort();
  const examples: typeof weeks = [];
  const seen = new Set<string>();
  for (const w of weeks) {
    if (examples.length === 3) break;
    if (!seen.has(w.label)) examples.push(w);
    seen.add(w.label);
  }
  const rule = iso.length === 0 ? 'labels kept as written (no ISO week or date)'
    : yearColumn ? 'week number + year column'
      : iso.every((w) => w.label === w.week) ? 'ISO weeks'
        : anchor === 'start' ? 'week start dates: the ISO week that contains each date, a Sunday → the Monday after it'
          : anchor === 'end' ? 'week ending dates: the ISO week that contains each date'
            : 'the ISO week (Monday to Sunday) that contains each date or names each week';
  return { rule, examples, first: sorted[0] ?? null, last: sorted.at(-1) ?? null, count: new Set(weeks.map((w) => w.week)).size };
}
