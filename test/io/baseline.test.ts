import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, formatInputError } from '../../src/errors.js';
import { jsonPath, parseBaseline, readBaseline } from '../../src/io/baseline.js';
import { memoryIo } from '../io-helpers.js';

const HINT = ' — write the baseline with "funnel report FILE --format json > baseline.json"';

function problems(text: string): string {
  try {
    parseBaseline('base.json', text);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return formatInputError(err as InputError);
  }
  throw new Error('expected an InputError');
}

const reference = { totals: { dials: 106, reached: 38, callbacks_short: 16, callbacks_long: 3, callbacks: 19, meetings: 9, hours: null } };

describe('parseBaseline', () => {
  it('takes the counts of a report JSON, team and reps, and ignores fields it does not need', () => {
    const b = parseBaseline('base.json', JSON.stringify({ ...reference, chain: '9/38/106', weeks: [], reps: [{ rep: 'anna', ...reference }], later: { added: true } }));
    expect(b.team).toEqual(reference.totals);
    expect(b.reps.get('anna')).toEqual(reference.totals);
  });
  it('fills callbacks from its parts and treats absent optional counts as not recorded', () => {
    const b = parseBaseline('base.json', JSON.stringify({ totals: { dials: 10, reached: 5, meetings: 1, callbacks_short: 2, callbacks_long: 1 } }));
    expect(b.team).toEqual({ dials: 10, reached: 5, meetings: 1, callbacks_short: 2, callbacks_long: 1, callbacks: 3, hours: null });
  });
  it('an empty file', () => expect(problems(' \n')).toBe(`base.json: the baseline is empty${HINT}`));
  it('broken JSON names the line and column', () => {
    expect(problems('{\n  "totals": {\n    "dials": 10,\n  }\n}')).toMatch(/^base\.json:4:3: is not valid JSON \(.+\) — write the baseline/);
  });
  it('a CSV given as baseline', () => {
    expect(problems('week,dials\n2026-W45,10\n')).toMatch(/^base\.json:(1:1:)? is not valid JSON \(Unexpected token .+\) — write the baseline/);
  });
  it('not an object', () => expect(problems('[1,2]')).toBe(`base.json: (top level): must be an object, not [1,2]${HINT}`));
  it('every bad count is named by its JSON path', () => {
    const text = JSON.stringify({ totals: { dials: -1, reached: '38', meetings: 2.5 }, reps: [{ rep: 3, totals: { dials: 1, reached: 2, meetings: 0 } }] });
    expect(problems(text).split('\n')).toEqual([
      `base.json: totals.dials: must be at least 0, not -1${HINT}`,
      `base.json: totals.reached: must be a number, not "38"${HINT}`,
      `base.json: totals.meetings: must be a whole number, not 2.5${HINT}`,
      `base.json: reps[0].totals.reached: 2 is more than dials (1)${HINT}`,
      `base.json: reps[0].rep: must be a string, not 3${HINT}`,
    ]);
  });
  it('missing totals', () => expect(problems('{"ratios": {}}')).toBe(`base.json: totals: is missing${HINT}`));
  it('a ratio out of range, and one that disagrees with its counts', () => {
    expect(problems(JSON.stringify({ ...reference, ratios: { 'meetings/dials': 2 } }))).toBe(`base.json: ratios["meetings/dials"]: must be at most 1, not 2${HINT}`);
    expect(problems(JSON.stringify({ ...reference, reps: [{ rep: 'a', ...reference, ratios: { 'meetings/reached': 0.3 } }] }))).toBe(
      'base.json: reps[0].ratios["meetings/reached"]: 0.3 does not match the totals (0.23684) — check uses the counts, so edit totals instead, or write the baseline again',
    );
  });
  it('rounded ratios (5 decimals) are accepted', () => {
    expect(() => parseBaseline('b.json', JSON.stringify({ ...reference, ratios: { 'meetings/reached': 0.23684 } }))).not.toThrow();
  });
});

describe('readBaseline', () => {
  it('a missing file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'funnel-baseline-'));
    await expect(readBaseline('nope.json', memoryIo({ cwd: dir }))).rejects.toThrow('nope.json: file not found — check the path and spelling');
  });
  it('reads relative to the working folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'funnel-baseline-'));
    await writeFile(join(dir, 'b.json'), JSON.stringify(reference));
    expect((await readBaseline('b.json', memoryIo({ cwd: dir }))).team.meetings).toBe(9);
  });
});

describe('jsonPath', () => {
  it('reads like JavaScript', () => {
    expect(jsonPath(['reps', 2, 'totals', 'reached'])).toBe('reps[2].totals.reached');
    expect(jsonPath(['ratios', 'meetings/dials'])).toBe('ratios["meetings/dials"]');
    expect(jsonPath([])).toBe('(top level)');
  });
});
