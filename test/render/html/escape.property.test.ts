import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/report.js';
import { html, terminal } from '../../../src/render/safe.js';
import { checkHtml } from '../../../src/render/html/check.js';
import { reportHtml } from '../../../src/render/html/report.js';
import { week } from '../../helpers.js';
import { ctx, minPass, regression } from '../check-results.js';
import { elements, parsePage, textOf } from './dom.js';

/** What a browser shows for a data string: invisible and control characters as visible escapes (render/safe). */
const shown = (s: string) => terminal(s);

const HOSTILE = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>", '</title><script>x</script>', '<!--', ']]>', '</svg><iframe>', '&amp;', '&lt;', '<style>*{}</style>', '</textarea>', '\u202Eevil', '\u0000', '\r\n', '\u001b[31m', '<![CDATA[', '`${x}`'];
const piece = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom(...HOSTILE));
const hostile = fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join('')).filter((s) => s.trim() !== '');

/** Reps and weeks that are not ISO weeks: an ISO week label gets a year tick, a structural difference on purpose. */
const notIsoWeek = hostile.filter((s) => !/^\d{4}-W\d{2}$/.test(s));

function report(reps: readonly string[], weeks: readonly string[]) {
  return buildReport(
    weeks.flatMap((w, i) => reps.map((rep, k) => week({ dials: 100 + k, reached: 30 + i, callbacks_short: 2, callbacks_long: 1, meetings: 5 + k * 3 }, { week: w, rep }))),
  );
}

const tagSequence = (page: string) => elements(parsePage(page)).map((e) => e.tag).join(' ');

describe('every data string renders as text, never as markup', () => {
  it('html() escapes the five characters HTML gives meaning to and shows control characters as escapes', () => {
    expect(html(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(html('a\u0000b\u001b[31mc\u202Ed')).toBe('a\\x00b\\x1B[31mc\\u202Ed');
  });

  it('report: arbitrary rep names, week labels and file names add no element and read back as themselves', () => {
    fc.assert(
      fc.property(fc.uniqueArray(hostile, { minLength: 2, maxLength: 3 }), fc.uniqueArray(notIsoWeek, { minLength: 2, maxLength: 3 }), hostile, (reps, weeks, file) => {
        const page = reportHtml(report(reps, weeks), { files: [file], byRep: true });
        const plain = reportHtml(report(reps.map((_, i) => `rep${i}`), weeks.map((_, i) => `week${i}`)), { files: ['f.csv'], byRep: true });
        expect(tagSequence(page)).toBe(tagSequence(plain));
        const doc = parsePage(page);
        const isolated = elements(doc).filter((e) => e.tag === 'bdi').map(textOf);
        for (const s of [...reps, ...weeks, file]) expect(isolated).toContain(shown(s));
        expect(elements(doc).flatMap((e) => Object.keys(e.attrs)).filter((a) => a.startsWith('on'))).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it('check: an arbitrary rep name and file names add no element', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (rep, file, baseline) => {
        const page = checkHtml([{ ...regression, rep }, minPass], ctx, { files: [file], baseline });
        const plain = checkHtml([{ ...regression, rep: 'x' }, minPass], ctx, { files: ['f'], baseline: 'b' });
        expect(tagSequence(page)).toBe(tagSequence(plain));
        expect(elements(parsePage(page)).filter((e) => e.tag === 'bdi').map(textOf)).toEqual(expect.arrayContaining([shown(file), shown(baseline)]));
      }),
      { numRuns: 150 },
    );
  });

  it('the classic payloads stay text', () => {
    const page = reportHtml(report(['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>'], ['</title><script>x</script>', 'wk 2']), { files: ['<b>bold</b>.csv'], byRep: true });
    const doc = parsePage(page);
    const tags = new Set(elements(doc).map((e) => e.tag));
    expect([...tags].filter((t) => ['script', 'img', 'b', 'iframe'].includes(t))).toEqual([]);
    expect(textOf(doc)).toContain('<script>alert(1)</script>');
    expect(textOf(doc)).toContain('"><img src=x onerror=alert(1)>');
  });
});
