/**
 * The byte scanner, the general CSV reader and the file read in parts must give IDENTICAL results:
 * same rows (weeks, reps, counts, talk time, first lines), same warnings, or the same error message.
 */
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
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
  { arbitrary: fc.constantFrom('', 'yesterday', '2026-13-01', '2026-02-30 10:00', '2026-01-05T24:00:00Z', '2026-01-05T09:00.5', ' 2026-01-05 ', '2026-01-05T09:00:00,5Z', '2026-01-05T09:00:00+1', '2026-01-05t09:00:00z'), weight: 2 },
  fc.string({ maxLength: 6 }),
);
const rep = fc.oneof({ arbitrary: fc.constantFrom('ann', 'Bob', 'Émile', '', '  ann ', 'ann', 'Zoë Müller', 'de Vries, Anna', 'two\nlines', 'say "hi"', 'a\r\nb'), weight: 6 }, fc.string({ maxLength: 5 }));
const outcomeLabel = fc.oneof(
  { arbitrary: fc.constantFrom('no_answer', 'No answer', 'voicemail', 'connected', 'CONNECTED', 'meeting_booked', 'Meeting Booked', 'callback', 'Terugbellen korte termijn', 'Rückruf langfristig', 'vm-left', 'Demo Booked', 'weird', ''), weight: 6 },
  fc.string({ maxLength: 5 }),
);
const duration = fc.oneof(
  { arbitrary: fc.nat({ max: 5000 }).map(String), weight: 6 },
  fc.tuple(fc.nat({ max: 90 }), fc.nat({ max: 59 })).map(([m, s]) => `${m}:${pad(s)}`),
  fc.tuple(fc.nat({ max: 3 }), fc.nat({ max: 59 }), fc.nat({ max: 59 })).map(([h, m, s]) => `${h}:${pad(m)}:${pad(s)}`),
  fc.constantFrom('', 'ten', '12.5', '12,5', '0123', '9999999999999', '1:75'),
);
// A second outcome column (Salesloft sentiment, Aircall tags), read together with the first.
const sentiment = fc.constantFrom('', 'Interested', 'answered', 'Meeting booked', 'Not interested', 'No answer', 'weird2');
const row = fc.record({
  timestamp, rep, outcome: outcomeLabel, sentiment, duration, quote: fc.nat({ max: 20 }), shape: fc.nat({ max: 30 }),
  direction: fc.constantFrom('outbound', 'Outbound', 'inbound', '', 'Uitgaand', 'entrant', 'missed'),
});

const callLog = fc.record({
  order: fc.shuffledSubarray(['timestamp', 'rep', 'outcome', 'duration', 'direction', 'notes', 'sentiment'], { minLength: 7, maxLength: 7 }),
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
    const values = columns.map((c, i) => cell(c === 'notes' ? 'n' : r[c as 'rep'], log.delimiter, r.quote === i));
    if (r.shape === 2) values.pop(); // ragged
    if (r.shape === 3) values.push('extra');
    return values.join(log.delimiter);
  });
  const body = [header, ...lines].join(log.eol) + (log.finalEol ? log.eol : '');
  return (log.bom ? '\uFEFF' : '') + body;
}

describe('readers agree on random call logs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'funnel-calllog-'));
  it('fast = general = parts', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(callLog, async (log) => {
        const file = join(dir, `log-${n++}.csv`);
        writeFileSync(file, render(log));
        const [fast, general, parts] = await allReaders(file, { tz: log.tz, skipBadRows: log.skipBadRows, log: true });
        expect(general).toEqual(fast);
        expect(parts).toEqual(fast);
      }),
      { numRuns: 300 },
    );
  });
});
