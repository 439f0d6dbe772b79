import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CallLogAggregate } from '../../../src/io/calllog/aggregate.js';
import { detectCallLog } from '../../../src/io/calllog/columns.js';
import { FastScanner } from '../../../src/io/calllog/fast-scan.js';
import { NO_PROGRESS } from '../../../src/io/calllog/progress.js';
import { scanRange } from '../../../src/io/calllog/scan-file.js';
import { toRows } from '../../../src/io/calllog/to-rows.js';
import { ZoneOffsets } from '../../../src/io/calllog/zone.js';
import type { Encoding } from '../../../src/io/decode.js';

const HEADER = ['timestamp', 'rep', 'outcome', 'duration', 'notes'];

/** Reads a call log's data lines in reads of `chunk` bytes. */
function readInChunks(path: string, from: number, chunk: number, encoding: Encoding = 'utf-8') {
  const agg = new CallLogAggregate('calls.csv', HEADER, detectCallLog(HEADER)!, { zone: new ZoneOffsets('UTC'), overrides: new Map(), decimalComma: false });
  const scanner = new FastScanner(agg, 44);
  scanner.line = 2;
  scanRange(path, from, Number.MAX_SAFE_INTEGER, scanner, NO_PROGRESS, 1, chunk, encoding);
  return { ...toRows(agg, { skipBadRows: true, unknownAsDial: false }), lines: scanner.line };
}

describe('records that straddle two reads', () => {
  it('count the same whatever the read size (quoted notes over several lines, CRLF, doubled quotes)', () => {
    const note = fc.constantFrom('', 'ok', '"Call back\nafter 3pm"', '"said ""no""\r\nthen hung up"', '"a\n\nb"');
    const row = fc.record({ day: fc.integer({ min: 1, max: 28 }), rep: fc.constantFrom('ann', 'bob', 'cy'), outcome: fc.constantFrom('connected', 'no answer', 'meeting booked'), note });
    const dir = mkdtempSync(join(tmpdir(), 'funnel-chunks-'));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 25 }), fc.integer({ min: 16, max: 300 }), (rows, chunk) => {
        const head = HEADER.join(',') + '\n';
        const body = rows.map((r) => `2026-02-${String(r.day).padStart(2, '0')}T09:00:00Z,${r.rep},${r.outcome},60,${r.note}`).join('\n') + '\n';
        const path = join(dir, 'calls.csv');
        writeFileSync(path, head + body);
        const whole = readInChunks(path, head.length, 1 << 20);
        expect(readInChunks(path, head.length, chunk)).toEqual(whole);
        expect(whole.rows.reduce((n, r) => n + r.counts.dials, 0)).toBe(rows.length);
        expect(whole.lines).toBe(2 + body.split('\n').length - 1);
      }),
      { numRuns: 200 },
    );
  });
});

describe('UTF-16 transcoded in chunks', () => {
  it('reads as the same text in UTF-8, whatever the read size (surrogate pairs, CRLF and quotes across chunk edges)', () => {
    const rep = fc.constantFrom('ann', '🦊 Fox', 'Zoë', '李雷', '"de Vries, 🦊"');
    const row = fc.record({ day: fc.integer({ min: 1, max: 28 }), rep, outcome: fc.constantFrom('connected', 'no answer', 'meeting booked'), eol: fc.constantFrom('\n', '\r\n'), note: fc.constantFrom('', '"said ""no"""', '"a\r\nb"') });
    const dir = mkdtempSync(join(tmpdir(), 'funnel-utf16-'));
    try {
      fc.assert(
        fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), fc.integer({ min: 2, max: 400 }), fc.boolean(), (rows, chunk, bigEndian) => {
          const head = HEADER.join(',') + '\n';
          const body = rows.map((r) => `2026-02-${String(r.day).padStart(2, '0')}T09:00:00Z,${r.rep},${r.outcome},60,${r.note}${r.eol}`).join('');
          const utf8Path = join(dir, 'calls-8.csv');
          writeFileSync(utf8Path, head + body);
          const le = Buffer.from('\uFEFF' + head + body, 'utf16le');
          const utf16Path = join(dir, 'calls-16.csv');
          writeFileSync(utf16Path, bigEndian ? Buffer.from(le).swap16() : le);
          const want = readInChunks(utf8Path, head.length, 1 << 20);
          const from = 2 + 2 * head.length; // BOM, then the header's code units
          expect(readInChunks(utf16Path, from, chunk, bigEndian ? 'utf-16be' : 'utf-16le')).toEqual(want);
        }),
        { numRuns: 150 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
