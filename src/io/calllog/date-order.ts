/**
 * Slash dates (`6/2/2025`) are read day-first until the log proves month/day; a US log proves it only
 * where a day passes 12, often far into the file, and was then read a second time. A sample of the file
 * (its start and 15 places spread over it) usually holds that proof: the first read can then be the
 * month/day one. The decision after reading is unchanged (read-calllog.ts), so a sample that misses the
 * proof costs the second read, never a different count.
 */
import { CallLogAggregate, type CallLogSettings } from './aggregate.js';
import type { CallLogLayout } from './columns.js';
import { FastScanner } from './fast-scan.js';
import { cutPoints } from './parts.js';
import { NO_PROGRESS } from './progress.js';
import { scanRange } from './scan-file.js';
import type { Sniffed } from './sniff.js';

const SAMPLES = 16;
const SAMPLE_BYTES = 16 << 10;

/** Whether a sample of the file proves month/day slash dates (and none proves day/month). */
export function sampleProvesMonthFirst(name: string, path: string, from: number, size: number, sniffed: Sniffed, layout: CallLogLayout, settings: CallLogSettings): boolean {
  const agg = new CallLogAggregate(name, sniffed.header, layout, settings);
  const starts = size - from > SAMPLES * SAMPLE_BYTES ? cutPoints(path, from, size, SAMPLES, sniffed.encoding).slice(0, -1) : [from];
  for (const [k, start] of starts.entries()) {
    const cut = cutPoints(path, start, Math.min(size, start + 2 * SAMPLE_BYTES), 2, sniffed.encoding);
    const end = cut.length === 3 ? cut[1]! : cut[1] === size ? size : -1; // whole lines only
    if (end < 0) continue;
    try {
      scanRange(path, start, end, new FastScanner(agg, sniffed.delimiter.charCodeAt(0)), NO_PROGRESS, 1, SAMPLE_BYTES * 2, sniffed.encoding);
    } catch {
      // A sample the scanner cannot read tells nothing; the real read reports whatever is wrong.
    }
    if (k === 0 && agg.dates.ambiguous === undefined) return false; // the start has no ambiguous slash date: nothing to decide
  }
  return agg.dates['month-first'] !== undefined && agg.dates['day-first'] === undefined;
}
