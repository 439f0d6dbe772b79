// The statistical targets of issue 11 with more simulated teams than the test suite runs
// (test/sim/stats-targets.test.ts): false marks, weekly check failures, power, plan coverage.
// Usage: node bench/stats-sim.mjs [--runs 500] [--seed 1]
// The scenarios live in test/sim/targets.ts (TypeScript), bundled here with esbuild into a temporary file.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
};
const runs = arg('runs', 500);
const seed = arg('seed', 1);

const dir = mkdtempSync(join(tmpdir(), 'funnel-stats-sim-'));
try {
  const outfile = join(dir, 'targets.mjs');
  await build({
    absWorkingDir: fileURLToPath(new URL('..', import.meta.url)),
    entryPoints: ['test/sim/targets.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'warning',
  });
  const t = await import(pathToFileURL(outfile).href);
  const rows = [];
  const measure = (what, target, fn) => {
    const start = performance.now();
    const value = fn();
    const ok = target.startsWith('≤') ? value <= Number(target.slice(1)) / 100 : value >= Number(target.slice(1)) / 100;
    rows.push([what, target, `${(value * 100).toFixed(1)} %`, ok ? 'ok' : 'MISSED', `${((performance.now() - start) / 1000).toFixed(1)} s`]);
    console.error(rows.at(-1).join(' | '));
  };
  const s = (k) => seed * 1000 + k;
  measure('report --by rep, 20 identical reps × 8 weeks, binomial: teams with a false mark', '≤10', () => t.falseMarks(runs, s(1), 0));
  measure('same, 5 pp rep-week wobble', '≤10', () => t.falseMarks(runs, s(2), t.WOBBLE));
  measure('rep at half the meeting rate marked worse, binomial, 100 dials/week', '≥80', () => t.halfRateCaught(runs, s(3), 0, 100));
  measure('same, with wobble, 100 dials/week', '≥80', () => t.halfRateCaught(runs, s(4), t.WOBBLE, 100));
  measure('same, with wobble, 150 dials/week', '≥80', () => t.halfRateCaught(runs, s(5), t.WOBBLE, 150));
  measure('check --baseline, team, binomial, nothing changed: runs failing', '≤10', () => t.checkFails(runs, s(6), 0, false));
  measure('check --baseline, team, wobble, nothing changed', '≤10', () => t.checkFails(runs, s(7), t.WOBBLE, false));
  measure('check --baseline --by rep, binomial, nothing changed', '≤10', () => t.checkFails(runs, s(8), 0, true));
  measure('check --baseline --by rep, wobble, nothing changed', '≤10', () => t.checkFails(runs, s(9), t.WOBBLE, true));
  measure('report --by rep, rep-week wobble and a 3 pp team-wide weekly shift: teams with a false mark', '≤10', () => t.falseMarks(runs, s(13), t.WOBBLE, 0.03));
  measure('check --baseline, team, rep-week wobble and a 3 pp team-wide weekly shift, nothing changed', '≤10', () => t.checkFails(runs, s(14), t.WOBBLE, false, {}, 0.03));
  measure('check --baseline --by rep, same', '≤10', () => t.checkFails(runs, s(15), t.WOBBLE, true, {}, 0.03));
  measure('check --baseline, team, same wobble, meetings/reached halved in week 9', '≥80', () => t.checkFails(runs, s(16), t.WOBBLE, false, { weekFactor: (w) => (w === 8 ? 0.5 : 1) }, 0.03));
  measure('check --baseline, team, wobble, true meeting rate −5 % (inside tolerance)', '≤10', () => t.checkFails(runs, s(10), t.WOBBLE, false, { weekFactor: (w) => (w === 8 ? 0.95 : 1) }));
  measure('check --baseline, team, wobble, true meeting rate −10 % (exactly the tolerance): at most alpha', '≤5', () => t.checkFails(runs, s(17), t.WOBBLE, false, { weekFactor: (w) => (w === 8 ? 0.9 : 1) }));
  measure('check --baseline, team, wobble, meetings/reached halved in week 9: runs failing', '≥80', () => t.checkFails(runs, s(11), t.WOBBLE, false, { weekFactor: (w) => (w === 8 ? 0.5 : 1) }));
  const plan = t.planTargets(Math.max(100, Math.round(runs / 2)), s(12));
  rows.push(['plan, wobbly 8 weeks: 90 % range covers the true dials/day', '≥85', `${(plan.coverage * 100).toFixed(1)} %`, plan.coverage >= 0.85 ? 'ok' : 'MISSED', '']);
  rows.push(['plan: confident dials book the target on simulated days', '≥88', `${(plan.hitRate * 100).toFixed(1)} %`, plan.hitRate >= 0.88 ? 'ok' : 'MISSED', '']);
  console.log(`\n${runs} teams or runs each (plan: ${Math.max(100, Math.round(runs / 2))} histories × 40 days), seed ${seed}\n`);
  console.log('| situation | target | measured | | time |\n|---|---|---:|---|---:|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
