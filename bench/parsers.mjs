// Parse-only speed of CSV parsers for the general reader (the path for files the byte scanner cannot read):
// every record of a call log, streamed in 64 KB chunks, with quoted values holding line breaks.
// papaparse and uDSV are installed on first use into bench/.parsers/ (never dependencies of the project).
//   node bench/parsers.mjs [FILE]        default: bench/data/calls-1m.csv plus one multi-line quoted row
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { defaultPath, generate } from './generate.mjs';

const root = new URL('..', import.meta.url).pathname;
const dir = join(root, 'bench/.parsers');
const which = process.argv[2];

if (which === '--child') {
  // One parser in this process: node bench/parsers.mjs --child NAME FILE
  const [, name, file] = process.argv.slice(2);
  const { createReadStream } = await import('node:fs');
  const require = createRequire(join(dir, 'package.json'));
  let rows = 0;
  const source = () => createReadStream(file, { highWaterMark: 64 << 10 });
  if (name === 'csv-parse') {
    const { parse } = await import('csv-parse');
    for await (const r of source().pipe(parse({ relax_column_count: true }))) rows += r.length > 0 ? 1 : 0;
  } else if (name === 'papaparse') {
    const Papa = require('papaparse');
    await new Promise((done) => Papa.parse(source(), { step: () => rows++, complete: done }));
  } else if (name === 'udsv') {
    const { inferSchema, initParser } = require('udsv');
    let parser = null;
    for await (const chunk of source().setEncoding('utf8')) {
      parser ??= initParser(inferSchema(chunk));
      parser.chunk(chunk, parser.stringArrs, () => rows++);
    }
    parser.end();
  }
  console.log(rows);
} else {
  if (!existsSync(join(dir, 'node_modules/udsv'))) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', 'papaparse@5', 'udsv@0.7'], { cwd: dir, stdio: 'inherit' });
  }
  let file = which;
  if (!file) {
    const base = defaultPath(1_000_000);
    if (!existsSync(base)) generate(1_000_000, base);
    file = join(root, 'bench/data/calls-1m-quoted.csv');
    copyFileSync(base, file);
    appendFileSync(file, '2026-05-30T10:00:01Z,"rep\n001",connected,60\n');
  }
  console.log('| parser | rows | wall s | peak RSS MB |\n|---|---:|---:|---:|');
  for (const name of ['csv-parse', 'papaparse', 'udsv']) {
    const started = performance.now();
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, new URL(import.meta.url).pathname, '--child', name, file], { encoding: 'utf8' });
    const wall = (performance.now() - started) / 1000;
    console.log(`| ${name} | ${r.stdout.trim()} | ${wall.toFixed(2)} | ${(Number(r.stderr.trim().split('\n').pop()) / 1024).toFixed(0)} |`);
  }
}
