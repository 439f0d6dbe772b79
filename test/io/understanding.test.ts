import { describe, expect, it } from 'vitest';
import { read } from './io-helpers.js';

const stdin = (text: string, map?: Record<string, string>) => read(['-'], map ? { map } : {}, text);

describe('the input section: how each file was understood', () => {
  it('a weekly table: each column → field with the words that decided it, or why not', async () => {
    const t = await stdin('Week commencing;Rep Name;SUM of Dials;DMs reached;Appts set;Connect rate;Notes\n2026-W05;Anna;106;38;9;36%;x\n');
    expect(t.inputs).toHaveLength(1);
    const input = t.inputs[0]!;
    expect(input).toMatchObject({ file: '<stdin>', layout: 'weekly', delimiter: ';', decimal: ',', thousands: '.', header_line: 1 });
    expect(input.columns.map((c) => [c.header, c.field, c.decided_by, c.why])).toEqual([
      ['Week commencing', 'week', 'words', 'week commencing'],
      ['Rep Name', 'rep', 'words', 'rep name'],
      ['SUM of Dials', 'dials', 'words', 'dials'],
      ['DMs reached', 'reached', 'words', 'dms reached'],
      ['Appts set', 'meetings', 'words', 'appts'],
      ['Connect rate', null, 'ignored', 'a percentage or an average ("rate"), not reached'],
      ['Notes', null, 'ignored', 'not one of our fields'],
    ]);
    expect(input.unused).toEqual([{ header: 'Connect rate', looks_like: 'reached', why: 'a percentage or an average ("rate"), not reached' }]);
    expect(input.weeks).toMatchObject({ rule: 'ISO weeks', first: '2026-W05', last: '2026-W05', count: 1 });
    // Never silent: the look-alike is also a warning.
    expect(t.warnings).toContain('<stdin>: ignored column "Connect rate" (a percentage or an average ("rate"), not reached; if it is what you mean, use it with --map "Connect rate=reached")');
  });

  it('a --map decision says so', async () => {
    const t = await stdin('Week,Calls,Gesprekjes,Meetings\n2026-W05,10,4,1\n', { Gesprekjes: 'reached' });
    expect(t.inputs[0]!.columns[2]).toEqual({ column: 3, header: 'Gesprekjes', field: 'reached', decided_by: 'map', why: '--map "Gesprekjes=reached"' });
  });

  it('a call log: roles, outcomes with their counts, calls and the duration unit', async () => {
    const t = await read(['fixtures/calllog-hubspot.csv'], { tz: 'Europe/Amsterdam' } as never);
    const input = t.inputs[0]!;
    expect(input).toMatchObject({ layout: 'calllog', delimiter: ',', header_line: 1 });
    expect(input.columns.map((c) => c.field)).toEqual(['timestamp', 'rep', 'outcome', 'direction', 'duration']);
    // 14 rows in the fixture, one of them inbound (counted by hand).
    expect(input.calllog).toMatchObject({ tz: 'Europe/Amsterdam', calls: 14, duration_unit: 'seconds' });
    const counted = input.calllog!.outcomes.reduce((n, o) => n + o.count, 0);
    expect(counted).toBe(13);
  });
});

describe('week columns in a weekly table', () => {
  it('US weeks: Sunday dates under "Week of" are the ISO weeks of the Mondays after them, said once', async () => {
    const t = await stdin('Week of,Dials,Reached,Meetings\n2/1/2026,10,4,1\n2/8/2026,12,5,2\n');
    expect(t.rows.map((r) => r.week)).toEqual(['2026-W06', '2026-W07']);
    expect(t.warnings.join('\n')).toContain('week start dates such as "2/1/2026" are Sundays');
    expect(t.inputs[0]!.weeks).toMatchObject({ rule: 'week start dates: the ISO week that contains each date, a Sunday → the Monday after it', first: '2026-W06', last: '2026-W07', count: 2 });
  });

  it('"Week ending" Sundays stay in their own ISO week', async () => {
    const t = await stdin('Week ending;Anrufe;Entscheider;Termine\n01.02.2026;10;4;1\n08.02.2026;12;5;2\n');
    expect(t.rows.map((r) => r.week)).toEqual(['2026-W05', '2026-W06']);
  });

  it('a week-number column beside a year column', async () => {
    const t = await stdin('Jaar;Week;Telefoons;Beslissers;Afspraken\n2025;52;10;4;1\n2026;1;12;5;2\n');
    expect(t.rows.map((r) => r.week)).toEqual(['2025-W52', '2026-W01']);
    expect(t.inputs[0]!.weeks?.rule).toBe('week number + year column');
  });
});
