/** Worker thread entry: reads one part of a call log with the byte scanner and posts its counts back. */
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../../errors.js';
import type { Stage } from '../../domain/outcomes.js';
import { CallLogAggregate } from './aggregate.js';
import type { CallLogLayout } from './columns.js';
import { FastPathBail, FastScanner } from './fast-scan.js';
import { exportPart } from './parts.js';
import { NO_PROGRESS } from './progress.js';
import { scanRange } from './scan-file.js';
import type { Sniffed } from './sniff.js';
import { ZoneOffsets } from './zone.js';

export interface PartJob {
  file: string;
  path: string;
  from: number;
  to: number;
  sniffed: Sniffed;
  layout: CallLogLayout;
  zone: string;
  overrides: [string, Stage][];
  decimalComma: boolean;
}

export type PartReply =
  | { kind: 'done'; part: ReturnType<typeof exportPart> }
  | { kind: 'bail' }
  | { kind: 'input-error'; line: number; message: string };

const job = workerData as PartJob;
const agg = new CallLogAggregate(job.file, job.sniffed.header, job.layout, {
  zone: new ZoneOffsets(job.zone), overrides: new Map(job.overrides), decimalComma: job.decimalComma,
});
const scanner = new FastScanner(agg, job.sniffed.delimiter.charCodeAt(0));
let reply: PartReply;
try {
  scanRange(job.path, job.from, job.to, scanner, NO_PROGRESS);
  reply = { kind: 'done', part: exportPart(agg, scanner.line - 1) };
} catch (err) {
  if (err instanceof FastPathBail) reply = { kind: 'bail' };
  else if (err instanceof InputError) reply = { kind: 'input-error', line: scanner.line, message: err.problems[0]?.message ?? err.message };
  else throw err;
}
parentPort!.postMessage(reply);
