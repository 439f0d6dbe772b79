import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { funnel, ROOT } from './run-cli.js';

const DIST = join(ROOT, 'dist');
const bundles = readdirSync(DIST).filter((f) => /\.(c?js)$/.test(f));

describe('the built bundles', () => {
  // Node reads a file with one non-ASCII character as a two-byte string: twice the memory, slower to read
  // and to compile. esbuild escapes strings but copies regular expressions as written, so a non-ASCII
  // character in a regex literal must be written as an escape (\u2013) in src/.
  it.each(bundles)('%s is plain ASCII', (file) => {
    const text = readFileSync(join(DIST, file), 'latin1');
    const at = text.search(/[^\x00-\x7f]/);
    expect(at === -1 ? 'ASCII' : text.slice(Math.max(0, at - 60), at + 20)).toBe('ASCII');
  });
});

describe('what a weekly report loads', () => {
  // Node's own modules and the files loaded by the run, listed at exit (stderr) by a preloaded hook.
  const dir = mkdtempSync(join(tmpdir(), 'funnel-loads-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const hook = join(dir, 'list-loaded.cjs');
  writeFileSync(hook, `process.on('exit', () => require('node:fs').writeSync(2, '@@' + JSON.stringify({ builtins: process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13)), files: Object.keys(require.cache) }) + '\\n'));`);
  const loaded = (args: string[]) => {
    const run = funnel(args, { env: { NODE_OPTIONS: `--require ${hook}` } });
    expect(run.code).toBe(0);
    return JSON.parse(/^@@(.*)$/m.exec(run.stderr)?.[1] ?? '{}') as { builtins: string[]; files: string[] };
  };

  // Each of these costs milliseconds of a start that only prints: the HTML renderers (dist/html.cjs),
  // child_process (commander's executable sub-commands), fs/promises (--output), and Node's streams and
  // sockets (process.stdout: not built when stdout and stderr are pipes, sockets, files or /dev/null).
  it.each([
    [['report', 'fixtures/reference-week.csv']],
    [['report', 'fixtures/team-8-weeks.csv', '--by', 'rep', '--format', 'json']],
    [['plan', '--meetings-per-day', '3']],
    [['check', 'fixtures/reference-week.csv', '--min', 'meetings/reached=0.2']],
  ])('funnel %j loads no HTML, child_process, fs/promises, streams or sockets', (args) => {
    const { builtins, files } = loaded(args);
    expect(builtins).toContain('vm'); // the hook saw the run
    expect(['child_process', 'fs/promises', 'stream', 'net', 'tty'].filter((m) => builtins.includes(m))).toEqual([]);
    expect(files.filter((f) => f !== hook)).toEqual([join(ROOT, 'bin/funnel.cjs')]); // dist/cli.cjs runs as a vm script
  });

  it('funnel --version loads neither the CLI bundle nor streams: one line, written as the CLI writes', () => {
    const { builtins, files } = loaded(['--version']);
    expect(['vm', 'stream', 'net', 'tty'].filter((m) => builtins.includes(m))).toEqual([]);
    expect(files.filter((f) => f !== hook)).toEqual([join(ROOT, 'bin/funnel.cjs')]);
  });

  // `> /dev/null` (hyperfine, cron): a device, but never a terminal, so written as a file is.
  it.runIf(process.platform === 'linux')('funnel report > /dev/null loads no streams or sockets either', () => {
    const out = openSync('/dev/null', 'w');
    try {
      const run = spawnSync(process.execPath, [join(ROOT, 'bin/funnel.cjs'), 'report', 'fixtures/reference-week.csv'], {
        cwd: ROOT, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', NODE_OPTIONS: `--require ${hook}` }, stdio: ['ignore', out, 'pipe'], encoding: 'utf8',
      });
      expect(run.status).toBe(0);
      const { builtins } = JSON.parse(/^@@(.*)$/m.exec(run.stderr)?.[1] ?? '{}') as { builtins: string[] };
      expect(builtins).toContain('vm');
      expect(['stream', 'net', 'tty'].filter((m) => builtins.includes(m))).toEqual([]);
    } finally {
      closeSync(out);
    }
  });
});
