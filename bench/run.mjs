// Benchmarks (never timed unit tests): call-log throughput against DuckDB, and start-up time.
//   npm run bench                         1M and 10M rows, 5 runs each, plus start-up
//   node bench/run.mjs --rows 1000000 --runs 3 --no-duckdb
//   node bench/run.mjs --only startup --startup-against OLD/bin/funnel.cjs   (report, plan, check; alternating;
//                                         --startup-instructions adds instruction counts from valgrind)
//   node bench/run.mjs --only shapes --rows 1000000 --shapes hubspot,utf16   (export shapes: see shapes.mjs)
//   node bench/run.mjs --only weekly --weekly 20000x52                       (weekly tables: reps × weeks)
// Wall time is the median of the runs, end to end (process start to exit); peak RSS and CPU time come from
// /usr/bin/time. DuckDB (@duckdb/node-api) is installed on first use into bench/.duckdb/, never into
// package.json. Data is generated once into bench/data/ (git-ignored).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultPath, generate } from './generate.mjs';
import { SHAPES, generateShape, shapePath } from './shapes.mjs';
import { generateWeekly, weeklyPath } from './weekly.mjs';

const root = new URL('..', import.meta.url).pathname;
const DUCKDB_VERSION = '1.5.6-r.1';
const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000,10000000' },
    runs: { type: 'string', default: '5' },
    'startup-runs': { type: 'string', default: '21' },
    only: { type: 'string' },
    'no-duckdb': { type: 'boolean', default: false },
    shapes: { type: 'string', default: Object.keys(SHAPES).join(',') },
    weekly: { type: 'string', default: '2000x104,20000x52,20000x52full' },
    // Another build to measure (a checkout of an older commit, built): its bin/funnel.cjs.
    bin: { type: 'string', default: 'bin/funnel.cjs' },
    // start-up only: an older build measured in the same alternating rounds.
    'startup-against': { type: 'string' },
    // start-up only: also count instructions with valgrind (load-independent).
    'startup-instructions': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** One run of a command: wall seconds, CPU seconds (user + sys), peak RSS in MB, stdout. */
function measure(cmd, args, env = {}) {
  const timing = join(tmpdir(), `funnel-bench-${process.pid}.txt`);
  try {
    const started = performance.now();
    const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', '-o', timing, cmd, ...args], {
      cwd: root, env: { ...process.env, ...env }, maxBuffer: 1 << 30, encoding: 'utf8',
    });
    const wall = (performance.now() - started) / 1000;
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
    const [user, sys, rssKb] = readFileSync(timing, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    return { wall, cpu: user + sys, rss: rssKb / 1024, stdout: r.stdout };
  } finally {
    rmSync(timing, { force: true }); // a failed run leaves no timing file behind either
  }
}

function summary(label, all) {
  return { label, wall: median(all.map((m) => m.wall)), cpu: median(all.map((m) => m.cpu)), rss: Math.max(...all.map((m) => m.rss)), stdout: all[0].stdout };
}

function series(label, cmd, args, env) {
  return summary(label, Array.from({ length: runs }, () => measure(cmd, args, env)));
}

/** Two commands run in turn (a, b, a, b, …), so a burst of load on the shared machine hits both alike. */
function alternating(a, b) {
  const [as, bs] = [[], []];
  for (let k = 0; k < runs; k++) {
    as.push(measure(a.cmd, a.args));
    if (b) bs.push(measure(b.cmd, b.args));
  }
  return [summary(a.label, as), b ? summary(b.label, bs) : null];
}

