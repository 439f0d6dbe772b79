import { plural } from '../errors.js';
import type { Report } from '../core/report.js';
import { mdTable } from './markdown.js';
import { markdown } from './safe.js';
import { pct, pp } from './format.js';
import { RATIO_HEAD, SHORT_LEGEND, SHOWN_RATIOS, countCells, ratioCells, ratioRows, repHead, weekHead } from './report-rows.js';
import { appendAll } from '../core/arrays.js';

/** Markdown for wikis, pull requests and CI summaries. */
export function reportMd(r: Report): string {
  const out = [`## Funnel ${r.chain}`, '', `Meetings/reached/dials over ${plural(r.weeks.length, 'week')}.`, ''];
  // The same rows and columns as the terminal table: callbacks/reached when recorded, the weekly change.
  out.push(mdTable(RATIO_HEAD, ratioRows(r)));
  if (r.weeks.length > 1) {
    const change = (d: number | null | undefined) => (d === null || d === undefined ? '' : Math.abs(d) < 0.0005 ? `· ${pp(0)}` : `${d > 0 ? '▲' : '▼'} ${pp(d)}`);
    out.push('', '### Week by week', '', mdTable(weekHead(r), r.weeks.map((w) => [w.week, ...countCells(r, w.totals, w.pace), ...ratioCells(w.ratios), change(w.change?.['meetings/dials'])])));
  }
  if (r.reps) {
    const rows = r.reps.map((p) => [p.rep, String(p.weeks), ...countCells(r, p.totals, p.pace), ...SHOWN_RATIOS.map((n) => pct(p.ratios[n]) + (p.vs_team[n].verdict === 'better' ? ' ▲' : p.vs_team[n].verdict === 'worse' ? ' ▼' : ''))]);
    out.push('', '### By rep', '', mdTable(repHead(r), rows), '', `${SHORT_LEGEND}. ▲/▼: better/worse than the rest of the team beyond chance (Fisher’s exact test, p < 0.05).`);
  }
  if (r.warnings.length) appendAll(out, ['', ...r.warnings.map((w) => `> ${markdown(w)}`)]);
  return out.join('\n');
}
