/**
 * Reads one call log into weekly rows. Files stream through a fixed buffer (memory stays flat at any
 * size), big ones in parts on several threads; the byte scanner reads the common shape and the general
 * CSV parser everything else.
 */
import { createReadStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { InputError, UsageError } from '../../errors.js';
import { normaliseOutcome, overrideTarget, type Stage } from '../../domain/outcomes.js';
import { isDirection, type Direction } from '../../domain/directions.js';
import { CallLogAggregate, type CallLogSettings } from './aggregate.js';
import { encodingNotice } from '../decode.js';
import { notUtf8Error } from './byte-interner.js';
import type { CallLogLayout } from './columns.js';
import type { DurationUnit } from './duration.js';
import { FastPathBail, FastScanner } from './fast-scan.js';
import type { ResumePoint } from './general-read.js';
import { cutPoints, mergePart, type PartJob, type PartReply } from './parts.js';
import { sampleProvesMonthFirst } from './date-order.js';
import { NO_PROGRESS, type Progress } from './progress.js';
import { dataStart, scanChecked, scanRange } from './scan-file.js';
import { scannable, type Sniffed } from './sniff.js';
import { readHead } from './source.js';
import { toRows, type CallLogTable } from './to-rows.js';
import { ZoneOffsets, checkTimeZone, localTimeZone } from './zone.js';

export type { CallLogTable };

export interface CallLogOptions {
  /** IANA zone the weeks are counted in; default the machine's zone. */
  tz?: string;
  /** `--outcome "Label=stage"` overrides. */
  outcome?: readonly string[];
  /** `--direction "Value=inbound|outbound"` overrides. */
  direction?: readonly string[];
  /** `--unknown-outcomes dial`: outcomes we cannot read count as plain dials (with a counted notice). */
  unknownOutcomes?: 'dial';
  skipBadRows?: boolean;
  /** Threads for big files (default: one per CPU); 1 reads on the main thread only. */
  threads?: number;
  /** --duration-unit: the unit of plain-number durations, over what the header says. */
  durationUnit?: DurationUnit;
  /** Skip the byte scanner (tests use it to compare both readers). */
  general?: boolean;
  /** How parts are read (default: a worker thread each) and how small they may be; tests read them in-process. */
  parts?: { run?: PartRunner; minBytes?: number };
}

export type PartRunner = (job: PartJob) => Promise<PartReply>;

/** Where the bytes come from: a file streamed from disk, or an input already in memory (stdin). */
export type CallLogSource = { kind: 'file'; path: string; size: number } | { kind: 'bytes'; bytes: Buffer };

/**
 * Parts smaller than this are not worth a worker thread: on the 2-core bench machine a 42 MB log took
 * 0.73 s in two parts and 0.55 s in one (starting a worker and warming its JIT costs ~0.1–0.2 s).
 */
const PART_MIN_BYTES = 32 << 20;

/**
 * This thread starts reading at once; a worker first boots Node and loads the scanner (40–60 ms on the bench
 * machine), while this thread reads some 24 MB. So this thread's part is that much longer, and the threads
 * finish together: 3–5 % off a 1M-row wide or UTF-16 log read in two parts (bench/README.md).
 */
const WORKER_START_BYTES = 24 << 20;

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

export function parseDirectionOverrides(specs: readonly string[] = []): Map<string, Direction> {
  const map = new Map<string, Direction>();
  for (const spec of specs) {
    const at = spec.lastIndexOf('=');
    const direction = at > 0 ? spec.slice(at + 1).trim().toLowerCase() : '';
    if (!isDirection(direction)) {
      throw new UsageError(`--direction "${spec}" is not "Value=inbound" or "Value=outbound"`, 'e.g. --direction "Uitgaand gesprek=outbound" --direction "Gemist=inbound" (inbound calls are not dials)');
    }
    map.set(normaliseOutcome(spec.slice(0, at)), direction);
  }
  return map;
}

export function callLogSettings(options: CallLogOptions, sniffed: Sniffed): CallLogSettings {
  return {
    zone: new ZoneOffsets(checkTimeZone(options.tz ?? localTimeZone())),
    overrides: parseOverrides(options.outcome),
    directionOverrides: parseDirectionOverrides(options.direction),
    decimalComma: sniffed.delimiter === ';',
  };
}

export async function readCallLog(
  name: string, source: CallLogSource, sniffed: Sniffed, layout: CallLogLayout, options: CallLogOptions, progress: Progress = NO_PROGRESS,
): Promise<CallLogTable> {
  const settings = callLogSettings(options, sniffed);
  if (source.kind === 'file' && sniffed.fastPathOk && !options.general && layout.time < 0) {
    const head = readHead(source.path) ?? Buffer.alloc(0);
    settings.monthFirst = sampleProvesMonthFirst(name, source.path, dataStart(head, head.length, sniffed), source.size, sniffed, layout, settings);
  }
  let agg = await readOnce(name, source, sniffed, layout, settings, options, progress);
  const { ambiguous, 'day-first': dayFirst, 'month-first': monthFirst } = agg.dates;
  // Ambiguous slash dates were read day-first; a log proving month/day (and never day/month) is read again so.
  if (ambiguous && monthFirst && !dayFirst && !settings.monthFirst) {
    agg = await readOnce(name, source, sniffed, layout, { ...settings, monthFirst: true }, options, NO_PROGRESS);
    agg.readBy += '; read twice (only after a first read did its dates prove month/day)';
  } else if (ambiguous && monthFirst && dayFirst) {
    throw new InputError([{
      file: name, line: ambiguous.line, column: layout.timestamp + 1,
      message: `"${ambiguous.text}" could be day/month or month/day, and this log has dates of both kinds ("${dayFirst.text}" on line ${dayFirst.line}, "${monthFirst.text}" on line ${monthFirst.line})`,
      hint: 'export the log again with one date format, best yyyy-mm-dd',
    }]);
  }
  const table = toRows(agg, { skipBadRows: options.skipBadRows ?? false, unknownAsDial: options.unknownOutcomes === 'dial' });
  const notice = encodingNotice(name, sniffed.encoding);
  if (notice) table.warnings.unshift(notice);
  if (ambiguous && !monthFirst && !dayFirst) {
    table.warnings.unshift(`${name}: dates such as "${ambiguous.text}" were read as day/month (no date in the log shows the order); export them as yyyy-mm-dd if they are month/day`);
  }
  return table;
}

async function readOnce(
  name: string, source: CallLogSource, sniffed: Sniffed, layout: CallLogLayout, settings: CallLogSettings, options: CallLogOptions, progress: Progress,
): Promise<CallLogAggregate> {
  const fresh = () => new CallLogAggregate(name, sniffed.header, layout, settings);
  let agg = fresh();
  // A date and a time of day in two columns are joined as strings: the general reader's work.
  if (!sniffed.fastPathOk || options.general || layout.time >= 0) {
    await readGeneral(generalSource(source, 0), sniffed, agg);
    agg.readBy = `general CSV reader (${options.general ? 'asked for' : layout.time >= 0 ? 'separate date and time columns' : !scannable(sniffed.encoding) ? `${sniffed.encoding} text` : sniffed.crLineEnds ? 'lines that end in CR alone' : 'a carriage return inside a line'})`;
    return agg;
  }
  const transcoded = sniffed.encoding === 'utf-8' ? '' : `, ${sniffed.encoding.toUpperCase()} transcoded to UTF-8`;
  try {
    if (source.kind === 'bytes') {
      scanBytes(source.bytes, sniffed, agg);
      agg.readBy = `byte scanner${transcoded}`;
    } else if (!(await scanFile(source.path, source.size, sniffed, agg, options, progress))) {
      // A part met a line the scanner cannot follow, or a quoted value across a cut: read again on this
      // thread, which reads such values whole and hands the rest to the general reader at a line it cannot follow.
      agg = fresh();
      scanFile1(source.path, sniffed, agg, progress);
      agg.readBy = `byte scanner${transcoded}, one thread (read again whole: a part could not be read on its own)`;
    } else agg.readBy = `byte scanner${transcoded}, ${agg.readBy}`;
  } catch (err) {
    if (!(err instanceof FastPathBail)) throw err;
    if (sniffed.encoding !== 'utf-8') {
      // Transcoded bytes have no offset in the file to resume from: the general reader reads it all.
      agg = fresh();
      await readGeneral(generalSource(source, 0), sniffed, agg);
      agg.readBy = `general CSV reader (the byte scanner stopped: ${err.reason})`;
    } else {
      // Everything before the line it stopped at is counted; csv-parse reads on from that line.
      await readGeneral(generalSource(source, err.offset), sniffed, agg, { line: err.line });
      agg.readBy = `byte scanner to line ${err.line - 1}, then the general CSV reader (${err.reason})`;
    }
  } finally {
    progress.done();
  }
  return agg;
}

/** The general reader (csv-parse's stream API) is loaded only when a file needs it. */
async function readGeneral(source: AsyncIterable<Buffer> | Iterable<Buffer>, sniffed: Sniffed, agg: CallLogAggregate, from: ResumePoint | null = null): Promise<void> {
  const general = await import('./general-read.js');
  return general.readGeneral(source, sniffed, agg, from);
}

/**
 * The input from byte `from` on, in small chunks: csv-parse holds every record of a chunk until the next
 * tick, so big chunks mean records surviving into V8's old space (1 MB chunks: 175 MB RSS on 10M rows;
 * 64 KB: flat).
 */
function generalSource(source: CallLogSource, from: number): AsyncIterable<Buffer> | Iterable<Buffer> {
  return source.kind === 'file' ? createReadStream(source.path, { start: from, highWaterMark: GENERAL_CHUNK }) : slices(source.bytes.subarray(from));
}

const GENERAL_CHUNK = 64 << 10;

function* slices(bytes: Buffer): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += GENERAL_CHUNK) yield bytes.subarray(at, at + GENERAL_CHUNK);
}

