/**
 * Maps byte ranges to small ids without making a string per row: a value is decoded once, the first
 * time its bytes are seen, and `resolve` gives its id; later rows only hash and compare bytes.
 */
import { InputError } from '../../errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export class ByteInterner {
  private readonly keys: Buffer[] = [];
  private readonly ids: number[] = [];
  private readonly byHash = new Map<number, number[]>();

  constructor(private readonly resolve: (text: string) => number) {}

  get(buf: Buffer, start: number, end: number): number {
    let h = 0x811c9dc5 ^ (end - start);
    for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
    const bucket = this.byHash.get(h);
    if (bucket !== undefined) {
      for (const k of bucket) if (sameBytes(this.keys[k]!, buf, start, end)) return this.ids[k]!;
    }
    const id = this.resolve(decodeUtf8(buf, start, end));
    const key = Buffer.from(buf.subarray(start, end)); // a copy: the read buffer is reused
    this.keys.push(key);
    this.ids.push(id);
    if (bucket) bucket.push(this.keys.length - 1);
    else this.byHash.set(h, [this.keys.length - 1]);
    return id;
  }
}

function sameBytes(key: Buffer, buf: Buffer, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key[i] !== buf[start + i]) return false;
  return true;
}

/** Thrown by the byte scanner for bytes that are not UTF-8; the caller adds file and line. */
export class NotUtf8 extends Error {}

export function decodeUtf8(buf: Buffer, start: number, end: number): string {
  try {
    return utf8.decode(buf.subarray(start, end));
  } catch {
    throw new NotUtf8('invalid UTF-8');
  }
}

export function notUtf8Error(file: string, line: number): InputError {
  return new InputError([{ file, line, message: 'contains bytes that are not UTF-8', hint: 'export the file again as "CSV UTF-8"' }]);
}
