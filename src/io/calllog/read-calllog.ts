/**
 * Reads one call log into weekly rows. Files stream through a fixed buffer (memory stays flat at any
 * size); the byte scanner reads the common shape and the general CSV parser everything else.
 */
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { UsageError } from '../../errors.js';
import { normaliseOutcome, overrideTarget, type Stage } from '../../domain/outcomes.js';
import { CallLogAggregate, type CallLogSettings } from './aggregate.js';
import { NotUtf8, notUtf8Error } from './byte-interner.js';
import type { CallLogLayout } from './columns.js';
import { FastPathBail, FastScanner } from './fast-scan.js';
import { readGeneral } from './general-read.js';
import { NO_PROGRESS, type Progress } from './progress.js';
import type { Sniffed } from './sniff.js';
import { toRows, type CallLogTable } from './to-rows.js';
import { ZoneOffsets, checkTimeZone, localTimeZone } from './zone.js';

export interface CallLogOptions {
  /** IANA zone the weeks are counted in; default the machine's zone. */
  tz?: string;
  /** `--outcome "Label=stage"` overrides. */
  outcome?: readonly string[];
  skipBadRows?: boolean;
  /** Skip the byte scanner (tests use it to compare both readers). */
  general?: boolean;
}

/** Where the bytes come from: a file streamed from disk, or an input already in memory (stdin). */
export type CallLogSource = { kind: 'file'; path: string } | { kind: 'bytes'; bytes: Buffer };

const CHUNK = 4 << 20;
/** A row longer than this is not a call log row; refusing it keeps memory bounded. */
const MAX_LINE = 16 << 20;

export function parseOverrides(specs: readonly string[] = []): Map<string, Stage> {
  const map = new Map<string, Stage>();
  for (const spec of specs) {
    const at = spec.lastIndexOf('=');
    const stage = at > 0 ? overrideTarget(spec.slice(at + 1)) : undefined;
    if (stage === undefined) {
      throw new UsageError(`--outcome "${spec}" is not "Label=stage"`, 'stages: dial (or no_answer), reached, meeting, callback, callback_short, callback_long — e.g. --outcome "Left message=no_answer"');
    }
    map.set(normaliseOutcome(spec.slice(0, at)), stage);
  }
  return map;
}

export function callLogSettings(options: CallLogOptions, sniffed: Sniffed): CallLogSettings {
  return {
    zone: new ZoneOffsets(checkTimeZone(options.tz ?? localTimeZone())),
    overrides: parseOverrides(options.outcome),
    decimalComma: sniffed.delimiter === ';',
  };
}

export async function readCallLog(
  name: string, source: CallLogSource, sniffed: Sniffed, layout: CallLogLayout, options: CallLogOptions, progress: Progress = NO_PROGRESS,
): Promise<CallLogTable> {
  const settings = callLogSettings(options, sniffed);
  const fresh = () => new CallLogAggregate(name, sniffed.header, layout, settings);
  let agg = fresh();
  let done = false;
  if (sniffed.fastPathOk && !options.general) {
    try {
      if (source.kind === 'file') scanFile(source.path, sniffed, agg, progress);
      else scanBytes(source.bytes, sniffed, agg);
      done = true;
    } catch (err) {
      if (!(err instanceof FastPathBail)) throw err;
      agg = fresh(); // start over: the general reader re-reads everything
    } finally {
      progress.done();
    }
  }
  if (!done) {
    const stream = source.kind === 'file' ? createReadStream(source.path, { highWaterMark: 1 << 20 }) : [source.bytes];
    await readGeneral(stream as AsyncIterable<Buffer>, sniffed, agg);
  }
  return toRows(agg, options.skipBadRows ?? false);
}

/** Skips BOM, `sep=` line and header: the offset of the first data line. */
function dataStart(buf: Buffer, filled: number, sniffed: Sniffed): number {
  let at = sniffed.bomLength;
  for (let i = 0; i <= sniffed.preambleLines; i++) {
    const lf = buf.indexOf(10, at);
    if (lf < 0 || lf >= filled) return filled;
    at = lf + 1;
  }
  return at;
}

function scanner(agg: CallLogAggregate, sniffed: Sniffed): FastScanner {
  const s = new FastScanner(agg, sniffed.delimiter.charCodeAt(0));
  s.line = sniffed.preambleLines + 2;
  return s;
}

function scanWithLine(s: FastScanner, buf: Buffer, start: number, end: number): void {
  try {
    s.scan(buf, start, end);
  } catch (err) {
    throw err instanceof NotUtf8 ? notUtf8Error(s.agg.file, s.line) : err;
  }
}

function scanBytes(bytes: Buffer, sniffed: Sniffed, agg: CallLogAggregate): void {
  const buf = bytes.length > 0 && bytes[bytes.length - 1] !== 10 ? Buffer.concat([bytes, Buffer.from('\n')]) : bytes;
  const s = scanner(agg, sniffed);
  scanWithLine(s, buf, dataStart(buf, buf.length, sniffed), buf.length);
}

function scanFile(path: string, sniffed: Sniffed, agg: CallLogAggregate, progress: Progress): void {
  const fd = openSync(path, 'r');
  try {
    const s = scanner(agg, sniffed);
    let buf = Buffer.allocUnsafe(CHUNK);
    let filled = 0;
    let position = 0;
    let start = -1;
    for (;;) {
      if (filled === buf.length) {
        if (buf.length >= MAX_LINE) throw new FastPathBail(s.line, 'a very long line'); // the general reader reports it
        const grown = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(grown, 0, 0, filled);
        buf = grown;
      }
      const n = readSync(fd, buf, filled, buf.length - filled, position);
      position += n;
      filled += n;
      if (start < 0) {
        if (n > 0 && buf.indexOf(10, 0) < 0 && filled < buf.length) continue;
        start = dataStart(buf, filled, sniffed);
      }
      if (n === 0) {
        if (filled > start) {
          if (filled === buf.length) buf = Buffer.concat([buf, Buffer.alloc(1)]);
          buf[filled++] = 10; // the last line may lack its line feed
          scanWithLine(s, buf, start, filled);
        }
        break;
      }
      const last = buf.lastIndexOf(10, filled - 1);
      if (last < start) continue;
      scanWithLine(s, buf, start, last + 1);
      buf.copy(buf, 0, last + 1, filled);
      filled -= last + 1;
      start = 0;
      progress.update(position, s.rows);
    }
  } finally {
    closeSync(fd);
  }
}
