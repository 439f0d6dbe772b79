/**
 * The byte scanner, the general CSV reader and the file read in parts must give IDENTICAL results:
 * same rows (weeks, reps, counts, talk time, first lines), same warnings, or the same error message.
 */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, UsageError, formatInputError } from '../../../src/errors.js';
import { readPart } from '../../../src/io/calllog/parts.js';
import type { ReadOptions } from '../../../src/io/tables.js';
import { ROOT, read } from '../io-helpers.js';

type Outcome = { rows: unknown; warnings: string[] } | { error: string };

async function outcome(file: string, options: ReadOptions): Promise<Outcome> {
  try {
    const t = await read([file], options as never);
    return { rows: t.rows, warnings: t.warnings };
  } catch (err) {
    if (err instanceof InputError) return { error: formatInputError(err) };
    if (err instanceof UsageError) return { error: err.message };
    throw err;
  }
}

/** The three ways of reading one file. */
async function allReaders(file: string, options: ReadOptions): Promise<[Outcome, Outcome, Outcome]> {
  const fast = await outcome(file, { ...options, threads: 1 });
  const general = await outcome(file, { ...options, general: true });
  // Parts as small as 64 bytes, read in-process by the same function a worker thread runs.
  const parts = await outcome(file, { ...options, threads: 4, parts: { run: async (job) => readPart(job), minBytes: 64 } });
  return [fast, general, parts];
}

function fixtureFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? fixtureFiles(path) : [path];
  });
}

describe('readers agree on every fixture', () => {
  for (const file of fixtureFiles('fixtures').filter((f) => /\.(csv|txt)$/.test(f))) {
    it(file, async () => {
      for (const options of [{ tz: 'Europe/Amsterdam' }, { tz: 'UTC', log: true, skipBadRows: true }] as ReadOptions[]) {
        const [fast, general, parts] = await allReaders(file, options);
        expect(general).toEqual(fast);
        expect(parts).toEqual(fast);
      }
    });
  }
});

