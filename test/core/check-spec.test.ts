import { describe, expect, it } from 'vitest';
import { parseFraction, parseRatioName, parseShare, parseThreshold, parseWindow, settingsFromFlags } from '../../src/core/check-spec.js';
import { UsageError } from '../../src/errors.js';

function usage(fn: () => unknown): { message: string; hint?: string } {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    const e = err as UsageError;
    return { message: e.message, ...(e.hint === undefined ? {} : { hint: e.hint }) };
  }
  throw new Error('expected a UsageError');
}

describe('parseShare', () => {
  it.each([
    ['0.08', 0.08],
    ['8%', 0.08],
    ['8 %', 0.08],
    ['.5', 0.5],
    ['12.5%', 0.125],
    ['1', 1],
  ])('%s → %d', (raw, value) => expect(parseShare(raw)).toBeCloseTo(value, 12));
  it.each(['', 'abc', '-0.1', '0,1', '1e-2', '%'])('%j is not a share', (raw) => expect(parseShare(raw)).toBeNull());
});

describe('parseThreshold', () => {
  it('reads RATIO=VALUE as a fraction or a percentage', () => {
    expect(parseThreshold('meetings/dials=0.08', 'min')).toEqual({ ratio: 'meetings/dials', direction: 'min', value: 0.08 });
    expect(parseThreshold('meetings/reached=20%', 'max')).toEqual({ ratio: 'meetings/reached', direction: 'max', value: 0.2 });
  });
  it('an unknown ratio lists the valid names', () => {
    expect(usage(() => parseThreshold('meetings/calls=0.1', 'min'))).toEqual({
      message: 'unknown ratio "meetings/calls" in --min "meetings/calls=0.1"',
      hint: 'valid ratios: reached/dials, meetings/reached, meetings/dials, callbacks/reached',
    });
  });
  it('a value above 1 is refused with an example', () => {
    expect(usage(() => parseThreshold('meetings/dials=8', 'min'))).toEqual({
      message: '--min "meetings/dials=8": the value must be a share between 0 and 1 (or 0% and 100%)',
      hint: 'example: --min "meetings/dials=0.2"',
    });
  });
  it('a missing "=" shows the form', () => {
    expect(usage(() => parseThreshold('meetings/dials', 'max'))).toEqual({
      message: '--max "meetings/dials" is not of the form RATIO=VALUE',
      hint: 'example: --max "meetings/reached=0.2" (or =20%)',
    });
  });
});

describe('parseFraction, parseWindow, parseRatioName', () => {
  it('tolerance accepts 0 and percentages, not 1', () => {
    expect(parseFraction('0', '--tolerance')).toBe(0);
    expect(parseFraction('10%', '--tolerance')).toBeCloseTo(0.1, 12);
    expect(usage(() => parseFraction('1', '--tolerance'))).toEqual({
      message: '--tolerance "1" must be a share from 0 and below 1',
      hint: 'example: --tolerance 0.10 (or 10%)',
    });
  });
  it('alpha must be above 0', () => {
    expect(parseFraction('1%', '--alpha')).toBeCloseTo(0.01, 12);
    expect(usage(() => parseFraction('0', '--alpha'))).toEqual({
      message: '--alpha "0" must be a share above 0 and below 1',
      hint: 'example: --alpha 0.05 (or 5%)',
    });
  });
  it('window is a whole number of weeks', () => {
    expect(parseWindow('4')).toBe(4);
    expect(usage(() => parseWindow('0'))).toEqual({
      message: '--window "0" must be a whole number of weeks, at least 1',
      hint: 'example: --window 4 (the last four weeks pooled)',
    });
    expect(() => parseWindow('2.5')).toThrow(UsageError);
  });
  it('--ratio names a known ratio', () => {
    expect(parseRatioName('meetings/reached')).toBe('meetings/reached');
    expect(usage(() => parseRatioName('calls'))).toEqual({
      message: 'unknown ratio "calls" in --ratio',
      hint: 'valid ratios: reached/dials, meetings/reached, meetings/dials, callbacks/reached',
    });
  });
});

describe('settingsFromFlags', () => {
  it('defaults: latest week, tolerance 0.10, alpha 0.05, not strict', () => {
    expect(settingsFromFlags({ baseline: 'b.json' })).toEqual({
      scope: { kind: 'latest' },
      settings: { thresholds: [], tolerance: 0.1, alpha: 0.05, strict: false, requireData: false },
    });
  });
  it('collects thresholds, ratios and the scope', () => {
    const { settings, scope } = settingsFromFlags({ min: ['meetings/reached=20%'], max: ['reached/dials=0.6'], baseline: 'b.json', ratio: ['meetings/dials'], window: '4' });
    expect(scope).toEqual({ kind: 'window', weeks: 4 });
    expect(settings.thresholds.map((t) => [t.ratio, t.direction])).toEqual([['meetings/reached', 'min'], ['reached/dials', 'max']]);
    expect(settings.baselineRatios).toEqual(['meetings/dials']);
  });
  it('refuses contradictions before any file is read', () => {
    expect(usage(() => settingsFromFlags({}))).toEqual({ message: 'nothing to check', hint: 'give --min "RATIO=VALUE", --max "RATIO=VALUE" or --baseline FILE' });
    expect(usage(() => settingsFromFlags({ baseline: 'b.json', window: '2', all: true }))).toEqual({ message: '--window and --all exclude each other', hint: 'use one of them' });
  });
});
