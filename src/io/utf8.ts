/**
 * UTF-8 checked and decoded by Node's own buffer routines instead of TextDecoder: Node 20's TextDecoder
 * sets up an ICU converter for each use (a small file's start paid about 0.2 ms for three of them), while
 * `isUtf8` and `toString('utf8')` need none. Both follow the Encoding Standard, as TextDecoder does.
 */
import { isUtf8 } from 'node:buffer';

/** Where a character cut off at the end of the bytes starts; the length when the last one is whole. */
function cutCharacterStart(bytes: Uint8Array): number {
  const end = bytes.length;
  for (let at = end - 1; at >= Math.max(0, end - 3); at--) {
    const b = bytes[at]!;
    if (b < 0x80) return end; // ASCII: nothing is cut
    if (b >= 0xc0) return end - at < (b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4) ? at : end;
  }
  return end; // continuation bytes only: not a cut character (isUtf8 judges them)
}

/** The first bytes of a character, as far as they go, could still become a valid one. */
function validStart(part: Uint8Array): boolean {
  if (part.length === 0) return true;
  const lead = part[0]!;
  if (lead < 0xc2 || lead > 0xf4) return false;
  const second = part[1];
  if (second !== undefined) {
    // The second byte's range depends on the lead: no overlong forms, no surrogates, nothing past U+10FFFF.
    const [lo, hi] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    if (second < lo || second > hi) return false;
  }
  const third = part[2];
  return third === undefined || (third >= 0x80 && third <= 0xbf);
}

/** Valid UTF-8, allowing a character cut off at the end (a sample of a longer input). */
export function isUtf8Prefix(bytes: Uint8Array): boolean {
  const cut = cutCharacterStart(bytes);
  return isUtf8(bytes.subarray(0, cut)) && validStart(bytes.subarray(cut));
}

/** The text of UTF-8 bytes; undefined when they are not valid UTF-8 (a byte-order mark is kept as text). */
export function strictUtf8(bytes: Uint8Array): string | undefined {
  return isUtf8(bytes) ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') : undefined;
}
