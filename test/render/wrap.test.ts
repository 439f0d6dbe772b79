import { describe, expect, it } from 'vitest';
import { wrap } from '../../src/render/wrap.js';

describe('wrap', () => {
  it('fills lines greedily up to the width', () => {
    // 'aa bb' is 5 columns; adding ' cc' would make 8.
    expect(wrap('aa bb cc', 5)).toEqual(['aa bb', 'cc']);
    expect(wrap('aa bb cc', 8)).toEqual(['aa bb cc']);
  });
  it('gives an over-long word its own line and counts colour codes as no width', () => {
    expect(wrap('a toolongword b', 4)).toEqual(['a', 'toolongword', 'b']);
    expect(wrap('\u001b[31mred\u001b[39m ok', 6)).toEqual(['\u001b[31mred\u001b[39m ok']);
  });
});