// --- randomised call logs: shapes the scanner reads itself, shapes it hands over, and broken ones ---

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const instant = fc.integer({ min: Date.UTC(2024, 11, 20), max: Date.UTC(2027, 0, 10) }).map((ms) => new Date(ms));
// Mostly shapes the scanner reads itself, so a difference in its arithmetic cannot hide.
const timestamp = fc.oneof(
  { arbitrary: instant.map((d) => d.toISOString().slice(0, 19) + 'Z'), weight: 8 },
  instant.map((d) => d.toISOString()),
  fc.tuple(instant, fc.constantFrom('+01:00', '-05:00', '+0530', '+02', '-00:00')).map(([d, o]) => d.toISOString().slice(0, 19) + o),
  instant.map((d) => d.toISOString().slice(0, 19).replace('T', ' ')),
  instant.map((d) => d.toISOString().slice(0, 16).replace('T', ' ')),
  instant.map((d) => d.toISOString().slice(0, 10)),
  instant.map((d) => String(Math.floor(d.getTime() / 1000))),
  instant.map((d) => String(d.getTime())),
  instant.map((d) => `${pad(d.getUTCDate())}-${pad(d.getUTCMonth() + 1)}-${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`),
  // The shapes the scanner reads since issue 13: day-first with seconds, dotted, slash dates with a 12-hour clock.
  instant.map((d) => `${pad(d.getUTCDate())}-${pad(d.getUTCMonth() + 1)}-${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`),
  instant.map((d) => `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`),
  instant.map((d) => `${d.getUTCDate()}.${d.getUTCMonth() + 1}.${d.getUTCFullYear()}`),
  fc.tuple(instant, fc.boolean(), fc.constantFrom(' AM', ' PM', 'am', ' pm', '')).map(([d, monthFirst, ampm]) => {
    const [a, b] = monthFirst ? [d.getUTCMonth() + 1, d.getUTCDate()] : [d.getUTCDate(), d.getUTCMonth() + 1];
    const hour = ampm === '' ? d.getUTCHours() : (d.getUTCHours() % 12) + 1; // 1–12, so 12 AM/PM occur
    return `${a}/${b}/${d.getUTCFullYear()} ${hour}:${pad(d.getUTCMinutes())}${d.getUTCSeconds() % 2 ? `:${pad(d.getUTCSeconds())}` : ''}${ampm}`;
  }),
  instant.map((d) => `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}Z`),
  fc.constantFrom('13/13/2026', '2/30/2026 9:00 AM', '1/2/2026 0:30 am', '1/2/2026 13:00 PM', '12/1/2026 12:00 AM', '12/1/2026 12:59 PM', '05-01-0999 10:00', '05-01-999', '5.1.2026T09:00', '5/1-2026', '1-10-2026 7:05', '05.01.2026 24:00', '2026-01-05T09:00:00+15:00', '2026-01-05T09:00:00+14:00', '2026-01-05T09:00:00-05:60', '0999-01-05', '05-01-2026 9:5', '05-01-2026 09:05:7', '2/2/2026, 9:05 AM', '5/1/20266'),
  { arbitrary: fc.constantFrom('', 'yesterday', '2026-13-01', '2026-02-30 10:00', '2026-01-05T24:00:00Z', '2026-01-05T09:00.5', ' 2026-01-05 ', '2026-01-05T09:00:00,5Z', '2026-01-05T09:00:00+1', '2026-01-05t09:00:00z'), weight: 2 },
  fc.string({ maxLength: 6 }),
);
const rep = fc.oneof({ arbitrary: fc.constantFrom('ann', 'Bob', 'Émile', '', '  ann ', 'ann', 'Zoë Müller', 'de Vries, Anna', 'two\nlines', 'say "hi"', 'a\r\nb', '🦊 Fox', '李雷'), weight: 6 }, fc.string({ maxLength: 5 }));
const outcomeLabel = fc.oneof(
  { arbitrary: fc.constantFrom('no_answer', 'No answer', 'voicemail', 'connected', 'CONNECTED', 'meeting_booked', 'Meeting Booked', 'callback', 'Terugbellen korte termijn', 'Rückruf langfristig', 'vm-left', 'Demo Booked', 'weird', ''), weight: 6 },
  fc.string({ maxLength: 5 }),
);
const duration = fc.oneof(
  { arbitrary: fc.nat({ max: 5000 }).map(String), weight: 6 },
  fc.tuple(fc.nat({ max: 90 }), fc.nat({ max: 59 })).map(([m, s]) => `${m}:${pad(s)}`),
  fc.tuple(fc.nat({ max: 3 }), fc.nat({ max: 59 }), fc.nat({ max: 59 })).map(([h, m, s]) => `${h}:${pad(m)}:${pad(s)}`),
  fc.tuple(fc.nat({ max: 30 }), fc.nat({ max: 59 }), fc.nat({ max: 59 })).map(([h, m, s]) => `${pad(h)}:${pad(m)}:${pad(s)}`), // HubSpot's 00:03:10
  fc.constantFrom('', 'ten', '12.5', '12,5', '0123', '9999999999999', '1:75', '100:05', '1:05:60', '1:60:00', ':30', '1:5', '1:05:5', '0:00:00', '00:59', '1:02:03:04', '1234567:00:00', '2:05.5'),
);
const notes = fc.constantFrom('n', '', 'said "no", then hung up', 'a,b;c', 'call back\nafter 3', '""', 'x"y');
// A column no reader uses, as wide exports have twenty of: the scanner only looks for where it ends.
const campaign = fc.constantFrom('Q3 outbound', '', 'Acme, Inc.', 'say "hi", twice', 'a\rb', 'two\r\nlines', 'x;y', ' spaced ', 'ünïcödé ✓', 'word, "quoted" '.repeat(30), 'tab\there', 'end"');
// A second outcome column (Salesloft sentiment, Aircall tags), read together with the first.
const sentiment = fc.constantFrom('', 'Interested', 'answered', 'Meeting booked', 'Not interested', 'No answer', 'weird2');
const row = fc.record({
  timestamp, rep, outcome: outcomeLabel, sentiment, duration, notes, campaign, quote: fc.nat({ max: 20 }), shape: fc.nat({ max: 30 }),
  direction: fc.constantFrom('outbound', 'Outbound', 'inbound', '', 'Uitgaand', 'entrant', 'missed'),
});

const callLog = fc.record({
  order: fc.shuffledSubarray(['timestamp', 'rep', 'outcome', 'duration', 'direction', 'notes', 'id', 'subject', 'sentiment', 'campaign'], { minLength: 10, maxLength: 10 }),
  quoteAll: fc.boolean(),
  withDuration: fc.boolean(),
  withSentiment: fc.boolean(),
  withRep: fc.boolean(),
  withDirection: fc.boolean(),
  delimiter: fc.constantFrom(',', ';'),
  eol: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
  finalEol: fc.boolean(),
  rows: fc.array(row, { maxLength: 30 }),
  tz: fc.constantFrom('UTC', 'Europe/Amsterdam', 'America/New_York', 'Asia/Kathmandu'),
  skipBadRows: fc.boolean(),
  encoding: fc.constantFrom('utf-8', 'utf-8', 'utf-16le', 'utf-16be'),
});

/** Writes a value the way a CSV writer would: quoted only when it must be (or when `force`). */
function cell(value: string, delimiter: string, force: boolean): string {
  return force || /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replaceAll('"', '""')}"` : value;
}

type CallLog = typeof callLog extends fc.Arbitrary<infer T> ? T : never;