function scanner(agg: CallLogAggregate, sniffed: Sniffed, line: number): FastScanner {
  const s = new FastScanner(agg, sniffed.delimiter.charCodeAt(0));
  s.line = line;
  return s;
}

function scanBytes(input: Buffer, sniffed: Sniffed, agg: CallLogAggregate): void {
  let [bytes, utf8] = [input, sniffed];
  if (sniffed.encoding !== 'utf-8') {
    let text: string;
    try {
      text = new TextDecoder(sniffed.encoding, { fatal: true, ignoreBOM: true }).decode(input.subarray(sniffed.bomLength));
    } catch {
      throw new FastPathBail(1, 0, `not valid ${sniffed.encoding}`); // the general reader says so
    }
    [bytes, utf8] = [Buffer.from(text, 'utf8'), { ...sniffed, encoding: 'utf-8', bomLength: 0 }];
  }
  const buf = bytes.length > 0 && bytes[bytes.length - 1] !== 10 ? Buffer.concat([bytes, Buffer.from('\n')]) : bytes;
  const s = scanner(agg, sniffed, sniffed.preambleLines + 2);
  const stop = scanChecked(s, buf, dataStart(buf, buf.length, utf8), buf.length);
  if (stop < buf.length) throw new FastPathBail(s.line, stop, 'a quote that is never closed'); // the general reader says so
}

