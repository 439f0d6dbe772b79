import { COMPARED_RATIOS, type RepPart, type Report, type Verdict } from '../../core/report.js';
import { pct } from '../format.js';
import { pValue, repsToShow } from '../report-table.js';
import { SHORT_LABELS, countCells, countHead } from '../report-rows.js';
import type { RatioName } from '../../core/funnel.js';
import { axisPct, forest, type ForestPanel, type Mark } from './charts.js';
import { html } from '../safe.js';
import { figure, name, table } from './page.js';

/** The short column head of a ratio, spelled out for screen readers and on hover. */
export const ratioHead = (n: RatioName) => `<abbr title="${n}">${html(SHORT_LABELS[n])}</abbr>`;

const markOf = (v: Verdict): Mark => (v === 'better' || v === 'worse' ? v : 'same');

/** ▲/▼ beside a rate, with the word for screen readers: the colour is never the only carrier. */
function rateCell(p: RepPart, n: (typeof COMPARED_RATIOS)[number]): string {
  const v = p.vs_team[n].verdict;
  const mark = v === 'better' ? ' <span class="mark better" title="better than the rest of the team">▲<span class="sr"> better</span></span>'
    : v === 'worse' ? ' <span class="mark worse" title="worse than the rest of the team">▼<span class="sr"> worse</span></span>' : '';
  return pct(p.ratios[n]) + mark;
}

/** Best meetings/dials first (the rate the whole funnel comes down to); reps without data last. */
function leaderboard(reps: readonly RepPart[]): RepPart[] {
  return [...reps].sort((a, b) => (b.ratios['meetings/dials'] ?? -1) - (a.ratios['meetings/dials'] ?? -1));
}

function flagged(reps: readonly RepPart[]): string[] {
  return reps.flatMap((p) =>
    COMPARED_RATIOS.filter((n) => markOf(p.vs_team[n].verdict) !== 'same').map(
      (n) => `${p.rep}: ${n} ${pct(p.ratios[n])} vs ${pct(p.vs_team[n].rest)} for the rest of the team (${pValue(p.vs_team[n].p_value)}, adjusted ${pValue(p.vs_team[n].p_adjusted)}), ${p.vs_team[n].verdict}`,
    ),
  );
}

/**
 * The chart keeps what the terminal table keeps for a big team (flagged reps, the top and the bottom by
 * meetings/dials; every rep with --all-reps); the table under it lists every rep, as csv, json and md do.
 */
function charted(board: readonly RepPart[], all: boolean): { reps: readonly RepPart[]; note: string } {
  const { shown, hidden } = repsToShow(board, all);
  if (hidden === 0) return { reps: board, note: '' };
  return { reps: shown, note: ` The chart shows ${shown.length} of ${board.length} reps: those that differ from the rest beyond chance and the best and weakest by meetings/dials (--all-reps charts every rep); the table lists all.` };
}

export function repSection(r: Report, reps: readonly RepPart[], allReps = false): string {
  const board = leaderboard(reps);
  const shown = charted(board, allReps);
  const panels: ForestPanel[] = COMPARED_RATIOS.map((n) => ({
    title: n,
    team: r.ratios[n],
    cells: shown.reps.map((p) => {
      // The fair (empirical-Bayes) rate and interval: a rep with little data is pulled toward the team,
      // so the chart does not rank thin reps at the extremes by chance. The raw rate stays in the table.
      const c = p.vs_team[n];
      const band = c.fair ?? (p.intervals[n] ? { rate: p.ratios[n], ...p.intervals[n] } : null);
      return {
        value: band?.rate ?? p.ratios[n], lo: band?.lo ?? null, hi: band?.hi ?? null, mark: markOf(c.verdict),
        tip: `${p.rep}: ${n} fair ${pct(band?.rate ?? null)}${band ? ` (90 % interval ${pct(band.lo)}–${pct(band.hi)})` : ''}, raw ${pct(p.ratios[n])}, rest of the team ${pct(c.rest)}, ${pValue(c.p_value)}, adjusted ${pValue(c.p_adjusted)}`,
      };
    }),
  }));
  const found = flagged(board);
  const single = reps.length === 1;
  const desc =
    `Each rep's fair rate (pulled toward the team where the data are thin) with its 90 % interval, against the team's rate (dashed line), for ${COMPARED_RATIOS.join(', ')}; best meetings/dials first. ` +
    (single ? 'Only one rep: there is no rest of the team to compare with.' : found.length ? found.join('; ') + '.' : 'No rep differs from the rest of the team beyond chance.');
  const chart = forest('rep-chart', 'Reps against the team', desc + shown.note, shown.reps.map((p) => p.rep), panels, axisPct);
  const caption = '▲ better / ▼ worse than the rest of the team beyond chance (Fisher’s exact test on wobble-adjusted counts, two-sided, Benjamini–Hochberg adjusted p &lt; 0.05 over all reps); ● no difference shown by the data. Dots and bars: fair rates (empirical Bayes) with 90 % intervals; the table gives the raw rates; dashed line: the team.' + html(shown.note);
  const head = ['Rep', 'Weeks', ...countHead(r).map(html), ...COMPARED_RATIOS.map(ratioHead)];
  const rows = board.map((p) => [name(p.rep), String(p.weeks), ...countCells(r, p.totals, p.pace), ...COMPARED_RATIOS.map((n) => rateCell(p, n))]);
  const verdicts = single
    ? '<p class="muted">Only one rep in the data: there is no rest of the team to compare with.</p>'
    : found.length
      ? `<ul class="small">${found.map((f) => `<li>${html(f)}</li>`).join('')}</ul>`
      : '<p class="muted">No rep differs from the rest of the team beyond chance.</p>';
  return figure(chart, caption) + table(head, rows) + verdicts;
}
