import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { buildReport } from '../../src/core/report.js';
import { renderAnnotations } from '../../src/render/check-github.js';
import { renderCheckJunit } from '../../src/render/check-junit.js';
import { renderCheckMarkdown, renderCheckTable } from '../../src/render/check-table.js';
import { REPORT_FORMATS, wholeText } from '../../src/render/formats.js';
import { problemAnnotation } from '../../src/render/github.js';
import { problemLine } from '../../src/render/problems.js';
import { renderReport } from '../../src/render/report.js';
import { loadColour, makeTheme } from '../../src/render/theme.js';

// Coloured themes need chalk loaded, as every command does before it renders for a terminal.
beforeAll(loadColour);
import { week } from '../helpers.js';
import { memoryIo } from '../io-helpers.js';
import { ctx, minPass, noData, noise, regression } from '../render/check-results.js';

/**
 * Arbitrary strings in every place data reaches output — rep, week, outcome, header, file name — never
 * yield a control character, a line a CI runner executes, a broken Markdown table, a CSV formula, or
 * invalid XML.
 */

// What a terminal obeys or hides: C0 (line breaks are ours to write), DEL, C1, bidi, invisible separators.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The characters attacks are made of, weighted in, plus any string at all. */
const PIECES = ['\n', '\r', '\r\n', '\t', '\u001b', '\u001b[31m', '\u001b]8;;http://e\u0007', '\u0007', '\u009b', '\u0085', '\u202e', '\u2066', '\u2028', '\u200b', '\ufeff', '\u0000', '\ud800', '::', '::error title=x::y', '##[error]', '%', ':', ',', ';', '=', '+', '-', '@', '|', '<', '>', '&', '"', "'", '`', '*', '_', '[', ']', '(', ')', '!', '#', '\\', '$', '~', ' ', '   ', 'a', 'Zoë', '1.', 'https://e', 'www.e.com', '<img src=x onerror=alert(1)>', '=HYPERLINK("http://e")'];
const hostile = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 12 }),
);

