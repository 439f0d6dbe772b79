/** Tells a call log from a weekly table by the first bytes of an input, before anything is read whole. */
import { closeSync, openSync, readSync } from 'node:fs';
import { fieldForHeader } from '../../domain/fields.js';
import { detectCallLog, type CallLogLayout } from './columns.js';
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
  layout: CallLogLayout | null;
  /** The header has a dials column: it is a weekly table, whatever else it holds. */
  weekly: boolean;
}

export function callLogShape(head: Buffer, whole: boolean): CallLogShape | null {
  const sniffed = sniff(head, whole);
  if (!sniffed) return null;
  const weekly = sniffed.header.some((h) => fieldForHeader(h) === 'dials');
  return { sniffed, layout: detectCallLog(sniffed.header), weekly };
}
