// Deterministic weekly tables of many reps (mulberry32, seed 7): one row per (ISO week, rep).
//   node bench/weekly.mjs --reps 20000 --weeks 52   → bench/data/weekly-20000x52.csv
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { rng } from './generate.mjs';

export function weeklyPath(reps, weeks) {
  return new URL(`./data/weekly-${reps}x${weeks}.csv`, import.meta.url).pathname;
}

/** ISO weeks from 2024-W01 on, so 104 weeks cross a year boundary (2024 has 52 ISO weeks). */
function weekLabel(k) {
  const year = 2024 + Math.floor(k / 52);
  return `${year}-W${String((k % 52) + 1).padStart(2, '0')}`;
}

export function generateWeekly(reps, weeks, out = weeklyPath(reps, weeks), seed = 7) {
  mkdirSync(dirname(out), { recursive: true });
  const random = rng(seed);
  const fd = openSync(out, 'w');
  let chunk = 'week,rep,dials,reached,meetings,callbacks\n';
  for (let w = 0; w < weeks; w++) {
    for (let r = 0; r < reps; r++) {
      const dials = 40 + Math.floor(random() * 80);
      const reached = Math.floor(dials * (0.15 + random() * 0.2));
      const meetings = Math.floor(reached * random() * 0.3);
      const callbacks = Math.floor((reached - meetings) * random() * 0.2);
      chunk += `${weekLabel(w)},rep_${String(r + 1).padStart(5, '0')},${dials},${reached},${meetings},${callbacks}\n`;
      if (chunk.length > 1 << 20) { writeSync(fd, chunk); chunk = ''; }
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { reps: { type: 'string', default: '20000' }, weeks: { type: 'string', default: '52' } } });
  console.log(generateWeekly(Number(values.reps), Number(values.weeks)));
}
