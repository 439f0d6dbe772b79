// Deterministic weekly tables of many reps (mulberry32, seed 7): one row per (ISO week, rep).
//   node bench/weekly.mjs --reps 20000 --weeks 52   → bench/data/weekly-20000x52.csv
//   node bench/weekly.mjs --reps 20000 --weeks 52 --full   → bench/data/weekly-20000x52-full.csv
// The plain layout has four counts; the full one all seven measures, as a European spreadsheet exports
// them: ";", quoted rep names, long headers, hours with a decimal comma.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { rng } from './generate.mjs';

export function weeklyPath(reps, weeks, full = false) {
  return new URL(`./data/weekly-${reps}x${weeks}${full ? '-full' : ''}.csv`, import.meta.url).pathname;
}

const FULL_HEADER = 'Week;Rep;Dials;Decision makers reached;Callbacks short term;Callbacks long term;Meetings booked;Hours\n';

/** ISO weeks from 2024-W01 on, so 104 weeks cross a year boundary (2024 has 52 ISO weeks). */
function weekLabel(k) {
  const year = 2024 + Math.floor(k / 52);
  return `${year}-W${String((k % 52) + 1).padStart(2, '0')}`;
}

export function generateWeekly(reps, weeks, out = weeklyPath(reps, weeks), seed = 7, full = false) {
  mkdirSync(dirname(out), { recursive: true });
  const random = rng(seed);
  const fd = openSync(out, 'w');
  let chunk = full ? FULL_HEADER : 'week,rep,dials,reached,meetings,callbacks\n';
  for (let w = 0; w < weeks; w++) {
    for (let r = 0; r < reps; r++) {
      const dials = 40 + Math.floor(random() * 80);
      const reached = Math.floor(dials * (0.15 + random() * 0.2));
      const meetings = Math.floor(reached * random() * 0.3);
      const callbacks = Math.floor((reached - meetings) * random() * 0.2);
      const rep = String(r + 1).padStart(5, '0');
      if (full) {
        const short = Math.floor(callbacks * random());
        const hours = (2 + random() * 6).toFixed(1).replace('.', ',');
        chunk += `${weekLabel(w)};"Rep ${rep}";${dials};${reached};${short};${callbacks - short};${meetings};${hours}\n`;
      } else chunk += `${weekLabel(w)},rep_${rep},${dials},${reached},${meetings},${callbacks}\n`;
      if (chunk.length > 1 << 20) { writeSync(fd, chunk); chunk = ''; }
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { reps: { type: 'string', default: '20000' }, weeks: { type: 'string', default: '52' }, full: { type: 'boolean', default: false } } });
  const [reps, weeks] = [Number(values.reps), Number(values.weeks)];
  console.log(generateWeekly(reps, weeks, weeklyPath(reps, weeks, values.full), 7, values.full));
}