function render(log: CallLog): string {
  const columns = log.order.filter((c) => (c !== 'duration' || log.withDuration) && (c !== 'rep' || log.withRep) && (c !== 'direction' || log.withDirection) && (c !== 'sentiment' || log.withSentiment));
  const header = columns.map((c) => (c === 'duration' ? 'duration_seconds' : c)).join(log.delimiter);
  const lines = log.rows.map((r) => {
    if (r.shape === 0) return '';
    if (r.shape === 1) return log.delimiter.repeat(columns.length - 1);
    const values = columns.map((c, i) => cell(c === 'id' ? String(i) : c === 'subject' ? 'Call' : r[c as 'rep'], log.delimiter, log.quoteAll || r.quote === i));
    if (r.shape === 2) values.pop(); // ragged
    if (r.shape === 3) values.push('extra');
    if (r.shape === 4) values[columns.indexOf('campaign')] = 'in"side'; // a stray quote, where no reader looks
    return values.join(log.delimiter);
  });
  const body = [header, ...lines].join(log.eol) + (log.finalEol ? log.eol : '');
  return (log.bom ? '\uFEFF' : '') + body;
}

/** The text as a file in that encoding; UTF-16 with its byte-order mark, as Excel writes "Unicode text". */
function encode(text: string, encoding: string): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text);
  const le = Buffer.from('\uFEFF' + text.replace(/^\uFEFF/, ''), 'utf16le');
  return encoding === 'utf-16le' ? le : le.swap16();
}

describe('readers agree on random call logs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'funnel-calllog-'));
  it('fast = general = parts', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(callLog, async (log) => {
        const file = join(dir, `log-${n++}.csv`);
        writeFileSync(file, encode(render(log), log.encoding));
        const [fast, general, parts] = await allReaders(file, { tz: log.tz, skipBadRows: log.skipBadRows, log: true });
        expect(general).toEqual(fast);
        expect(parts).toEqual(fast);
      }),
      { numRuns: 300 },
    );
  }, 180_000); // 900 reads of small files: minutes on a loaded 2-core machine (not a timing test)
});

describe('a US log whose dates prove month/day only far into the file', () => {
  it('is read month-first from the start (sampled), with the same counts as the general reader', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'funnel-us-'));
    try {
      // 40,000 calls from 1/2/2026 on, 500 a day: the first day past the 12th (1/13) is 11 days in.
      const lines = ['Date,Assigned To,Call Result,Call Duration'];
      for (let i = 0; i < 40_000; i++) {
        const day = 2 + Math.floor(i / 500);
        const d = new Date(Date.UTC(2026, 0, day));
        const hour = 8 + (i % 10);
        lines.push(`${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${hour % 12 || 12}:05 ${hour < 12 ? 'AM' : 'PM'},rep${i % 7},${i % 5 === 0 ? 'meeting booked' : 'no answer'},${i % 300}`);
      }
      const file = join(dir, 'us.csv');
      writeFileSync(file, lines.join('\n') + '\n');
      const [fast, general, parts] = await allReaders(file, { tz: 'UTC' });
      expect(general).toEqual(fast);
      expect(parts).toEqual(fast);
      const { readCallLog } = await import('../../../src/io/calllog/read-calllog.js');
      const { callLogShape, readHead } = await import('../../../src/io/calllog/source.js');
      const shape = callLogShape(readHead(file)!, false)!;
      const table = await readCallLog('us.csv', { kind: 'file', path: file, size: statSync(file).size }, shape.sniffed, shape.layout!, { tz: 'UTC', threads: 1 });
      expect(table.readBy).toBe('byte scanner, one thread');
      // 1/2/2026 (a Friday) is in 2026-W01; 80 days of 500 calls, the first week has 1/2–1/4: 1,500 calls.
      expect(table.rows.filter((r) => r.week === '2026-W01').reduce((n, r) => n + r.counts.dials, 0)).toBe(1500);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('UTF-16 that is not valid UTF-16', () => {
  it.each([
    ['a lone high surrogate', 'ann\uD83E'],
    ['a lone low surrogate', '\uDD8Aann'],
  ])('%s: every reader gives the general reader\'s error', async (_, rep) => {
    const dir = mkdtempSync(join(tmpdir(), 'funnel-bad16-'));
    try {
      const text = 'timestamp,rep,outcome\n' + Array.from({ length: 50 }, (_, i) => `2026-01-0${1 + (i % 9)}T09:00:00Z,${i === 37 ? rep : 'bob'},connected\n`).join('');
      // Buffer.from keeps a lone surrogate as its code unit: exactly the bytes a broken export holds.
      const units = Buffer.alloc(2 * (text.length + 1));
      units.writeUInt16LE(0xfeff, 0);
      for (let i = 0; i < text.length; i++) units.writeUInt16LE(text.charCodeAt(i), 2 + 2 * i);
      const file = join(dir, 'bad.csv');
      writeFileSync(file, units);
      const [fast, general, parts] = await allReaders(file, { tz: 'UTC' });
      expect(general).toEqual({ error: expect.stringContaining('is not valid UTF-16LE text') });
      expect(fast).toEqual(general);
      expect(parts).toEqual(general);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
