import { describe, expect, it } from 'vitest';
import { funnel } from './run-cli.js';

describe('reading by meaning, end to end', () => {
  it('report --format json carries the input section; the look-alike column is also a warning', () => {
    const run = funnel(['report', 'fixtures/weekly/excel-en-uk.csv', '--format', 'json']);
    expect(run.code).toBe(0);
    const input = JSON.parse(run.stdout).input;
    expect(input).toHaveLength(1);
    expect(input[0]).toMatchObject({ file: 'fixtures/weekly/excel-en-uk.csv', layout: 'weekly', header_line: 2, unused: [{ header: 'Connect rate', looks_like: 'reached' }] });
    expect(input[0].columns.map((c: { field: string | null }) => c.field)).toEqual(['week', 'rep', 'dials', 'reached', 'callbacks_short', 'callbacks_long', 'meetings', 'hours', null]);
    expect(run.stderr).toContain('warning: fixtures/weekly/excel-en-uk.csv: ignored column "Connect rate"');
  });

  it('an ambiguous header stops with exit 2, naming both fields and the --map that settles it', () => {
    const run = funnel(['report', '-'], { input: 'Week,Dials,Reached,Meetings and callbacks\n2026-W06,10,4,2\n' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('<stdin>:1:4: meetings: "Meetings and callbacks" could mean meetings or callbacks (words: meetings, callbacks)');
    expect(run.stderr).toContain('say which with --map "Meetings and callbacks=meetings" or --map "Meetings and callbacks=callbacks"');
    const settled = funnel(['report', '-', '--map', 'Meetings and callbacks=meetings', '--format', 'json'], { input: 'Week,Dials,Reached,Meetings and callbacks\n2026-W06,10,4,2\n' });
    expect(settled.code).toBe(0);
    expect(JSON.parse(settled.stdout).totals).toMatchObject({ dials: 10, reached: 4, meetings: 2 });
  });

  it('--duration-unit is checked before any file is read', () => {
    const run = funnel(['report', 'fixtures/calllogs/close.csv', '--duration-unit', 'days']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--duration-unit "days" is not a unit');
  });
});
