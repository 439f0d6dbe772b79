import { describe, expect, it } from 'vitest';
import { InputError, formatInputError } from '../../src/errors.js';
import { parsePlanFile } from '../../src/io/plan-file.js';
import { parseTargets } from '../../src/io/targets.js';
import { referencePlan } from '../core/track/reference.js';

const message = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    if (err instanceof InputError) return formatInputError(err);
    throw err;
  }
  throw new Error('no error');
};

describe('parsePlanFile', () => {
  const { json } = referencePlan();

  it('reads what plan writes: the week, the rate belief and the days', () => {
    const p = parsePlanFile('plan.json', JSON.stringify(json));
    expect(p.daysPerWeek).toBe(5);
    expect(p.team.perWeek.dials).toBeCloseTo(176.6667, 4);
    expect(p.team.posterior).toEqual({ a: 9.5, b: 97.5 });
    expect(p.team.dispersion).toBe(1);
    expect(p.reps).toBeNull();
  });

  it('names a missing or newer version, the path of a bad value, and bad JSON', () => {
    const { version: _v, ...unversioned } = json;
    expect(message(() => parsePlanFile('p.json', JSON.stringify(unversioned)))).toBe(
      'p.json: version: is missing: this is not a plan file (or one from before plan files had a version) — write the plan file with "funnel plan ... --format json -o plan.json"',
    );
    expect(message(() => parsePlanFile('p.json', JSON.stringify({ ...json, version: 2 })))).toBe(
      'p.json: version: is 2, but this funnel reads plan files of version 1 — write the plan file with "funnel plan ... --format json -o plan.json"',
    );
    expect(message(() => parsePlanFile('p.json', JSON.stringify({ ...json, per_week: { ...json.per_week, dials: -3 } })))).toBe(
      'p.json: per_week.dials: must be above 0, not -3 — write the plan file with "funnel plan ... --format json -o plan.json"',
    );
    expect(message(() => parsePlanFile('p.json', ''))).toBe('p.json: the plan file is empty — write the plan file with "funnel plan ... --format json -o plan.json"');
    expect(message(() => parsePlanFile('p.json', '{"version": 1,'))).toMatch(/^p\.json(:\d+:\d+)?: is not valid JSON \(.*\) — write the plan file with "funnel plan \.\.\. --format json -o plan\.json"$/);
  });

  it('refuses a rep planned twice (names compared as track compares them)', () => {
    const rep = { rep: 'Anna', per_week: json.per_week, rate_posterior: json.rate_posterior, wobble: json.wobble };
    expect(message(() => parsePlanFile('p.json', JSON.stringify({ ...json, reps: [rep, { ...rep, rep: ' anna' }] })))).toBe(
      'p.json: reps[1].rep: " anna" is planned twice — write the plan file with "funnel plan ... --format json -o plan.json"',
    );
  });
});

describe('parseTargets', () => {
  it('reads rep and meetings per week under the headers people write, with any delimiter and a decimal comma', () => {
    expect([...parseTargets('t.csv', 'rep,meetings_per_week\nAnna,8\nBram,7.5\n')]).toEqual([['Anna', 8], ['Bram', 7.5]]);
    expect([...parseTargets('t.csv', 'Verkoper;Afspraken per week\nAnna;8\nBram;7,5\n')]).toEqual([['Anna', 8], ['Bram', 7.5]]);
    expect([...parseTargets('t.csv', 'Sales rep,Meetings / Week\r\nAnna,8\r\n')]).toEqual([['Anna', 8]]);
    expect([...parseTargets('t.csv', 'Verkäufer\tTermine pro Woche\nAnna\t6\n')]).toEqual([['Anna', 6]]);
  });

  it('refuses what it cannot read, with file, line and column', () => {
    expect(message(() => parseTargets('t.csv', 'rep,meetings\nAnna,8\n'))).toBe(
      't.csv:1: no meetings-per-week column among the headers "rep", "meetings" — write the targets as CSV with a header "rep,meetings_per_week" and one line per rep, e.g. "Anna,8"',
    );
    expect(message(() => parseTargets('t.csv', 'rep,meetings_per_week\nAnna,eight\n,3\nanna,2\n'))).toBe([
      't.csv:2:2: meetings_per_week: must be a number above 0, got "eight" — e.g. 8 or 7.5',
      't.csv:3:1: rep: is empty — name the rep as in the history',
      't.csv:4:1: rep: "anna" has a target on line 2 already — give each rep one line',
    ].join('\n'));
  });
});
