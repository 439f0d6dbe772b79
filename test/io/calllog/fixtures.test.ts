import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/report.js';
import { errorOf, read } from '../io-helpers.js';
import type { ReadOptions } from '../../../src/io/tables.js';

const rowsOf = async (file: string, options: ReadOptions) =>
  (await read([file], options as never)).rows.map((r) => ({ week: r.week, rep: r.rep, ...r.counts, line: r.origin.line }));

describe('a HubSpot UI export (quoted, hh:mm:ss, wall-clock times), counted by hand', () => {
  it('gives these weeks per rep in Europe/Amsterdam', async () => {
    expect(await rowsOf('fixtures/calllog-hubspot.csv', { tz: 'Europe/Amsterdam' })).toEqual([
      // Anna: no answer, connected (3:10), busy; the inbound call on the 24th is not a dial
      { week: '2025-W52', rep: 'Anna de Vries', dials: 3, reached: 1, meetings: 0, callbacks: 0, callbacks_short: null, callbacks_long: null, hours: null, talk_seconds: 190, line: 2 },
      // Bram: voicemail (0:35), meeting booked (6:05)
      { week: '2025-W52', rep: 'Bram Jansen', dials: 2, reached: 1, meetings: 1, callbacks: 0, callbacks_short: null, callbacks_long: null, hours: null, talk_seconds: 400, line: 4 },
      // Anna: meeting booked on 29 December (ISO week 1 of 2026), wrong number late on Sunday 4 January
      { week: '2026-W01', rep: 'Anna de Vries', dials: 2, reached: 1, meetings: 1, callbacks: 0, callbacks_short: null, callbacks_long: null, hours: null, talk_seconds: 320, line: 8 },
      { week: '2026-W01', rep: 'Bram Jansen', dials: 2, reached: 1, meetings: 0, callbacks: 0, callbacks_short: null, callbacks_long: null, hours: null, talk_seconds: 337, line: 9 },
      // Anna: callback requested one minute into Monday 5 January, meeting scheduled
      { week: '2026-W02', rep: 'Anna de Vries', dials: 2, reached: 2, meetings: 1, callbacks: 1, callbacks_short: null, callbacks_long: null, hours: null, talk_seconds: 585, line: 12 },
      { week: '2026-W02', rep: 'Bram Jansen', dials: 2, reached: 0, meetings: 0, callbacks: 0, callbacks_short: null, callbacks_long: null, hours: null, talk_seconds: 40, line: 13 },
    ]);
  });

  it('warns about the inbound call it ignored', async () => {
    expect((await read(['fixtures/calllog-hubspot.csv'], { tz: 'Europe/Amsterdam' } as never)).warnings).toEqual([
      'fixtures/calllog-hubspot.csv: ignored 1 inbound call (only outbound calls are dials)',
    ]);
  });

  it('gives the same report as the hand-written weekly table of the same calls', async () => {
    const log = buildReport((await read(['fixtures/calllog-hubspot.csv'], { tz: 'Europe/Amsterdam' } as never)).rows);
    const table = buildReport((await read(['fixtures/calllog-hubspot-weekly.csv'])).rows);
    const withoutTalk = (r: typeof log) => JSON.parse(JSON.stringify(r, (k, v) => (k === 'talk_seconds' ? undefined : v)));
    expect(withoutTalk(log)).toEqual(withoutTalk(table));
    expect(log.totals.talk_seconds).toBe(1872);
  });
});

