import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { writeFileAtomic } from '../../src/io/write-atomic.js';

async function failure(path: string, cwd: string): Promise<string> {
  const err = await writeFileAtomic(path, 'x', cwd).then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(InputError);
  const [problem] = (err as InputError).problems;
  return `${problem!.message} — ${problem!.hint}`;
}

describe('writeFileAtomic: a target it cannot write says why, and leaves nothing behind', () => {
  const dir = mkdtempSync(join(tmpdir(), 'funnel-write-'));
  writeFileSync(join(dir, 'a-file'), '');

  it.each([
    ['no/such/folder/out.md', 'cannot be written (ENOENT) — the folder does not exist: create it first (mkdir -p) or write somewhere else'],
    ['a-file/out.md', 'cannot be written (ENOTDIR) — part of the path is a file, not a folder: check the path'],
    ['.', 'cannot be written (EISDIR) — that is a folder: give a file name inside it, e.g. DIR/report.md'],
  ])('%s', async (path, message) => {
    expect(await failure(path, dir)).toBe(message);
    expect(readdirSync(dir)).toEqual(['a-file']); // no temporary file left
  });
});

describe('writeFileAtomic without replace: never over a file that is there', () => {
  it('writes a new file, refuses an existing one (EEXIST) and leaves it and no temporary file', async () => {
    const { readFileSync, rmSync } = await import('node:fs');
    const dir = mkdtempSync(join(tmpdir(), 'funnel-write-new-'));
    try {
      await writeFileAtomic('new.json', 'first', dir, { replace: false });
      expect(readFileSync(join(dir, 'new.json'), 'utf8')).toBe('first');
      const err = await writeFileAtomic('new.json', 'second', dir, { replace: false }).then(() => null, (e: unknown) => e);
      expect((err as InputError).problems[0]).toMatchObject({ message: 'cannot be written (EEXIST)', hint: 'a file of that name is already there: choose another name, or replace it on purpose' });
      expect(readFileSync(join(dir, 'new.json'), 'utf8')).toBe('first');
      expect(readdirSync(dir)).toEqual(['new.json']);
      await writeFileAtomic('new.json', 'third', dir);
      expect(readFileSync(join(dir, 'new.json'), 'utf8')).toBe('third');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
