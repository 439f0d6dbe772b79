import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseBaseline } from '../../src/io/baseline.js';
import { problemLines } from '../../src/render/problems.js';

const HINT = ' — write the baseline with "funnel report FILE --format json > baseline.json"';

function shown(text: string): string {
  try {
    parseBaseline('base.json', text);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return problemLines(err as InputError);
  }
  throw new Error('expected an InputError');
}

describe('hostile baselines', () => {
  it('100,000 levels of nesting: a clear refusal with the place, not a stack overflow', () => {
    const bomb = `{"totals":\n${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(shown(bomb)).toBe(`base.json:2:64: nests more than 64 levels deep: not a report JSON${HINT}`);
  });
  it('brackets inside strings do not count as nesting', () => {
    const text = JSON.stringify({ totals: { dials: 10, reached: 5, meetings: 1 }, note: '['.repeat(1000) + '"\\' });
    expect(parseBaseline('base.json', text).team.dials).toBe(10);
  });
  it('escape sequences and NUL bytes from a broken baseline reach the terminal escaped, never raw', () => {
    const text = '{"totals": \u001b]8;;http://evil\u0007click\u001b]8;;\u0007 \u0000}';
    // Node 20 words it without a position; newer versions may add one.
    expect(shown(text)).toMatch(/^base\.json:(1:12:)? is not valid JSON \(Unexpected token '\\x1B'\) — write the baseline/);
    // eslint-disable-next-line no-control-regex
    expect(shown(text)).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
  });
  it('a huge value in the wrong place is cut, not echoed whole', () => {
    const text = JSON.stringify({ totals: { dials: 'x'.repeat(10_000_000), reached: 1, meetings: 1 } });
    const line = shown(text);
    expect(line.length).toBeLessThan(300);
    expect(line).toBe(`base.json: totals.dials: must be a number, not "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...${HINT}`);
  });
});
