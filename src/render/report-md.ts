import type { Report } from '../core/report.js';
import { mdTable } from './markdown.js';
import { pct, pp } from './format.js';
import type { RatioName } from '../core/funnel.js';
import { RATIO_LABELS, SHORT_LABELS, SHORT_LEGEND, SHOWN_RATIOS, countCells, countHead, hasCallbacks, interval, ratioCells, repHead } from './report-rows.js';

/** Markdown for wikis, pull requests and CI summaries. */
export function reportMd(r: Report): string {
  const out = [`## Funnel ${r.chain}`, '', `Meetings/reached/dials over ${r.weeks.length} week${r.weeks.length === 1 ? '' : 's'}.`, ''];
  // The same rows and columns as the terminal table: callbacks/reached when recorded, the weekly change.
  const names: RatioName[] = [...SHOWN_RATIOS, ...(hasCallbacks(r) ? (['callbacks/reached'] as const) : [])];
  out.push(mdTable(['Ratio', 'Value', '90 % interval'], names.map((n) => [RATIO_LABELS[n], pct(r.ratios[n]), interval(r.intervals[n])])));
  if (r.weeks.length > 1) {
    const change = (d: number | null | undefined) => (d === null || d === undefined ? '' : Math.abs(d) < 0.0005 ? `· ${pp(0)}` : `${d > 0 ? '▲' : '▼'} ${pp(d)}`);
    const head = ['Week', ...countHead(r), ...SHOWN_RATIOS.map((n) => SHORT_LABELS[n]), 'Δ mtg/dial'];
    out.push('', '### Week by week', '', mdTable(head, r.weeks.map((w) => [w.week, ...countCells(r, w.totals, w.pace), ...ratioCells(w.ratios), change(w.change?.['meetings/dials'])])));
  }
  if (r.reps) {
    const rows = r.reps.map((p) => [p.rep, String(p.weeks), ...countCells(r, p.totals, p.pace), ...SHOWN_RATIOS.map((n) => pct(p.ratios[n]) + (p.vs_team[n].verdict === 'better' ? ' ▲' : p.vs_team[n].verdict === 'worse' ? ' ▼' : ''))]);
    out.push('', '### By rep', '', mdTable(repHead(r), rows), '', `${SHORT_LEGEND}. ▲/▼: better/worse than the rest of the team beyond chance (Fisher’s exact test, p < 0.05).`);
  }
  if (r.warnings.length) out.push('', ...r.warnings.map((w) => `> ${w}`));
  return out.join('\n');
}
