import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { writeFileAtomic } from '../../src/io/write-atomic.js';

const dir = mkdtempSync(join(tmpdir(), 'funnel-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function failure(path: string, cwd: string): Promise<string> {
  const err = await writeFileAtomic(path, 'x', cwd).then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(InputError);
  const [problem] = (err as InputError).problems;
  return `${problem!.message} — ${problem!.hint}`;
}

describe('writeFileAtomic: a target it cannot write says why, and leaves nothing behind', () => {
  const plain = join(dir, 'plain');
  mkdirSync(plain);
  writeFileSync(join(plain, 'a-file'), '');

  it.each([
    ['no/such/folder/out.md', 'cannot be written (ENOENT) — the folder does not exist: create it first (mkdir -p) or write somewhere else'],
    ['a-file/out.md', 'cannot be written (ENOTDIR) — part of the path is a file, not a folder: check the path'],
    ['.', 'cannot be written (EISDIR) — that is a folder: give a file name inside it, e.g. DIR/report.md'],
  ])('%s', async (path, message) => {
    expect(await failure(path, plain)).toBe(message);
    expect(readdirSync(plain)).toEqual(['a-file']); // no temporary file left
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

describe('writeFileAtomic: symbolic links and special files', () => {
  it('writes through a symbolic link to its target, in the target folder, and keeps the link', async () => {
    const real = join(dir, 'real');
    mkdirSync(real);
    writeFileSync(join(real, 'report.md'), 'old');
    symlinkSync(join(real, 'report.md'), join(dir, 'hop2'));
    symlinkSync('hop2', join(dir, 'link.md')); // a chain, the last hop relative
    await writeFileAtomic('link.md', 'new', dir);
    expect(readFileSync(join(real, 'report.md'), 'utf8')).toBe('new');
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.md'))).toBe('hop2');
    expect(readdirSync(real)).toEqual(['report.md']);
  });
  it('a dangling link creates the file it names', async () => {
    symlinkSync('made-by-link.md', join(dir, 'dangling.md'));
    await writeFileAtomic('dangling.md', 'x', dir);
    expect(readFileSync(join(dir, 'made-by-link.md'), 'utf8')).toBe('x');
    expect(lstatSync(join(dir, 'dangling.md')).isSymbolicLink()).toBe(true);
  });
  it('a loop of links is an error, not a hang', async () => {
    symlinkSync('loop-b', join(dir, 'loop-a'));
    symlinkSync('loop-a', join(dir, 'loop-b'));
    expect(await failure('loop-a', dir)).toBe('cannot be written (ELOOP) — check that the folder exists and is writable');
  });
  it('refuses to replace a FIFO', async () => {
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(await failure('pipe', dir)).toBe(
      'cannot be written: it is a named pipe (FIFO) — funnel replaces only regular files: to send the output into a pipe or device, leave out the option and redirect stdout (> FILE)',
    );
    expect(statSync(fifo).isFIFO()).toBe(true);
  });
  it('refuses to replace a character device, also through a link', async () => {
    symlinkSync('/dev/null', join(dir, 'null-link'));
    expect(await failure('null-link', dir)).toMatch(/^cannot be written: it is a character device — /);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });
  it('keeps the permissions of the file it replaces', async () => {
    const file = join(dir, 'private.md');
    writeFileSync(file, 'old');
    chmodSync(file, 0o600);
    await writeFileAtomic('private.md', 'new', dir);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});

describe('writeFileAtomic: a signal while writing', () => {
  let script = '';
  beforeAll(async () => {
    script = join(dir, 'write-child.cjs');
    await build({ entryPoints: ['src/io/write-atomic.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: join(dir, 'write-atomic.cjs'), logLevel: 'silent' });
    // 300 MB take long enough to write that the signal arrives before the rename.
    writeFileSync(
      script,
      `const { readdirSync } = require('node:fs');
       const { writeFileAtomic } = require('./write-atomic.cjs');
       const out = process.argv[2];
       writeFileAtomic('out.csv', 'x'.repeat(300 * 2 ** 20), out);
       // Tell the parent once the temporary file exists: the signal must come in the middle of the write.
       const poll = setInterval(() => {
         if (readdirSync(out).some((f) => f.endsWith('.tmp'))) clearInterval(poll), process.send('writing');
       }, 1);`,
    );
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} removes the temporary file and ends with the signal`, async () => {
      const out = join(dir, signal);
      mkdirSync(out);
      const child = spawn(process.execPath, [script, out], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
      child.on('message', () => child.kill(signal));
      const ended = await new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, sig) => done(sig)));
      expect(ended).toBe(signal);
      expect(readdirSync(out)).toEqual([]); // neither a temporary file nor a half-written target
    }, 20_000);
  }
});
