import { access, link, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { writeHint } from './write-hint.js';

/**
 * Writes a file so that readers see either the old content or the whole new one, never half:
 * write a temporary file beside it, then rename over the target (atomic on one file system).
 */
export async function writeFileAtomic(path: string, content: string, cwd = process.cwd(), options: { replace?: boolean } = {}): Promise<void> {
  const target = resolve(cwd, path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temp, content, { flag: 'wx' });
    // Without replace, a hard link puts the file in place only if nothing is there yet (EEXIST otherwise):
    // checking first and renaming after would leave a moment in which another writer's file is lost.
    if (options.replace === false) await placeNew(temp, target);
    else await rename(temp, target);
  } catch (err) {
    // force ignores only ENOENT; when the folder is a file (ENOTDIR) cleaning up throws too, and
    // that raw error escaped as an internal error (exit 3) instead of this message (exit 2).
    await rm(temp, { force: true }).catch(() => undefined);
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new InputError([{ file: path, message: `cannot be written (${code})`, hint: writeHint(code) }]);
  }
}

/** Puts the temporary file at target only if target does not exist yet (EEXIST otherwise). */
async function placeNew(temp: string, target: string): Promise<void> {
  try {
    await link(temp, target);
    await rm(temp, { force: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw err;
    // A file system without hard links: check, then rename (a narrow race, but never a silent loss on the common ones).
    const exists = await access(target).then(() => true, () => false);
    if (exists) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    await rename(temp, target);
  }
}
