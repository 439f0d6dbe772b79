import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUtf8Prefix, strictUtf8 } from '../../src/io/utf8.js';

/** The reference: a fatal TextDecoder, in streaming mode for a prefix (a cut character is not an error). */
function decoderAccepts(bytes: Uint8Array, stream: boolean): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes, { stream });
  } catch {
    return undefined;
  }
}

// Bytes near UTF-8's edges: ASCII, continuation bytes, every lead (overlong, surrogate and too-high ones
// included), so cut, broken and whole characters all come up often.
const edgeByte = fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x80, max: 0xbf }), fc.integer({ min: 0xc0, max: 0xff }), fc.constantFrom(0xe0, 0xed, 0xf0, 0xf4, 0x9f, 0xa0, 0x8f, 0x90));
const text = fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => new Uint8Array(Buffer.from(s, 'utf8')));
const bytes = fc.oneof(fc.uint8Array({ maxLength: 12 }), fc.array(edgeByte, { maxLength: 12 }).map((a) => Uint8Array.from(a)), text, text.chain((t) => fc.integer({ min: 0, max: t.length }).map((n) => t.subarray(0, n))));

describe('UTF-8 without TextDecoder', () => {
  it('isUtf8Prefix accepts exactly what a fatal streaming TextDecoder accepts', () => {
    fc.assert(fc.property(bytes, (b) => {
      expect(isUtf8Prefix(b)).toBe(decoderAccepts(b, true) !== undefined);
    }), { numRuns: 20_000 });
  });

  it('strictUtf8 gives exactly the fatal TextDecoder\'s text, or undefined where it throws', () => {
    fc.assert(fc.property(bytes, (b) => {
      expect(strictUtf8(b)).toBe(decoderAccepts(b, false));
    }), { numRuns: 20_000 });
  });

  it('handles the cut characters by hand, too', () => {
    const euro = [0xe2, 0x82, 0xac];
    expect([isUtf8Prefix(Uint8Array.from([0x61, ...euro.slice(0, 2)])), isUtf8Prefix(Uint8Array.from([0x61, 0xe0, 0x80])), isUtf8Prefix(Uint8Array.from([0xf4, 0x90])), isUtf8Prefix(Uint8Array.from([0x80]))]).toEqual([true, false, false, false]);
    expect(strictUtf8(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toBe('\uFEFFa');
    expect(strictUtf8(Uint8Array.from(euro).subarray(1))).toBeUndefined();
  });
});
