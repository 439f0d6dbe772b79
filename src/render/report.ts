import type { Report } from '../core/report.js';
import type { Format } from './formats.js';
import { reportCsv } from './report-csv.js';
import { reportJson } from './report-json.js';
import { reportMd } from './report-md.js';
import { reportTable } from './report-table.js';
import { finish, type Theme } from './theme.js';

interface RenderContext {
  theme: Theme;
  byRep: boolean;
  /** How each input was understood (JSON only). */
  inputs?: readonly object[];
}

const RENDERERS = {
  table: (r, ctx) => finish(reportTable(r, ctx.theme, { byRep: ctx.byRep }), ctx.theme),
  json: (r, ctx) => reportJson(r, ctx.inputs),
  csv: (r) => reportCsv(r),
  md: (r) => reportMd(r),
} satisfies Record<Format, (r: Report, ctx: RenderContext) => string>;

export function renderReport(r: Report, format: Format, ctx: RenderContext): string {
  return RENDERERS[format](r, ctx);
}
