import { Readable } from 'node:stream';
import type { Io } from '../src/io/process-io.js';

export interface MemoryIo extends Io {
  out: string[];
  err: string[];
}

/** An Io that records what a command writes, with no terminal and only the env given. */
export function memoryIo(over: Partial<Omit<Io, 'stdout' | 'stderr' | 'stdin'>> & { stdin?: Io['stdin'] | Buffer } = {}): MemoryIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    stdin: Buffer.isBuffer(over.stdin) ? Readable.from([over.stdin]) : (over.stdin ?? Readable.from([])),
    env: over.env ?? {},
    stdoutIsTTY: over.stdoutIsTTY ?? false,
    stderrIsTTY: over.stderrIsTTY ?? false,
    cwd: over.cwd ?? process.cwd(),
    ...(over.columns !== undefined && { columns: over.columns }),
  };
}