function ensureDuckdb() {
  const dir = join(root, 'bench/.duckdb');
  if (existsSync(join(dir, 'node_modules/@duckdb/node-api'))) return;
  console.log(`installing @duckdb/node-api@${DUCKDB_VERSION} into bench/.duckdb/ (bench only) …`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', `@duckdb/node-api@${DUCKDB_VERSION}`], { cwd: dir, stdio: 'inherit' });
}

/** Per-week and per-rep totals from DuckDB's (week, rep) rows, in funnel's JSON shape. */
function duckTotals(rows) {
  const weeks = new Map();
  const reps = new Map();
  const add = (map, key, r) => {
    const t = map.get(key) ?? { dials: 0, reached: 0, meetings: 0, callbacks: 0, talk_seconds: 0 };
    for (const k of Object.keys(t)) t[k] += Number(r[k]);
    map.set(key, t);
  };
  for (const r of rows) {
    add(weeks, r.week, r);
    add(reps, r.rep, r);
  }
  return { weeks, reps };
}

function sameCounts(funnelJson, duckRows) {
  const report = JSON.parse(funnelJson);
  const duck = duckTotals(duckRows);
  const pick = (t) => ({ dials: t.dials, reached: t.reached, meetings: t.meetings, callbacks: t.callbacks, talk_seconds: t.talk_seconds });
  const mismatch = [];
  const check = (kind, key, a, b) => {
    if (JSON.stringify(pick(a)) !== JSON.stringify(b ?? {})) mismatch.push(`${kind} ${key}: funnel ${JSON.stringify(pick(a))} duckdb ${JSON.stringify(b)}`);
  };
  for (const w of report.weeks) check('week', w.week, w.totals, duck.weeks.get(w.week));
  for (const r of report.reps) check('rep', r.rep, r.totals, duck.reps.get(r.rep));
  if (report.weeks.length !== duck.weeks.size || report.reps.length !== duck.reps.size) mismatch.push('different numbers of weeks or reps');
  return mismatch;
}

const fmt = (n, d = 2) => n.toFixed(d);

function callLogBench(rows) {
  const file = defaultPath(rows);
  if (!existsSync(file)) {
    console.log(`generating ${rows} rows → ${file} …`);
    generate(rows, file);
  }
  const mb = statSync(file).size / 1e6;
  const funnelArgs = [values.bin, 'report', file, '--format', 'json', '--tz', 'UTC', '--quiet'];
  const results = [
    series('funnel report (default: 1 worker per CPU)', 'node', funnelArgs),
    series('funnel report, 1 thread (FUNNEL_THREADS=1)', 'node', funnelArgs, { FUNNEL_THREADS: '1' }),
  ];
  if (!values['no-duckdb']) {
    ensureDuckdb();
    for (const threads of ['default', '1']) {
      const r = series(`DuckDB ${DUCKDB_VERSION}, ${threads === 'default' ? 'default threads' : '1 thread'}`, 'node', ['bench/duckdb-query.mjs', file, threads]);
      const mismatch = sameCounts(results[0].stdout, JSON.parse(r.stdout));
      r.check = mismatch.length === 0 ? 'same counts' : `DIFFERENT: ${mismatch.slice(0, 3).join('; ')}`;
      results.push(r);
    }
  }
  const base = results[0].wall;
  console.log(`\n${rows.toLocaleString('en')} rows, ${fmt(mb, 0)} MB, median of ${runs} runs`);
  console.log('| tool | wall s | MB/s | CPU s | peak RSS MB | wall ÷ funnel | counts |');
  console.log('|---|---:|---:|---:|---:|---:|---|');
  for (const r of results) {
    console.log(`| ${r.label} | ${fmt(r.wall)} | ${fmt(mb / r.wall, 0)} | ${fmt(r.cpu)} | ${fmt(r.rss, 0)} | ${fmt(r.wall / base)} | ${r.check ?? ''} |`);
  }
  const duck = results.find((r) => r.label.includes('default threads'));
  if (duck) console.log(`funnel ÷ DuckDB (default threads) = ${fmt(base / duck.wall)} (target < 1.0)`);
}

/**
 * Start-up: every command once per round, rounds alternating, so a busy moment of the shared machine falls
 * on all rows alike; the median of each row. With --startup-against OTHER/bin/funnel.cjs, an older build runs
 * in the same rounds (its rows marked "other").
 */
function startupBench() {
  const n = Number(values['startup-runs']);
  const commands = [
    ['--version'],
    ['report', 'fixtures/reference-week.csv'],
    ['report', 'fixtures/reference-week.csv', '--format', 'json'],
    ['plan', '--meetings-per-day', '3'],
    ['check', 'fixtures/reference-week.csv', '--min', 'meetings/reached=0.2'],
  ];
  const bins = [['', values.bin], ...(values['startup-against'] ? [[' (other)', values['startup-against']]] : [])];
  const cases = [['node -e 0', ['-e', '0']]];
  for (const args of commands) for (const [mark, bin] of bins) cases.push([`funnel ${args.join(' ')}${mark}`, [bin, ...args]]);
  // NODE_EXTRA_CA_CERTS makes every Node start parse those certificates (tens of ms on some machines),
  // bare node included: it would hide what funnel itself adds. funnel opens no TLS connection.
  const { NODE_EXTRA_CA_CERTS: extraCerts, ...env } = process.env;
  if (extraCerts !== undefined) console.log('\n(NODE_EXTRA_CA_CERTS is set: left out of these runs, it slows every Node start alike)');
  const times = cases.map(() => []);
  for (let i = 0; i < n; i++) {
    cases.forEach(([label, args], c) => {
      const started = performance.now();
      const r = spawnSync('node', args, { cwd: root, env: { ...env, NO_COLOR: '1' } });
      times[c].push(performance.now() - started);
      if (r.status !== 0) throw new Error(`${label} failed: ${r.stderr}`);
    });
  }
  console.log(`\nstart-up, median of ${n} alternating rounds (load average ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
  console.log('| command | median ms | ÷ bare node |');
  console.log('|---|---:|---:|');
  const bare = median(times[0]);
  cases.forEach(([label], c) => console.log(`| ${label} | ${fmt(median(times[c]), 1)} | ${fmt(median(times[c]) / bare)} |`));
  console.log('target: ≤ 1.5 × bare node for report, plan and check on a small file (issue 13)');
  if (values['startup-instructions']) startupInstructions(cases, env);
}

/**
 * Instructions of one run of each case (valgrind's callgrind, every thread): what the load of a shared
 * machine does not move, so two builds compare within a few million (V8's random hash seed).
 */
function startupInstructions(cases, env) {
  const log = join(tmpdir(), `funnel-callgrind-${process.pid}.log`);
  console.log('\n| command | instructions, millions | over bare node |');
  console.log('|---|---:|---:|');
  let bare = 0;
  for (const [label, args] of cases) {
    const r = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', `--log-file=${log}`, 'node', ...args], { cwd: root, env: { ...env, NO_COLOR: '1' } });
    if (r.error || r.status !== 0) throw new Error(`valgrind ${label} failed: ${r.error?.message ?? r.stderr}`);
    const millions = Number(/Collected : (\d+)/.exec(readFileSync(log, 'utf8'))[1]) / 1e6;
    bare ||= millions;
    console.log(`| ${label} | ${fmt(millions, 0)} | ${label === 'node -e 0' ? '' : `+${fmt(millions - bare, 0)}`} |`);
  }
  rmSync(log, { force: true });
}

/** How funnel read a file, from --verbose: "byte scanner, 2 parts on 2 threads" or "general CSV reader (…)". */
function readPath(file, extra = []) {
  const r = spawnSync('node', [values.bin, 'report', file, '--format', 'json', '--tz', 'UTC', '--verbose', ...extra], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  return /read by the (.*)/.exec(r.stderr)?.[1] ?? '?';
}

/** Every export shape at one size: funnel (default threads) against DuckDB (default threads), same counts. */
function shapesBench(rows) {
  console.log(`\n${rows.toLocaleString('en')} rows per shape, median of ${runs} runs, funnel and DuckDB in turn (DuckDB ${DUCKDB_VERSION}, default threads)`);
  console.log('| shape | MB | funnel s | DuckDB s | funnel ÷ DuckDB | funnel CPU s | DuckDB CPU s | funnel RSS MB | DuckDB RSS MB | counts | funnel read by |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|');
  if (!values['no-duckdb']) ensureDuckdb();
  for (const shape of values.shapes.split(',')) {
    const file = shapePath(shape, rows);
    if (!existsSync(file)) generateShape(shape, rows, file);
    const mb = statSync(file).size / 1e6;
    const extra = SHAPES[shape].funnelArgs ?? [];
    const [f, d] = alternating(
      { label: shape, cmd: 'node', args: [values.bin, 'report', file, '--format', 'json', '--tz', 'UTC', '--quiet', ...extra] },
      values['no-duckdb'] ? null : { label: shape, cmd: 'node', args: ['bench/duckdb-query.mjs', file, 'default', shape] },
    );
    let check = '';
    if (d) {
      const mismatch = sameCounts(f.stdout, JSON.parse(d.stdout));
      check = mismatch.length === 0 ? 'same' : `DIFFERENT: ${mismatch.slice(0, 2).join('; ')}`;
    }
    console.log(`| ${shape} | ${fmt(mb, 0)} | ${fmt(f.wall)} | ${d ? fmt(d.wall) : '–'} | ${d ? `**${fmt(f.wall / d.wall)}**` : '–'} | ${fmt(f.cpu)} | ${d ? fmt(d.cpu) : '–'} | ${fmt(f.rss, 0)} | ${d ? fmt(d.rss, 0) : '–'} | ${check} | ${readPath(file, extra)} |`);
  }
}

/** Weekly tables of many reps: report and check --by rep against DuckDB's group-by of the same file. */
function weeklyBench(size) {
  // "20000x52": four counts, as a CRM report exports them; "20000x52full": all seven measures (weekly.mjs).
  const full = size.endsWith('full');
  const [reps, weeks] = size.replace(/full$/, '').split('x').map(Number);
  const file = weeklyPath(reps, weeks, full);
  if (!existsSync(file)) generateWeekly(reps, weeks, file, 7, full);
  const mb = statSync(file).size / 1e6;
  const results = [
    series('funnel report --by rep --format json', 'node', [values.bin, 'report', file, '--by', 'rep', '--format', 'json', '--quiet']),
    series('funnel report --by rep (table)', 'node', [values.bin, 'report', file, '--by', 'rep', '--quiet']),
    series('funnel check --by rep --format json', 'node', [values.bin, 'check', file, '--by', 'rep', '--min', 'meetings/dials=0', '--format', 'json', '--quiet']),
  ];
  let duck = null;
  if (!values['no-duckdb']) {
    ensureDuckdb();
    duck = series('DuckDB group-by rep and week', 'node', ['bench/duckdb-query.mjs', file, 'default', full ? 'weekly-full' : 'weekly']);
    results.push(duck);
  }
  console.log(`\nweekly table ${reps.toLocaleString('en')} reps × ${weeks} weeks${full ? ', all seven measures' : ''} (${(reps * weeks).toLocaleString('en')} rows, ${fmt(mb, 0)} MB), median of ${runs} runs; funnel read it by the ${readPath(file)}`);
  console.log('| tool | wall s | peak RSS MB | ÷ DuckDB |');
  console.log('|---|---:|---:|---:|');
  for (const r of results) console.log(`| ${r.label} | ${fmt(r.wall)} | ${fmt(r.rss, 0)} | ${duck ? fmt(r.wall / duck.wall) : '–'} |`);
}

console.log(`node ${process.version}, ${(await import('node:os')).availableParallelism()} CPUs, load ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
const only = values.only;
if (only === undefined || only === 'calllog') for (const rows of values.rows.split(',').map(Number)) callLogBench(rows);
if (only === undefined || only === 'shapes') for (const rows of values.rows.split(',').map(Number)) shapesBench(rows);
if (only === undefined || only === 'weekly') for (const size of values.weekly.split(',')) weeklyBench(size);
if (only === undefined || only === 'startup') startupBench();