describe('a Close/Aircall-style export (Unix times, CRLF, Close dispositions)', () => {
  it('counts the Sunday-evening demo in week 53 in New York', async () => {
    const rows = await rowsOf('fixtures/calllog-close-aircall.csv', { tz: 'America/New_York' });
    expect(rows.map(({ week, rep, dials, reached, meetings, callbacks, callbacks_short, talk_seconds }) => ({ week, rep, dials, reached, meetings, callbacks, callbacks_short, talk_seconds }))).toEqual([
      { week: '2026-W53', rep: 'sam', dials: 2, reached: 1, meetings: 0, callbacks: 0, callbacks_short: 0, talk_seconds: 240 },
      { week: '2026-W53', rep: 'lee', dials: 1, reached: 1, meetings: 1, callbacks: 0, callbacks_short: 0, talk_seconds: 600 },
      { week: '2027-W01', rep: 'sam', dials: 1, reached: 1, meetings: 0, callbacks: 0, callbacks_short: 0, talk_seconds: 95 },
      // lee: vm-left, Not Ready (a conversation), and "voicemail drop", which is no known outcome: a plain dial
      { week: '2027-W01', rep: 'lee', dials: 3, reached: 1, meetings: 0, callbacks: 0, callbacks_short: 0, talk_seconds: 175 },
    ]);
  });

  it('but in 2027-W01 in UTC, where it was already Monday', async () => {
    const rows = await rowsOf('fixtures/calllog-close-aircall.csv', { tz: 'UTC' });
    expect(rows.filter((r) => r.rep === 'lee').map((r) => [r.week, r.dials, r.meetings])).toEqual([['2027-W01', 4, 1]]);
  });

  it('reads "voicemail drop" by its words as a plain dial; only the inbound call is noted', async () => {
    const { rows, warnings } = await read(['fixtures/calllog-close-aircall.csv'], { tz: 'UTC' } as never);
    expect(warnings).toEqual(['fixtures/calllog-close-aircall.csv: ignored 1 inbound call (only outbound calls are dials)']);
    // lee: Demo Booked (meeting), vm-left, Not Ready (reached), voicemail drop → 4 dials, 2 reached, 1 meeting
    expect(rows.filter((r) => r.rep === 'lee').map((r) => [r.counts.dials, r.counts.reached, r.counts.meetings])).toEqual([[4, 2, 1]]);
  });

  it('--outcome maps it', async () => {
    const { rows, warnings } = await read(['fixtures/calllog-close-aircall.csv'], { tz: 'UTC', outcome: ['Voicemail Drop=no_answer', 'vm-left=reached'] } as never);
    expect(warnings).toHaveLength(1);
    expect(rows.find((r) => r.rep === 'lee')?.counts.reached).toBe(3);
  });
});

describe('bad rows', () => {
  it('are FILE:LINE:COLUMN problems, all of them', async () => {
    expect(await errorOf(['fixtures/calllog-bad-rows.csv'], { tz: 'UTC' } as never)).toBe([
      'fixtures/calllog-bad-rows.csv:3:1: timestamp: "yesterday" is not a date or time — use ISO 8601 (2026-01-05T09:30:00Z), yyyy-mm-dd hh:mm:ss, dd-mm-yyyy hh:mm or Unix time',
      'fixtures/calllog-bad-rows.csv:4:4: duration_seconds: "ten" is not a duration — use seconds (95), mm:ss (1:35) or hh:mm:ss (0:01:35)',
      'fixtures/calllog-bad-rows.csv:5:1: has 3 fields, the header has 4 — quote values that contain the delimiter',
    ].join('\n'));
  });

  it('--skip-bad-rows counts them in a warning and keeps the good ones', async () => {
    const { rows, warnings } = await read(['fixtures/calllog-bad-rows.csv'], { tz: 'UTC', skipBadRows: true } as never);
    expect(rows.map((r) => [r.week, r.rep, r.counts.dials, r.counts.meetings])).toEqual([['2026-W02', 'ann', 1, 0], ['2026-W02', 'bob', 1, 1]]);
    expect(warnings).toEqual([
      // A log without a direction column counts every call as outbound, and says so once (issue 9).
      'fixtures/calllog-bad-rows.csv: no direction column: every call is counted as an outbound dial (name the column with --map "Header=direction" if it has another name)',
      'fixtures/calllog-bad-rows.csv: skipped 3 bad rows (first: fixtures/calllog-bad-rows.csv:3:1: timestamp: "yesterday" is not a date or time — use ISO 8601 (2026-01-05T09:30:00Z), yyyy-mm-dd hh:mm:ss, dd-mm-yyyy hh:mm or Unix time)']);
  });

  it('names the physical line where a row starts, after values with line breaks (general reader)', async () => {
    for (const eol of ['\n', '\r\n']) {
      const log = ['timestamp,rep,outcome,notes', '2026-01-05T09:00:00Z,ann,connected,"first line', 'second ""line"""', '', 'soon,ann,connected,x', ''].join(eol);
      expect(await errorOf(['-'], { tz: 'UTC' } as never, log)).toBe(
        '<stdin>:5:1: timestamp: "soon" is not a date or time — use ISO 8601 (2026-01-05T09:30:00Z), yyyy-mm-dd hh:mm:ss, dd-mm-yyyy hh:mm or Unix time',
      );
    }
  });

  it('a quote that is never closed is a problem on its line', async () => {
    const log = 'timestamp,rep,outcome\n2026-01-05T09:00:00Z,ann,connected\n2026-01-05T09:00:00Z,"ann,connected\n';
    expect(await errorOf(['-'], { tz: 'UTC' } as never, log)).toBe('<stdin>:3: a quote is opened but never closed — close the quote or remove it');
  });

  it('a header without calls is an error, not an empty report', async () => {
    for (const text of ['timestamp,rep,outcome\n', 'timestamp,rep,outcome']) {
      expect(await errorOf(['-'], { tz: 'UTC' } as never, text)).toBe('<stdin>:2: has a header but no calls — export the call log again with its rows');
    }
  });

  it('--log on a weekly table says what a call log needs', async () => {
    expect(await errorOf(['fixtures/reference-week.csv'], { log: true } as never)).toBe(
      'fixtures/reference-week.csv:1: is not a call log: headers found: week, dials, reached, callbacks_short, callbacks_long, meetings — a call log needs a column for when the call was made (e.g. "Call date", "Start time", "timestamp") and one for its outcome (e.g. "Outcome", "Disposition", "Call result"); name yours with --map "Your header=timestamp" and --map "Your header=outcome"',
    );
  });
});

