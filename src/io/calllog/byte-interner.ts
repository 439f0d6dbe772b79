/**
 * Maps byte ranges to small ids without making a string per row: a value is decoded once, the first
 * time its bytes are seen, and `resolve` gives its id; later rows only hash and compare bytes.
 * Open addressing over typed arrays: no Map, no per-row allocation.
 */
import { InputError } from '../../errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** FNV-1a step; the scanner folds it into its byte loop so hashing costs no second pass. */
export const HASH_SEED = 0x811c9dc5;
export const HASH_PRIME = 0x01000193;

/** Hashes are cut to 30 bits so they stay small integers (no boxing) in V8 with pointer compression. */
export const HASH_MASK = 0x3fffffff;

export function hashBytes(buf: Uint8Array, start: number, end: number): number {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i]!, HASH_PRIME);
  return h & HASH_MASK;
}

export class ByteInterner {
  private slots = new Int32Array(1024).fill(-1); // entry index per slot
  private hashes = new Int32Array(64);
  private starts = new Int32Array(64);
  private lengths = new Int32Array(64);
  private ids = new Int32Array(64);
  private count = 0;
  private arena = Buffer.allocUnsafe(4096);
  private used = 0;

  constructor(private readonly resolve: (text: string) => number) {}

  get(buf: Buffer, start: number, end: number): number {
    return this.lookup(buf, start, end, hashBytes(buf, start, end));
  }

  /** The id of buf[start, end) whose FNV-1a hash (from HASH_SEED, masked with HASH_MASK) is `hash`. */
  lookup(buf: Buffer, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    const arena = this.arena;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry < 0) return this.insert(buf, start, end, hash, slot);
      if (this.hashes[entry] !== hash || this.lengths[entry] !== length) continue;
      const at = this.starts[entry]! - start;
      let i = start;
      while (i < end && arena[at + i] === buf[i]) i++;
      if (i === end) return this.ids[entry]!;
    }
  }

  private insert(buf: Buffer, start: number, end: number, hash: number, slot: number): number {
    const id = this.resolve(decodeUtf8(buf, start, end));
    const length = end - start;
    if (this.used + length > this.arena.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.arena.length * 2, this.used + length));
      this.arena.copy(grown, 0, 0, this.used);
      this.arena = grown;
    }
    buf.copy(this.arena, this.used, start, end); // a copy: the read buffer is reused
    const entry = this.count++;
    if (entry === this.ids.length) this.growEntries();
    this.hashes[entry] = hash;
    this.starts[entry] = this.used;
    this.lengths[entry] = length;
    this.ids[entry] = id;
    this.used += length;
    this.slots[slot] = entry;
    if (entry * 2 >= this.slots.length) this.rehash();
    return id;
  }

  private growEntries(): void {
    const grow = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    [this.hashes, this.starts, this.lengths, this.ids] = [grow(this.hashes), grow(this.starts), grow(this.lengths), grow(this.ids)];
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let entry = 0; entry < this.count; entry++) {
      let slot = this.hashes[entry]! & mask;
      while (slots[slot]! >= 0) slot = (slot + 1) & mask;
      slots[slot] = entry;
    }
    this.slots = slots;
  }
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
