/** Tells a call log from a weekly table by the first bytes of an input, before anything is read whole. */
import { closeSync, openSync, readSync } from 'node:fs';
import { fieldForHeader, type MapTarget } from '../../domain/fields.js';
import { callLogColumns, type CallLogColumns, type CallLogLayout } from './columns.js';
import { sniff, type Sniffed } from './sniff.js';

export const HEAD_BYTES = 64 * 1024;

/** The first bytes of a file, or null when it cannot be read (the table reader then explains why). */
export function readHead(path: string): Buffer | null {
  try {
    const fd = openSync(path, 'r');
    try {
      const buf = Buffer.allocUnsafe(HEAD_BYTES);
      const n = readSync(fd, buf, 0, HEAD_BYTES, 0);
      return buf.subarray(0, n);
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
}

export interface CallLogShape {
  sniffed: Sniffed;
  /** Null when the header is not a call log's. */
  readonly layout: CallLogLayout | null;
  /** How each column was read as a call log's (read on first use: a weekly table never needs it). */
  readonly columns: CallLogColumns;
  /** The header names two of a weekly table's counts (dials, reached, meetings, callbacks): a weekly table, whatever else it holds. */
  weekly: boolean;
}

const WEEKLY_COUNTS = new Set(['dials', 'reached', 'meetings', 'callbacks', 'callbacks_short', 'callbacks_long']);

export function callLogShape(head: Buffer, whole: boolean, map: ReadonlyMap<string, MapTarget> = new Map()): CallLogShape | null {
  const sniffed = sniff(head, whole);
  if (!sniffed) return null;
  // One count could be a call log's column read as a weekly word ("Call outcome" has "call" in it); two are a weekly table.
  const counts = new Set(sniffed.header.map((h) => fieldForHeader(h)).filter((f) => f !== undefined && WEEKLY_COUNTS.has(f)));
  let columns: CallLogColumns | undefined;
  return {
    sniffed,
    weekly: counts.size >= 2,
    get columns() {
      return (columns ??= callLogColumns(sniffed.header, map));
    },
    get layout() {
      return this.columns.layout;
    },
  };
}