/** .NET's TrimStart (what the Actions runner does before looking for "::") trims any Unicode space. */
const RUNNER_SPACE = /^[\s\u0085\u180e]*/;
const runsCommand = (line: string) => /^(?:::|##\[)/.test(line.replace(RUNNER_SPACE, ''));

/** Lines no terminal or CI log may see: a control character, or a workflow command from data. */
function assertTerminalSafe(text: string, ours: (line: string) => boolean = () => false): void {
  for (const line of text.split('\n')) {
    expect(line.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(CONTROL);
    if (!ours(line)) expect(runsCommand(line), line).toBe(false);
  }
}

/** Cells of a Markdown table row: pipes not escaped by an odd run of backslashes. */
function mdCells(line: string): number {
  let cells = 0;
  let backslashes = 0;
  for (const c of line) {
    if (c === '|' && backslashes % 2 === 0) cells++;
    backslashes = c === '\\' ? backslashes + 1 : 0;
  }
  return cells - 1;
}

/** Every table in the Markdown keeps its column count, and no data opens HTML, a link or an image. */
function assertMarkdownSafe(md: string): void {
  assertTerminalSafe(md);
  let columns = 0;
  for (const line of md.split('\n')) {
    if (!line.startsWith('|')) {
      columns = 0;
      continue;
    }
    if (columns === 0) columns = mdCells(line);
    expect(mdCells(line), line).toBe(columns);
  }
  expect(md).not.toMatch(/<[a-z!/]/i); // no tag
  expect(md).not.toMatch(/(?<!\\)\]\(|(?<!\\)!\[/); // no link or image
}

/** Every cell, and every piece a `,`/`;` separated spreadsheet would split it into, is no formula. */
function assertCsvSafe(csv: string, width: number): void {
  assertTerminalSafe(csv);
  const rows = parse(csv, { relax_column_count: false }) as string[][];
  for (const row of rows) {
    expect(row).toHaveLength(width);
    for (const cell of row) {
      if (/^-?\d+(\.\d+)?(e[+-]?\d+)?$/.test(cell)) continue; // our numbers
      // A leading apostrophe makes a spreadsheet read the rest as text: the guard we put there.
      for (const piece of cell.split(/[,;]/)) if (!piece.startsWith("'")) expect(piece, cell).not.toMatch(/^[\s"']*[=+\-@]/);
    }
  }
}

const theme = (fancy: boolean) => makeTheme(fancy);

describe('report renderers', () => {
  it('any rep and week names stay safe in table, Markdown, CSV, JSON and HTML', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(hostile, { minLength: 1, maxLength: 3 }), fc.uniqueArray(hostile, { minLength: 1, maxLength: 3 }), fc.boolean(), async (reps, weeks, fancy) => {
        const rows = reps.flatMap((rep, r) => weeks.map((w, i) => week({ dials: 40 + i + r, reached: 12, meetings: 3 + r }, { rep, week: w })));
        const report = buildReport(rows, [`${reps[0]} said ${weeks[0]}`]);
        for (const format of REPORT_FORMATS) {
          const out = wholeText(await renderReport(report, format, { theme: theme(fancy), byRep: true, files: [reps[0]!] }));
          if (format === 'table') assertTerminalSafe(out);
          if (format === 'md') assertMarkdownSafe(out);
          if (format === 'csv') assertCsvSafe(out, 2 + 7 + 4);
          if (format === 'html') expect(out).not.toMatch(/<(?:img|script|iframe)/i); // the page's own markup has none
          if (format === 'json') {
            assertTerminalSafe(out);
            const back = JSON.parse(out);
            expect(back.reps.map((p: { rep: string }) => p.rep).sort()).toEqual([...reps].sort()); // exact data, losslessly
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('check renderers', () => {
  it('any rep name stays safe in the table, Markdown summary, annotations and JUnit', () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => n === 'testcase' });
    fc.assert(
      fc.property(hostile, fc.boolean(), (rep, fancy) => {
        const results = [regression, noise, { ...minPass, rep }, { ...noData, rep, failed: true }];
        assertTerminalSafe(renderCheckTable(results, ctx, theme(fancy)));
        assertMarkdownSafe(renderCheckMarkdown(results, ctx));
        const annotations = renderAnnotations(results, ctx);
        assertTerminalSafe(annotations, (line) => /^::(error|warning) title=funnel check%3A [^\n]*::[^\n]*$/.test(line));
        for (const line of annotations.trim().split('\n')) {
          const [, props = ''] = /^::\w+ (.*?)::/.exec(line) ?? [];
          expect(props).not.toMatch(/[,:\r\n](?!\d)|::/); // the data cannot end the property early
        }
        const xml = renderCheckJunit(results, ctx);
        expect(XMLValidator.validate(xml)).toBe(true);
        expect(xml).not.toMatch(CONTROL);
        expect(parser.parse(xml).testsuites.testsuite.testcase).toHaveLength(4);
      }),
      { numRuns: 300 },
    );
  });
});

describe('error paths', () => {
  it('any file name, field and cell in a problem is one safe line, also as an annotation', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (file, field, cell) => {
        const p = { file, line: 3, column: 2, field, message: `"${cell}" is not a number`, hint: `e.g. ${cell}` };
        const line = problemLine(p);
        expect(line.split('\n')).toHaveLength(1);
        assertTerminalSafe(line);
        const annotation = problemAnnotation(p);
        expect(annotation.split('\n')).toHaveLength(1);
        expect(annotation).toMatch(/^::error file=[^:,\n]*,line=3,col=2,title=funnel%3A invalid input::/);
        assertTerminalSafe(annotation, () => true);
      }),
      { numRuns: 500 },
    );
  });

  it('the CLI run end to end on hostile headers, weeks, reps and file names: stdout and stderr stay safe', async () => {
    const csvField = (s: string) => `"${s.replace(/"/g, '""')}"`;
    await fc.assert(
      fc.asyncProperty(hostile, hostile, hostile, hostile, fc.constantFrom('table', 'md', 'csv', 'json'), async (header, weekLabel, rep, file, fmt) => {
        const csv = `week,rep,dials,reached,meetings,${csvField(header)}\n${csvField(weekLabel)},${csvField(rep)},10,5,1,x\n2026-W05,${csvField(rep)},10,5,x,\n`;
        for (const args of [
          ['report', '-', '--format', fmt, '--by', 'rep'],
          ['report', '-', 'nope/' + file],
          ['plan', '--meetings-per-day', '3', '--from', '-', '--rep', rep + file],
          ['check', '-', '--min', 'meetings/dials=0.5', '--by', 'rep'],
        ]) {
          const io = memoryIo({ stdin: Buffer.from(csv), env: { GITHUB_ACTIONS: 'true' } });
          const code = await main(args, io);
          expect([0, 1, 2]).toContain(code);
          const ours = (line: string) => /^::(?:error|warning) (?:file=[^:,\n]*(?:,line=\d+)?(?:,col=\d+)?,)?title=funnel[^\n]*::/.test(line);
          assertTerminalSafe(io.out.join(''));
          assertTerminalSafe(io.err.join(''), ours);
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('a call log with hostile outcomes, reps and headers: every command and format stays safe', async () => {
    const csvField = (s: string) => `"${s.replace(/"/g, '""')}"`;
    await fc.assert(
      fc.asyncProperty(hostile, hostile, hostile, fc.constantFrom('table', 'md', 'csv', 'json'), async (outcome, rep, extraHeader, fmt) => {
        const log = [
          `Activity date,Call outcome,Call duration,Activity assigned to,${csvField(extraHeader)}`,
          `2026-01-05T09:00:00Z,${csvField(outcome)},0:01:00,${csvField(rep)},x`,
          `2026-01-06T09:00:00Z,Meeting booked,0:02:00,${csvField(rep)},x`,
          `2026-01-06 25:00,Connected,0:02:00,${csvField(rep)},x`,
        ].join('\n');
        for (const args of [
          ['report', '-', '--tz', 'UTC', '--by', 'rep', '--format', fmt],
          ['report', '-', '--tz', 'UTC', '--skip-bad-rows', '--format', fmt],
          ['check', '-', '--tz', 'UTC', '--skip-bad-rows', '--by', 'rep', '--min', 'meetings/dials=0.9', '--format', fmt === 'csv' ? 'md' : fmt],
        ]) {
          const io = memoryIo({ stdin: Buffer.from(log), env: { GITHUB_ACTIONS: 'true' } });
          expect([0, 1, 2]).toContain(await main(args, io));
          const out = io.out.join('');
          assertTerminalSafe(out);
          if (fmt === 'md') assertMarkdownSafe(out);
          const ours = (line: string) => /^::(?:error|warning) (?:file=[^:,\n]*(?:,line=\d+)?(?:,col=\d+)?,)?title=funnel[^\n]*::/.test(line);
          assertTerminalSafe(io.err.join(''), ours);
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('hostile file names in successful runs: plan sources, report and check outputs stay safe', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'funnel-names-'));
    try {
      await fc.assert(
        fc.asyncProperty(hostile, fc.constantFrom('table', 'md', 'json'), async (name, fmt) => {
          // A file system takes any name but "/" and NUL, up to 255 bytes.
          const file = `f${name.replace(/[/\u0000]/g, '_')}`.slice(0, 60);
          if (Buffer.byteLength(file) > 255) return;
          writeFileSync(join(dir, file), 'week,rep,dials,reached,meetings\n2026-W05,Ann,40,12,3\n2026-W06,Ann,38,11,1\n');
          for (const args of [
            ['plan', '--meetings-per-day', '3', '--from', file, '--format', fmt],
            ['report', file, '--format', fmt === 'table' ? 'csv' : fmt],
            ['check', file, '--min', 'meetings/dials=0.5', '--format', fmt],
          ]) {
            const io = memoryIo({ cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
            expect([0, 1]).toContain(await main(args, io));
            const out = io.out.join('');
            assertTerminalSafe(out);
            if (fmt === 'md') assertMarkdownSafe(out);
            assertTerminalSafe(io.err.join(''), (line) => /^::(?:error|warning) title=funnel check%3A [^\n]*::/.test(line));
          }
        }),
        { numRuns: 40 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
