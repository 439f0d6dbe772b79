/**
 * Reading one file in parts (one per CPU): where to cut it, and how a part's counts travel back and are
 * merged in file order, so the result is the same as reading it in one go (same counts, same rep order,
 * same line numbers in messages).
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { InputError, MAX_LISTED_PROBLEMS, type Problem } from '../../errors.js';
import type { Stage } from '../../domain/outcomes.js';
import type { Direction } from '../../domain/directions.js';
import { CELL_WIDTH, CallLogAggregate, type DateEvidence } from './aggregate.js';
import type { CallLogLayout } from './columns.js';
import { FastPathBail, FastScanner } from './fast-scan.js';
import { NO_PROGRESS } from './progress.js';
import { lineStartAfter, scanRange } from './scan-file.js';
import type { Encoding } from '../decode.js';
import type { Sniffed } from './sniff.js';
import type { SlashOrder } from './timestamp.js';
import { ZoneOffsets } from './zone.js';
import { appendAll } from '../../core/arrays.js';

/** What a part needs to be read anywhere (plain data: it crosses a worker boundary). */
export interface PartJob {
  file: string;
  path: string;
  from: number;
  to: number;
  sniffed: Sniffed;
  layout: CallLogLayout;
  zone: string;
  overrides: [string, Stage][];
  directionOverrides: [string, Direction][];
  decimalComma: boolean;
  monthFirst: boolean;
}

export type PartReply =
  | { kind: 'done'; part: PartResult }
  | { kind: 'bail' }
  /** Bytes that are not UTF-8 at this line of the part. */
  | { kind: 'not-utf8'; line: number };

/** Reads one part with the byte scanner: the body of a worker thread. */
export function readPart(job: PartJob): PartReply {
  const agg = new CallLogAggregate(job.file, job.sniffed.header, job.layout, {
    zone: new ZoneOffsets(job.zone), overrides: new Map(job.overrides), directionOverrides: new Map(job.directionOverrides),
    decimalComma: job.decimalComma, monthFirst: job.monthFirst,
  });
  const scanner = new FastScanner(agg, job.sniffed.delimiter.charCodeAt(0));
  try {
    scanRange(job.path, job.from, job.to, scanner, NO_PROGRESS, 1, undefined, job.sniffed.encoding);
    return { kind: 'done', part: exportPart(agg, scanner.line - 1) };
  } catch (err) {
    if (err instanceof FastPathBail) return { kind: 'bail' };
    if (err instanceof InputError) return { kind: 'not-utf8', line: scanner.line }; // the only input error a scan raises
    throw err;
  }
}

/** A part's result, plain data so it can cross a worker boundary. Lines are relative to the part. */
export interface PartResult {
  lines: number;
  reps: (string | null)[];
  outcomes: string[];
  outcomes2: string[];
  outcomeCount: number[];
  directions: string[];
  directionCount: number[];
  weeks: string[];
  /** Per cell: week id, rep id, first line, then CELL_WIDTH values. */
  cells: number[];
  inbound: number;
  talkSample: number[];
  badRows: number;
  problemCount: number;
  problems: Problem[];
  dates: DateEvidence;
  repeatedHeaders: { count: number; line: number };
  stringRecords: number;
}

export function exportPart(agg: CallLogAggregate, lines: number): PartResult {
  const cells: number[] = [];
  for (const { weekId, repId, line, cell } of agg.entries()) {
    cells.push(weekId, repId, line);
    appendAll(cells, cell);
  }
  return {
    lines, reps: agg.reps, outcomes: agg.outcomes, outcomes2: agg.outcomes2, outcomeCount: agg.outcomeCount,
    directions: agg.directions, directionCount: agg.directionCount, weeks: agg.weeks, cells,
    inbound: agg.inbound, talkSample: agg.talkSample, badRows: agg.badRows, problemCount: agg.problemCount, problems: agg.problems, dates: agg.dates, repeatedHeaders: agg.repeatedHeaders,
    stringRecords: agg.stringRecords,
  };
}

/** Adds a later part into the aggregate; `lineOffset` = physical lines before the part's first line. */
export function mergePart(into: CallLogAggregate, part: PartResult, lineOffset: number): void {
  // Register reps and outcomes in the part's first-seen order, so the merged order is the file's.
  into.stringRecords += part.stringRecords;
  const repIds = part.reps.map((rep) => (rep === null ? 0 : into.repId(rep)));
  const pairs = into.layout.outcome2 >= 0;
  const outcomeIds = part.outcomes.map((label, id) => (pairs ? into.outcomePairId(label, part.outcomes2[id]!) : into.outcomeId(label)));
  part.outcomeCount.forEach((n, id) => (into.outcomeCount[outcomeIds[id]!]! += n));
  part.directions.forEach((value, id) => (into.directionCount[into.directionId(value)]! += part.directionCount[id]!));
  const weekIds = part.weeks.map((w) => into.weekIdOfLabel(w));
  const stride = 3 + CELL_WIDTH;
  // Cells in order of their first line, so a (week, rep) seen in several parts keeps its earliest line.
  for (let at = 0; at < part.cells.length; at += stride) {
    const c = part.cells;
    into.mergeCell(weekIds[c[at]!]!, repIds[c[at + 1]!]!, c.slice(at + 3, at + stride), c[at + 2]! + lineOffset);
  }
  // Parts merge in file order: the first line of each kind is the earliest part's.
  for (const [order, seen] of Object.entries(part.dates) as [SlashOrder, { line: number; text: string }][]) {
    into.dates[order] ??= { line: seen.line + lineOffset, text: seen.text };
  }
  if (part.repeatedHeaders.count > 0 && into.repeatedHeaders.count === 0) into.repeatedHeaders.line = part.repeatedHeaders.line + lineOffset;
  into.repeatedHeaders.count += part.repeatedHeaders.count;
  into.inbound += part.inbound;
  into.addTalkSample(part.talkSample);
  into.badRows += part.badRows;
  into.problemCount += part.problemCount;
  for (const p of part.problems) {
    if (into.problems.length < MAX_LISTED_PROBLEMS) into.problems.push({ ...p, line: p.line === undefined ? undefined : p.line + lineOffset });
  }
}

/**
 * Byte offsets that cut [from, to) into `parts` ranges, each starting right after a line feed (in the file's
 * encoding). The first range is `lead` bytes longer than the others (at most half a range more).
 */
export function cutPoints(path: string, from: number, to: number, parts: number, encoding: Encoding = 'utf-8', lead = 0): number[] {
  const cuts = [from];
  lead = Math.min(lead, Math.floor((to - from) / (2 * parts)));
  const fd = openSync(path, 'r');
  try {
    const probe = Buffer.allocUnsafe(64 * 1024);
    for (let k = 1; k < parts; k++) {
      let at = Math.max(cuts[cuts.length - 1]!, Math.floor(from + lead + ((to - from - lead) * k) / parts));
      for (;;) {
        const n = readSync(fd, probe, 0, probe.length, at);
        if (n === 0) return [...cuts, to];
        const next = lineStartAfter(probe, 0, n, encoding, at);
        if (next >= 0) {
          at += next;
          break;
        }
        at += Math.max(1, n - 1); // a UTF-16 line feed may straddle the probe's end
      }
      if (at >= to) break;
      cuts.push(at);
    }
  } finally {
    closeSync(fd);
  }
  return [...cuts, to];
}
