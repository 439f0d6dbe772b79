import { closeSync, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { Io } from './process-io.js';

export interface RawInput {
  /** The name used in messages: the path as the user typed it, or "<stdin>". */
  name: string;
  bytes: Buffer;
}

/**
 * A weekly activity table is kilobytes; years of rows for a big team stay far below this.
 * Anything larger is the wrong file, and reading it would only cost memory.
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

function tooLarge(name: string, limit: number, stream = false): InputError {
  // A pipe is held in memory to be read once; a call log named by its path is streamed at any size.
  const hint = stream
    ? 'check that this is the right file; a call log this big: give its path instead of a pipe, it is then streamed'
    : 'check that this is the right file (one row per week and rep)';
  return new InputError([{ file: name, message: `the file is larger than ${limit >= 2 ** 20 ? `${limit / 2 ** 20} MB` : `${limit} bytes`}, far more than a weekly activity table`, hint }]);
}

/**
 * Reads a stream whole, counting as it goes: a pipe, FIFO or device (/dev/zero) has no size to check
 * first, so the limit is enforced while reading and memory never grows past it. Leaving the loop early
 * destroys the stream.
 */
async function readStream(name: string, stream: NodeJS.ReadableStream, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buf.length;
    if (size > limit) throw tooLarge(name, limit, true);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

function unreadable(path: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT' ? ['file not found', 'check the path and spelling']
    : code === 'EISDIR' ? ['is a directory, not a file', 'name a CSV file inside it']
    : code === 'EACCES' ? ['permission denied', 'check the file permissions']
    : [`cannot be read (${code ?? String(err)})`, 'check that the file exists and is readable'];
  return new InputError([{ file: path, message: why[0]!, hint: why[1] }]);
}

/**
 * A named input that can be read only once: a FIFO, a process substitution (`<(cat …)`, a pipe under
 * /dev/fd), a character device. Sniffing its first bytes and then reading it again would lose them (or
 * hang), so such an input is read once, whole, like stdin. False when it cannot be examined: the
 * reader then says why.
 */
export function readsOnce(path: string): boolean {
  try {
    const stat = statSync(path);
    return !stat.isFile() && !stat.isDirectory();
  } catch {
    return false;
  }
}

/** Reads a whole input ("-" is stdin). An unreadable or oversized input becomes an InputError that says why. */
export async function readInput(path: string, io: Io, limit = MAX_INPUT_BYTES): Promise<RawInput> {
  if (path === '-') return { name: '<stdin>', bytes: await readStream('<stdin>', io.stdin, limit) };
  const full = resolve(io.cwd, path);
  const regular = readRegularFile(path, full, limit);
  if (regular) return regular;
  // Pipes, FIFOs and devices, and whatever cannot be opened (the error says why). Its own module: a
  // start that reads only regular files never loads it.
  const { open } = await import('node:fs/promises');
  let handle;
  try {
    handle = await open(full, 'r');
    const stat = await handle.stat();
    if (stat.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (!stat.isFile()) return { name: path, bytes: await readStream(path, handle.createReadStream({ autoClose: false }), limit) };
    if (stat.size > limit) throw tooLarge(path, limit);
    return { name: path, bytes: await handle.readFile() };
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw unreadable(path, err);
  } finally {
    await handle?.close();
  }
}

/**
 * A regular file is read synchronously: a table of kilobytes is read in one call, without starting
 * libuv's thread pool or loading fs/promises (about 2 ms of a start, more than the reading). Opening it
 * cannot block, as opening a FIFO can. Undefined for anything else, and for what cannot be opened:
 * the general path reads or explains it.
 */
function readRegularFile(path: string, full: string, limit: number): RawInput | undefined {
  let fd: number | undefined;
  try {
    if (!statSync(full).isFile()) return undefined;
    fd = openSync(full, 'r');
    const stat = fstatSync(fd);
    if (!stat.isFile()) return undefined; // replaced since the stat above
    if (stat.size > limit) throw tooLarge(path, limit);
    return { name: path, bytes: readFileSync(fd) };
  } catch (err) {
    if (err instanceof InputError) throw err;
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
