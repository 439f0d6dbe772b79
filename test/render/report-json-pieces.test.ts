import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/report.js';
import { wholeText } from '../../src/render/formats.js';
import { collapseNumberLists, reportJson } from '../../src/render/report-json.js';
import { json } from '../../src/render/safe.js';
import { week } from '../helpers.js';

// Names a naive splice would trip on: the key itself, line breaks, brackets, invisible characters.
const REPS = ['Ann', '"reps": []', 'Bo\nb', '[1,\n2]', 'Zoë\u2028', '  "reps": [', 'Cas'];

describe('report JSON written one rep at a time', () => {
  const rows = REPS.flatMap((rep, r) => ['2026-W01', '2026-W02', '2026-W03'].map((w, i) => week({ dials: 100 + 7 * r + i, reached: 30 + r, meetings: 3 + (r % 4) }, { rep, week: w })));
  const report = buildReport(rows);

  it('comes in pieces, one per rep besides the head and the tail', () => {
    const rendered = reportJson(report);
    expect(typeof rendered).not.toBe('string');
    expect(Array.from(rendered).length).toBe(REPS.length + 2);
  });

  it('is exactly the text of the whole document written at once', () => {
    const text = wholeText(reportJson(report));
    const back = JSON.parse(text);
    expect(back.reps.map((p: { rep: string }) => p.rep)).toEqual(report.reps!.map((p) => p.rep));
    expect(new Set(back.reps.map((p: { rep: string }) => p.rep))).toEqual(new Set(REPS));
    // Written whole by the same safe JSON writer and list folding, the parsed document reads the same.
    expect(text).toBe(collapseNumberLists(json(back)));
  });

  it('a team report (no reps) is one string, as before', () => {
    const team = buildReport(rows.slice(0, 1).map((r) => ({ ...r, rep: null })));
    expect(typeof reportJson(team)).toBe('string');
  });
});
