import { describe, expect, it } from 'vitest';
import { errorOf, read } from '../io-helpers.js';

const log = (text: string, options: Record<string, unknown> = {}) => read(['-'], { tz: 'UTC', ...options } as never, text);
const refusal = (text: string, options: Record<string, unknown> = {}) => errorOf(['-'], { tz: 'UTC', ...options } as never, text);

describe('call-log columns: --map, date + time, never silent', () => {
  it('--map names columns the words cannot: same flag, same vocabulary as weekly tables', async () => {
    const text = 'Wann,Wer,Was,Wie lange\n2026-01-13 09:00,Anna,Connected,120\n2026-01-13 10:00,Anna,No answer,0\n';
    const t = await log(text, { map: { Wann: 'timestamp', Wer: 'rep', Was: 'outcome', 'Wie lange': 'duration' }, log: true });
    expect(t.rows.map((r) => [r.week, r.rep, r.counts.dials, r.counts.reached, r.counts.talk_seconds])).toEqual([['2026-W03', 'Anna', 2, 1, 120]]);
    expect(t.inputs[0]!.columns.map((c) => [c.field, c.decided_by])).toEqual([['timestamp', 'map'], ['rep', 'map'], ['outcome', 'map'], ['duration', 'map']]);
  });

  it('a date column and a time-of-day column are one timestamp; the time column is never the timestamp when a date exists', async () => {
    // 23:30 on Sunday 18 January is still week 3; read alone, the time would be no date at all.
    const t = await log('Time,Date,Outcome\n23:30,2026-01-18,Connected\n00:15,2026-01-19,Connected\n');
    expect(t.rows.map((r) => [r.week, r.counts.dials])).toEqual([['2026-W03', 1], ['2026-W04', 1]]);
    expect(t.inputs[0]!.columns.map((c) => c.field)).toEqual(['time', 'timestamp', 'outcome']);
  });

  it('two columns that could each be the call\'s moment: exit 2 naming both and the --map that settles it', async () => {
    expect(await refusal('Call date,Activity date,Outcome\n2026-01-13,2026-01-14,Connected\n')).toBe(
      '<stdin>:1:2: Activity date: columns "Call date" (column 1) and "Activity date" (column 2) could both be the call\'s date — say which with --map "Call date=date" (and --map "Activity date=ignore")',
    );
    const t = await log('Call date,Activity date,Outcome\n2026-01-13,2026-01-20,Connected\n', { map: { 'Activity date': 'ignore' } });
    expect(t.rows.map((r) => r.week)).toEqual(['2026-W03']);
  });

  it('a header that could be two roles is refused with both --map choices', async () => {
    expect(await refusal('timestamp,Outcome duration,Result\n2026-01-13 09:00,12,Connected\n')).toBe(
      '<stdin>:1:2: Outcome duration: "Outcome duration" could be the call\'s duration or its outcome — say which with --map "Outcome duration=duration" or --map "Outcome duration=outcome"',
    );
  });
});

describe('duration units', () => {
  const ms = (unitHeader: string) => `Date,Outcome,${unitHeader}\n2026-01-13 09:00,Connected,125000\n2026-01-13 10:00,Connected,95000\n2026-01-13 11:00,No answer,5000\n`;

  it('milliseconds under a header with no unit: a median call of 26 hours is a notice naming ms, and talk time stays unknown', async () => {
    const t = await log(ms('Duration'));
    expect(t.rows[0]!.counts.talk_seconds).toBeNull();
    // Median of 125000, 95000, 5000 read as seconds: 95000 s = 26.4 hours.
    expect(t.warnings).toContain('<stdin>: read as seconds, the median call in "Duration" would last 26 hours, so the unit must be another (most likely milliseconds): talk time is left unknown; say the unit with --duration-unit ms');
    expect(t.inputs[0]!.calllog!.duration_unit).toBeNull();
  });

  it('--duration-unit ms settles it: 125 + 95 + 5 seconds', async () => {
    const t = await log(ms('Duration'), { durationUnit: 'milliseconds' });
    expect(t.rows[0]!.counts.talk_seconds).toBe(225);
    expect(t.warnings.some((w) => w.includes('median call'))).toBe(false);
  });

  it('the unit in the header is read: (ms), _ms, in milliseconds', async () => {
    for (const header of ['Duration (ms)', 'duration_ms', 'Call duration in milliseconds', 'Gesprächsdauer (Millisekunden)']) {
      const t = await log(ms(header));
      expect(t.rows[0]!.counts.talk_seconds, header).toBe(225);
    }
  });

  it('minutes read as seconds are short, never too long: no notice (the header or --duration-unit must say so)', async () => {
    const t = await log('Date,Outcome,Duration (min)\n2026-01-13 09:00,Connected,2.5\n');
    expect(t.rows[0]!.counts.talk_seconds).toBe(150);
  });
});

describe('never silent', () => {
  it('a column that looks like a counted role but was not used is a warning and listed as unused', async () => {
    const t = await log('Date,Outcome,Rep,Name\n2026-01-13 09:00,Connected,Anna,Anna B.\n');
    expect(t.warnings).toContain('<stdin>: ignored column "Name" (another column is the rep); to read it as the rep, use --map "Name=rep"');
    expect(t.inputs[0]!.unused).toEqual([{ header: 'Name', looks_like: 'rep', why: 'another column is the rep' }]);
  });

  it('what was understood travels with the error (for funnel inspect)', async () => {
    let inputs: unknown;
    try {
      await log('Call date,Activity date,Outcome\n2026-01-13,2026-01-14,Connected\n');
    } catch (err) {
      inputs = (err as { inputs?: unknown }).inputs;
    }
    expect(inputs).toMatchObject([{ layout: 'calllog', calllog: null, columns: [{ header: 'Call date', field: 'timestamp' }, { header: 'Activity date' }, { header: 'Outcome', field: 'outcome' }] }]);
  });
});
