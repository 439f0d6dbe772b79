import type { Report } from '../core/report.js';
import type { Format, Rendered } from './formats.js';
import { loadHtml } from './html-lazy.js';
import type { InputShown } from './html/report-input.js';
import { reportCsv } from './report-csv.js';
import { reportJson } from './report-json.js';
import { reportMd } from './report-md.js';
import { reportTable } from './report-table.js';
import { finish, type Theme } from './theme.js';

interface RenderContext {
  theme: Theme;
  byRep: boolean;
  /** --all-reps: every rep in the terminal table, not only the ones that matter. */
  allReps?: boolean;
  /** How each input was understood (JSON, and the HTML page's appendix). */
  inputs?: readonly InputShown[];
  /** The input files, named in the HTML page's heading. */
  files: readonly string[];
}

const RENDERERS = {
  table: (r, ctx) => finish(reportTable(r, ctx.theme, { byRep: ctx.byRep, allReps: ctx.allReps ?? false }), ctx.theme),
  json: (r, ctx) => reportJson(r, ctx.inputs),
  csv: (r) => reportCsv(r),
  md: (r) => reportMd(r),
  html: async (r, ctx) => (await loadHtml()).reportHtml(r, ctx),
} satisfies Record<Format, (r: Report, ctx: RenderContext) => Rendered | Promise<string>>;

export async function renderReport(r: Report, format: Format, ctx: RenderContext): Promise<Rendered> {
  return RENDERERS[format](r, ctx);
}
