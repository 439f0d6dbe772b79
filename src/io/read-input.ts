import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { Io } from './process-io.js';

export interface RawInput {
  /** The name used in messages: the path as the user typed it, or "<stdin>". */
  name: string;
  bytes: Buffer;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** Reads a whole input ("-" is stdin). An unreadable path becomes an InputError that says why. */
export async function readInput(path: string, io: Io): Promise<RawInput> {
  if (path === '-') return { name: '<stdin>', bytes: await readStream(io.stdin) };
  try {
    return { name: path, bytes: await readFile(resolve(io.cwd, path)) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? ['file not found', 'check the path and spelling']
      : code === 'EISDIR' ? ['is a directory, not a file', 'name a CSV file inside it']
      : code === 'EACCES' ? ['permission denied', 'check the file permissions']
      : [`cannot be read (${code ?? String(err)})`, 'check that the file exists and is readable'];
    throw new InputError([{ file: path, message: why[0]!, hint: why[1] }]);
  }
}
