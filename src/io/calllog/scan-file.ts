/**
 * Streams a byte range of a file through the byte scanner with one reused buffer: memory stays flat
 * whatever the file size.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { NotUtf8, notUtf8Error } from './byte-interner.js';
import { FastPathBail, type FastScanner } from './fast-scan.js';
import type { Progress } from './progress.js';
import type { Sniffed } from './sniff.js';

const CHUNK = 4 << 20;
/** A row longer than this is not a call log row; refusing it keeps memory bounded. */
const MAX_LINE = 16 << 20;

/** Offset of the first data line in a file's first bytes: after BOM, `sep=` line and header. */
export function dataStart(buf: Buffer, filled: number, sniffed: Sniffed): number {
  let at = sniffed.bomLength;
  for (let i = 0; i <= sniffed.preambleLines; i++) {
    const lf = buf.indexOf(10, at);
    if (lf < 0 || lf >= filled) return filled;
    at = lf + 1;
  }
  return at;
}

/** Scans (see FastScanner.scan), with NotUtf8 turned into an input error at the line where it happened. */
export function scanChecked(s: FastScanner, buf: Buffer, start: number, end: number): number {
  try {
    return s.scan(buf, start, end);
  } catch (err) {
    throw err instanceof NotUtf8 ? notUtf8Error(s.agg.file, s.line) : err;
  }
}

/**
 * Scans the whole lines of [from, to). `from` must be at a line start; `to` at a line start or the end of
 * the file. `progress` gets the bytes of this range done, scaled by `scale` (parts read in parallel);
 * `chunk` is the read size (tests make it tiny so records straddle reads).
 */
export function scanRange(path: string, from: number, to: number, s: FastScanner, progress: Progress, scale = 1, chunk = CHUNK): void {
  const fd = openSync(path, 'r');
  let bufStart = from; // file offset of buf[0]
  try {
    let buf = Buffer.allocUnsafe(Math.min(chunk, Math.max(16, to - from + 1)));
    let filled = 0;
    let position = from;
    for (;;) {
      if (filled === buf.length) {
        if (buf.length >= MAX_LINE) throw new FastPathBail(s.line, 0, 'a very long line'); // the general reader reports it
        const grown = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(grown, 0, 0, filled);
        buf = grown;
      }
      const n = readSync(fd, buf, filled, Math.min(buf.length - filled, to - position), position);
      position += n;
      filled += n;
      if (n === 0) {
        if (filled > 0) {
          if (filled === buf.length) buf = Buffer.concat([buf, Buffer.alloc(1)]);
          buf[filled++] = 10; // the last line may lack its line feed
          const stop = scanChecked(s, buf, 0, filled);
          if (stop < filled) throw new FastPathBail(s.line, stop, 'a quote that is never closed'); // the general reader says so
        }
        return;
      }
      const last = buf.lastIndexOf(10, filled - 1);
      if (last < 0) continue;
      // Keep what is left: a partial line, and a record whose quoted value goes on (stop < last + 1).
      const stop = scanChecked(s, buf, 0, last + 1);
      buf.copy(buf, 0, stop, filled);
      filled -= stop;
      bufStart += stop;
      progress.update((position - from) * scale, s.rows * scale);
    }
  } catch (err) {
    if (err instanceof FastPathBail) err.offset += bufStart;
    throw err;
  } finally {
    closeSync(fd);
  }
}
