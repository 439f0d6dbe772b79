// Deterministic synthetic call log for the benchmarks: same seed, same bytes, on every machine.
// 200 reps over 52 weeks (starting Monday 2025-06-02, so the log crosses a year boundary), one row per
// call in time order; outcomes no_answer 50 %, voicemail 14 %, connected 24 %, meeting_booked 8 %, callback 4 %.
//   node bench/generate.mjs --rows 1000000 [--out bench/data/calls-1m.csv] [--seed 42]
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';

export const OUTCOMES = [
  ['no_answer', 0.5, 0, 0],
  ['voicemail', 0.14, 15, 45],
  ['connected', 0.24, 20, 600],
  ['meeting_booked', 0.08, 120, 900],
  ['callback', 0.04, 30, 300],
];
export const REPS = 200;
export const WEEKS = 52;
export const START = Date.UTC(2025, 5, 2); // a Monday

/** mulberry32: tiny, fast, good enough for synthetic data. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function defaultPath(rows) {
  const label = rows % 1_000_000 === 0 ? `${rows / 1_000_000}m` : String(rows);
  return new URL(`./data/calls-${label}.csv`, import.meta.url).pathname;
}

export function generate(rows, out = defaultPath(rows), seed = 42) {
  mkdirSync(dirname(out), { recursive: true });
  const random = rng(seed);
  const repNames = Array.from({ length: REPS }, (_, i) => `rep_${String(i + 1).padStart(3, '0')}`);
  const span = WEEKS * 7 * 86_400_000;
  const fd = openSync(out, 'w');
  let chunk = 'timestamp,rep,outcome,duration_seconds\n';
  for (let i = 0; i < rows; i++) {
    const t = START + Math.floor(((i + random()) / rows) * span);
    const r = random();
    let acc = 0;
    let o = OUTCOMES[OUTCOMES.length - 1];
    for (const candidate of OUTCOMES) {
      acc += candidate[1];
      if (r < acc) { o = candidate; break; }
    }
    const duration = o[2] + Math.floor(random() * (o[3] - o[2] + 1));
    const rep = repNames[Math.floor(random() * REPS)];
    chunk += `${new Date(t).toISOString().slice(0, 19)}Z,${rep},${o[0]},${duration}\n`;
    if (chunk.length > 1 << 20) { writeSync(fd, chunk); chunk = ''; }
  }
  writeSync(fd, chunk);
  closeSync(fd);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, out: { type: 'string' }, seed: { type: 'string', default: '42' } } });
  const rows = Number(values.rows);
  console.log(generate(rows, values.out ?? defaultPath(rows), Number(values.seed)));
}
