import { describe, expect, it } from 'vitest';
import { ceil, groupThousands, int, num, pct, pp } from '../../src/render/format.js';

describe('number formatting for people', () => {
  it('groups thousands the way en-US does', () => {
    for (const n of [0, 7, 999, 1000, 12345, 1234567, -1234567, 1000000000]) {
      expect(groupThousands(n)).toBe(n.toLocaleString('en-US'));
    }
    expect(groupThousands(1234.5)).toBe('1,234.5');
  });
  it('rounds whole numbers, and rounds calls up', () => {
    expect(int(2532.6)).toBe('2,533');
    expect(ceil(35.333)).toBe('36');
    expect(ceil(36)).toBe('36');
    expect(ceil(36.0000000001)).toBe('36'); // float noise is not a 37th dial
  });
  it('percentages and percentage points', () => {
    expect(pct(9 / 38)).toBe('23.7 %');
    expect(pct(null)).toBe('–');
    expect(pp(0.0183)).toBe('+1.8 pp');
    expect(pp(-0.00001)).toBe('0.0 pp');
    expect(num(35.3333)).toBe('35.33');
    expect(num(603703703.66, 1)).toBe('603,703,703.7'); // grouped like int(), as the dials beside it
    expect(num(1e9)).toBe('1,000,000,000');
  });
});