describe('call logs beside weekly tables', () => {
  it('a weekly table with a date column is still a weekly table', async () => {
    const { rows } = await read(['fixtures/reference-week.csv']);
    expect(rows[0]?.counts.dials).toBe(106);
  });

  it('stdin is recognised too', async () => {
    const { rows } = await read(['-'], { tz: 'UTC' } as never, 'Date;Owner;Result;Duration\n05-01-2026 09:00;Anna;Afspraak gemaakt;4:37\n');
    expect(rows.map((r) => [r.week, r.rep, r.counts.meetings, r.counts.talk_seconds])).toEqual([['2026-W02', 'Anna', 1, 277]]);
  });
});

describe('a Dutch export (BOM, ;, CRLF, dd-mm-yyyy, m:ss)', () => {
  it('counts short- and long-term callbacks apart', async () => {
    const rows = await rowsOf('fixtures/calllog-nl-semicolon.csv', { tz: 'Europe/Amsterdam' });
    expect(rows.map(({ week, rep, dials, reached, meetings, callbacks, callbacks_short, callbacks_long, talk_seconds, line }) => ({ week, rep, dials, reached, meetings, callbacks, callbacks_short, callbacks_long, talk_seconds, line }))).toEqual([
      { week: '2026-W02', rep: 'Anna', dials: 2, reached: 1, meetings: 0, callbacks: 0, callbacks_short: 0, callbacks_long: 0, talk_seconds: 210, line: 2 },
      { week: '2026-W02', rep: 'Bram', dials: 2, reached: 2, meetings: 1, callbacks: 1, callbacks_short: 1, callbacks_long: 0, talk_seconds: 545, line: 4 },
      { week: '2026-W03', rep: 'Anna', dials: 2, reached: 1, meetings: 0, callbacks: 1, callbacks_short: 0, callbacks_long: 1, talk_seconds: 115, line: 6 },
    ]);
  });
});

describe('bytes that are not UTF-8 after a UTF-8 start', () => {
  it('are named with their line by both readers (beyond the first 64 KB, which decide the encoding)', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const file = join(mkdtempSync(join(tmpdir(), 'funnel-utf8-')), 'calls.csv');
    const good = '2026-01-05T09:00:00Z,ann,connected\n'.repeat(2000); // 70 KB
    writeFileSync(file, Buffer.concat([Buffer.from('timestamp,rep,outcome\n' + good + '2026-01-05T10:00:00Z,J'), Buffer.from([0xfc]), Buffer.from('rgen,connected\n')]));
    const want = `${file}:2002: contains bytes that are not UTF-8 — export the file again as "CSV UTF-8"`;
    expect(await errorOf([file], { tz: 'UTC', threads: 1 } as never)).toBe(want);
    expect(await errorOf([file], { tz: 'UTC', general: true } as never)).toBe(want);
  });
});