/** The whole file on this thread. */
function scanFile1(path: string, sniffed: Sniffed, agg: CallLogAggregate, progress: Progress): void {
  const head = readHead(path) ?? Buffer.alloc(0);
  scanRange(path, dataStart(head, head.length, sniffed), Number.MAX_SAFE_INTEGER, scanner(agg, sniffed, sniffed.preambleLines + 2), progress, 1, undefined, sniffed.encoding);
}

/**
 * The file in parts: this thread reads the first, workers the others; merged in file order. False when a
 * part has a line the byte scanner cannot follow or a quoted value running into the next part: then the
 * file is read again on this thread.
 */
async function scanFile(path: string, size: number, sniffed: Sniffed, agg: CallLogAggregate, options: CallLogOptions, progress: Progress): Promise<boolean> {
  const head = readHead(path) ?? Buffer.alloc(0);
  const from = dataStart(head, head.length, sniffed);
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), 16));
  const parts = Math.max(1, Math.min(threads, Math.floor(size / (options.parts?.minBytes ?? PART_MIN_BYTES))));
  const run = options.parts?.run ?? runInWorker;
  const cuts = parts > 1 ? cutPoints(path, from, size, parts, sniffed.encoding, WORKER_START_BYTES) : [from, size];
  const jobs = cuts.slice(1, -1).map((start, k) => run({
    file: agg.file, path, from: start, to: cuts[k + 2]!, sniffed, layout: agg.layout,
    zone: agg.settings.zone.zone, overrides: [...agg.settings.overrides], directionOverrides: [...(agg.settings.directionOverrides ?? [])], decimalComma: agg.settings.decimalComma, monthFirst: agg.settings.monthFirst ?? false,
  }));
  // Read our own part while the workers read theirs; a failure must still wait for them (no stray threads).
  const first = scanner(agg, sniffed, sniffed.preambleLines + 2);
  const own = (() => {
    try {
      scanRange(path, cuts[0]!, cuts[1]!, first, progress, cuts.length - 1, undefined, sniffed.encoding);
      return null;
    } catch (err) {
      return err;
    }
  })();
  const replies = await Promise.all(jobs);
  // A quoted value running past our part's end is no reason to give up on the scanner: read it whole.
  if (own instanceof FastPathBail && jobs.length > 0) return false;
  if (own !== null) throw own;
  agg.readBy = cuts.length > 2 ? `${cuts.length - 1} parts on ${cuts.length - 1} threads` : 'one thread';
  let lineOffset = first.line - 1;
  for (const reply of replies) {
    if (reply.kind === 'bail') return false;
    if (reply.kind === 'not-utf8') throw notUtf8Error(agg.file, reply.line + lineOffset);
    mergePart(agg, reply.part, lineOffset);
    lineOffset += reply.part.lines;
  }
  return true;
}

function runInWorker(job: PartJob): Promise<PartReply> {
  return new Promise((resolvePart) => {
    const worker = new Worker(new URL('./calllog-worker.js', import.meta.url), { workerData: job });
    // A worker that cannot start or crashes: the file is read again on this thread.
    worker.once('message', (reply: PartReply) => resolvePart(reply));
    worker.once('error', () => resolvePart({ kind: 'bail' }));
    worker.once('exit', () => resolvePart({ kind: 'bail' }));
  });
}
