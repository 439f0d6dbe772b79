import { fileURLToPath } from 'node:url';
import { InputError, formatInputError } from '../../src/errors.js';
import type { Io } from '../../src/io/process-io.js';
import { memoryIo } from '../io-helpers.js';
import { readTables, type Tables } from '../../src/io/tables.js';
import type { TableOptions } from '../../src/io/weekly-table.js';

/** The repository root, so fixture paths in messages read "fixtures/…" as a user would type them. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function testIo(stdin: string | Buffer = ''): Io {
  return memoryIo({ stdin: Buffer.from(stdin), cwd: ROOT });
}

export function read(files: string[], options: TableOptions = {}, stdin?: string | Buffer): Promise<Tables> {
  return readTables(files, options, testIo(stdin));
}

/** The message a user sees on stderr for an input that is refused (fails the test if it is accepted). */
export async function errorOf(files: string[], options: TableOptions = {}, stdin?: string | Buffer): Promise<string> {
  try {
    await read(files, options, stdin);
  } catch (err) {
    if (err instanceof InputError) return formatInputError(err);
    throw err;
  }
  throw new Error(`expected ${files.join(' ')} to be refused`);
}
