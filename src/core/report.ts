import { chain, groupBy, groupByWeek, ratios, sumCounts, type Ratios } from './funnel.js';
import type { ActivityRow, Counts } from './types.js';

export interface ReportPart {
  totals: Counts;
  ratios: Ratios;
}

export interface Report extends ReportPart {
  chain: string;
  weeks: (ReportPart & { week: string })[];
  reps?: (ReportPart & { rep: string })[];
  warnings: string[];
}

function part(totals: Counts): ReportPart {
  return { totals, ratios: ratios(totals) };
}

export function buildReport(rows: readonly ActivityRow[], warnings: readonly string[] = []): Report {
  const totals = sumCounts(rows.map((r) => r.counts));
  const report: Report = {
    ...part(totals),
    chain: chain(totals),
    weeks: groupByWeek(rows).map((g) => ({ week: g.key, ...part(g.totals) })),
    warnings: [...warnings],
  };
  if (rows.some((r) => r.rep !== null)) {
    report.reps = groupBy(rows, (r) => r.rep ?? '(no rep)').map((g) => ({ rep: g.key, ...part(g.totals) }));
  }
  return report;
}
