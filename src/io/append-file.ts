import { appendFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import { writeHint } from './write-hint.js';

/**
 * Appends text to a file that others write too ($GITHUB_STEP_SUMMARY collects every step's
 * summary), so it must not be replaced the way writeFileAtomic replaces a file.
 */
export async function appendText(path: string, text: string, cwd: string): Promise<void> {
  // A FIFO without a reader would block the run for ever; a device is no summary file.
  const existing = await stat(resolve(cwd, path)).catch(() => null);
  if (existing && !existing.isFile()) {
    throw new InputError([{ file: path, message: 'cannot be appended to: it is not a regular file', hint: 'point it at a file' }]);
  }
  try {
    await appendFile(resolve(cwd, path), text);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new InputError([{ file: path, message: `cannot be appended to (${code})`, hint: writeHint(code) }]);
  }
}