describe('slash dates: the day/month order is the whole log\'s', () => {
  const row = (week: string, dials: number, reached: number, meetings: number, talk: number, line: number) =>
    ({ week, rep: 'Dana Miller', dials, reached, meetings, callbacks: 0, callbacks_short: 0, callbacks_long: 0, hours: null, talk_seconds: talk, line });

  it('a late 2/13/2026 proves month/day for the 02/03/2026 before it (Salesforce, US)', async () => {
    expect(await rowsOf('fixtures/calllog-salesforce-us-dates.csv', { tz: 'UTC' })).toEqual([
      // February 2–5: no answer, connected (95 s), voicemail (25 s), meeting (310 s)
      row('2026-W06', 4, 2, 1, 430, 2),
      // February 9, 10 and 13; the inbound call on the 16th is not a dial
      row('2026-W07', 3, 2, 1, 400, 6),
    ]);
  });

  it('without proof, dates are read day/month and the reader is told', async () => {
    const t = await read(['-'], { tz: 'UTC' } as never, 'Date,Rep,Outcome\n02/03/2026,Ann,Connected\n02/04/2026,Ann,No answer\n');
    expect(t.rows.map((r) => r.week)).toEqual(['2026-W10', '2026-W14']);
    expect(t.warnings).toEqual(['<stdin>: dates such as "02/03/2026" were read as day/month (no date in the log shows the order); export them as yyyy-mm-dd if they are month/day', '<stdin>: no direction column: every call is counted as an outbound dial (name the column with --map "Header=direction" if it has another name)']);
  });

  it('a date on an inbound call shows the order too: the order is the column\'s, the call is still not counted', async () => {
    // 02/03/2026 is 2 March (2026-W10) read day/month, 3 February (2026-W06) read month/day; only the inbound call proves which.
    const log = (proof: string) => `Date,Rep,Outcome,Direction\n02/03/2026,Ann,Connected,Outbound\n${proof},Ann,No answer,Inbound\n${proof},"Bo\rb",No answer,Inbound\n`;
    const dir = mkdtempSync(join(tmpdir(), 'funnel-dates-'));
    try {
      for (const [proof, week] of [['13/02/2026', '2026-W10'], ['2/13/2026', '2026-W06']] as const) {
        const file = join(dir, 'calls.csv');
        writeFileSync(file, log(proof));
        // The byte scanner on stdin, the general reader, and a file (sampled for the order before it is read).
        for (const t of [await read(['-'], { tz: 'UTC' } as never, log(proof)), await read(['-'], { tz: 'UTC', general: true } as never, log(proof)), await read([file], { tz: 'UTC', threads: 1 } as never)]) {
          expect(t.rows.map((r) => [r.week, r.counts.dials, r.counts.reached])).toEqual([[week, 1, 1]]);
          expect(t.warnings.filter((w) => w.includes('day/month'))).toEqual([]);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a log proving both orders refuses its ambiguous dates', async () => {
    expect(await errorOf(['-'], { tz: 'UTC' } as never, 'Date,Rep,Outcome\n02/03/2026,Ann,Connected\n13/02/2026,Ann,No answer\n2/13/2026,Ann,No answer\n')).toBe(
      '<stdin>:2:1: "02/03/2026" could be day/month or month/day, and this log has dates of both kinds ("13/02/2026" on line 3, "2/13/2026" on line 4) — export the log again with one date format, best yyyy-mm-dd',
    );
  });
});

describe('outcomes we cannot read', () => {
  it('a blank outcome is a plain dial, said apart (--outcome cannot map a blank label)', async () => {
    const t = await read(['-'], { tz: 'UTC' } as never, 'timestamp,rep,outcome\n2026-02-02 09:00,Ann,Connected \n2026-02-02 09:10,Ann,\n2026-02-02 09:20,Ann,MEETING BOOKED\n');
    expect(t.rows.map((r) => [r.counts.dials, r.counts.reached, r.counts.meetings])).toEqual([[3, 2, 1]]);
    expect(t.warnings).toEqual(['<stdin>: 1 call without an outcome, counted as plain dials', '<stdin>: no direction column: every call is counted as an outbound dial (name the column with --map "Header=direction" if it has another name)']);
  });

  it('a log with outcomes it cannot read is refused with a table of them and the flags to paste', async () => {
    expect(await errorOf(['-'], { tz: 'UTC' } as never, 'timestamp,rep,outcome\n2026-02-02 09:00,Ann,Foo\n2026-02-02 09:10,Ann,Bar\n2026-02-02 09:20,Ann,Foo\n2026-02-02 09:30,Ann,\n2026-02-02 09:40,Ann,Connected\n')).toBe([
      '<stdin>:1:3: outcome: 2 outcomes not recognised, on 3 calls:',
      '     calls  outcome    what its words suggest',
      '         2  "Foo"      -',
      '         1  "Bar"      -',
      'Say what each one means (stages: dial, reached, meeting, callback,',
      'callback_short, callback_long). These flags take the suggestions, and dial',
      'where there is none; check them, then add:',
      '  --outcome "Foo=dial" \\',
      '  --outcome "Bar=dial"',
      'or count every unknown outcome as a plain dial: --unknown-outcomes dial',
    ].join('\n'));
  });

  it('--unknown-outcomes dial counts them as plain dials, in a counted notice', async () => {
    const t = await read(['-'], { tz: 'UTC', unknownOutcomes: 'dial' } as never, 'timestamp,rep,outcome\n2026-02-02 09:00,Ann,Foo\n2026-02-02 09:10,Ann,Bar\n2026-02-02 09:20,Ann,Foo\n2026-02-02 09:30,Ann,\n2026-02-02 09:40,Ann,Connected\n');
    expect(t.rows.map((r) => [r.counts.dials, r.counts.reached])).toEqual([[5, 1]]);
    expect(t.warnings).toEqual([
      '<stdin>: 3 calls with an outcome not recognised counted as plain dials (--unknown-outcomes dial): "Foo" (2), "Bar" (1)',
      '<stdin>: 1 call without an outcome, counted as plain dials',
      '<stdin>: no direction column: every call is counted as an outbound dial (name the column with --map "Header=direction" if it has another name)',
    ]);
  });
});

describe('Excel "CSV (Macintosh)": Mac Roman, lines ending in CR alone', () => {
  it('is read line by line, umlauts intact, bad rows named by their line', async () => {
    expect(await errorOf(['fixtures/calllog-excel-mac.csv'], { tz: 'UTC' } as never)).toBe(
      'fixtures/calllog-excel-mac.csv:4:1: Datum: "gestern" is not a date or time — use ISO 8601 (2026-01-05T09:30:00Z), yyyy-mm-dd hh:mm:ss, dd-mm-yyyy hh:mm or Unix time',
    );
    const t = await read(['fixtures/calllog-excel-mac.csv'], { tz: 'UTC', skipBadRows: true } as never);
    expect(t.rows.map((r) => [r.week, r.rep, r.counts.dials, r.counts.reached, r.counts.callbacks, r.counts.talk_seconds])).toEqual([['2026-W02', 'Jürgen', 2, 1, 1, 210]]);
  });
});

describe('call logs joined end to end', () => {
  it('skip the repeated headers with one notice and count every call', async () => {
    const t = await read(['fixtures/calllog-hubspot-joined.csv'], { tz: 'UTC' } as never);
    expect(t.rows.map((r) => [r.week, r.counts.dials, r.counts.reached, r.counts.meetings, r.counts.talk_seconds])).toEqual([['2026-W06', 4, 2, 1, 190 + 365 + 35]]);
    expect(t.warnings).toEqual(['fixtures/calllog-hubspot-joined.csv:4: skipped 2 repeated header rows, the first here (files joined together?)', 'fixtures/calllog-hubspot-joined.csv: no direction column: every call is counted as an outbound dial (name the column with --map "Header=direction" if it has another name)']);
  });
});
