import { unlinkSync } from 'node:fs';
import { access, chmod, link, lstat, readlink, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { writeHint } from './write-hint.js';

/** Symbolic links followed at most, as the kernel does (ELOOP beyond). */
const MAX_LINKS = 40;

/**
 * Where a path really ends: through a chain of symbolic links, to the file they name (which need not
 * exist yet). Replacing the link itself would leave its real target stale.
 */
async function finalTarget(path: string): Promise<string> {
  let current = path;
  for (let hops = 0; hops < MAX_LINKS; hops++) {
    const info = await lstat(current).catch(() => null);
    if (info === null || !info.isSymbolicLink()) return current;
    current = resolve(dirname(current), await readlink(current));
  }
  throw Object.assign(new Error('too many symbolic links'), { code: 'ELOOP' });
}

/** What a non-regular file is called in a message. */
function kindOf(info: Awaited<ReturnType<typeof stat>>): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

// Temporary files being written, removed if SIGINT or SIGTERM ends the run first. SIGKILL cannot be
// caught by any program: after `kill -9` a `.NAME.PID.TIME.tmp` file may remain beside the target.
const pending = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

function onSignal(signal: NodeJS.Signals): void {
  removePendingTemps();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  // Die of the same signal, so the shell and CI see the usual status (130, 143).
  process.kill(process.pid, signal);
}

/** Removes every temporary file still being written; what the signal handler does. */
export function removePendingTemps(): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // already renamed or removed
    }
  }
  pending.clear();
}

function track(temp: string): void {
  if (pending.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  pending.add(temp);
}

function untrack(temp: string): void {
  pending.delete(temp);
  if (pending.size === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
}

/**
 * Writes a file so that readers see either the old content or the whole new one, never half: write a
 * temporary file beside the real target (through symbolic links), then rename it over the target
 * (atomic on one file system). Only regular files are replaced: a FIFO, device or folder is refused.
 */
export async function writeFileAtomic(path: string, content: string | Iterable<string>, cwd = process.cwd(), options: { replace?: boolean } = {}): Promise<void> {
  let temp: string | undefined;
  try {
    const target = await finalTarget(resolve(cwd, path));
    const existing = await stat(target).catch(() => null);
    if (existing?.isDirectory()) throw new InputError([{ file: path, message: 'cannot be written (EISDIR)', hint: writeHint('EISDIR') }]);
    if (existing && !existing.isFile()) {
      const hint = 'funnel replaces only regular files: to send the output into a pipe or device, leave out the option and redirect stdout (> FILE)';
      throw new InputError([{ file: path, message: `cannot be written: it is ${kindOf(existing)}`, hint }]);
    }
    temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
    track(temp);
    await writeFile(temp, content, { flag: 'wx', mode: existing ? existing.mode & 0o777 : 0o666 });
    if (existing) await chmod(temp, existing.mode & 0o777); // the umask must not narrow a file's permissions
    // Without replace, a hard link puts the file in place only if nothing is there yet (EEXIST otherwise):
    // checking first and renaming after would leave a moment in which another writer's file is lost.
    if (options.replace === false) await placeNew(temp, target);
    else await rename(temp, target);
  } catch (err) {
    if (err instanceof InputError) throw err;
    // force ignores only ENOENT; when the folder is a file (ENOTDIR) cleaning up throws too, and
    // that raw error escaped as an internal error (exit 3) instead of this message (exit 2).
    if (temp !== undefined) await rm(temp, { force: true }).catch(() => undefined);
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new InputError([{ file: path, message: `cannot be written (${code})`, hint: writeHint(code) }]);
  } finally {
    if (temp !== undefined) untrack(temp);
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
