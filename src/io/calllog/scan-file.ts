/**
 * Streams a byte range of a file through the byte scanner with one reused buffer: memory stays flat
 * whatever the file size. UTF-16 files (Excel's "Unicode text") are transcoded to UTF-8 chunk by chunk on
 * the way in, so they take the same path.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { Encoding } from '../decode.js';
import { NotUtf8, notUtf8Error } from './byte-interner.js';
import { FastPathBail, type FastScanner } from './fast-scan.js';
import type { Progress } from './progress.js';
import type { Sniffed } from './sniff.js';

const CHUNK = 4 << 20;
/** A row longer than this is not a call log row; refusing it keeps memory bounded. */
const MAX_LINE = 16 << 20;
const LF = 10;

/**
 * Index just after the first line feed in bytes[from, to), or -1. `base` is the file offset of bytes[0]:
 * in UTF-16 a line feed is the code unit 0x000A at an even file offset, not any 0x0A byte.
 */
export function lineStartAfter(bytes: Uint8Array, from: number, to: number, encoding: Encoding, base = 0): number {
  for (let i = bytes.indexOf(LF, from); i >= 0 && i < to; i = bytes.indexOf(LF, i + 1)) {
    if (encoding === 'utf-16le') {
      if ((base + i) % 2 === 0 && i + 1 < to && bytes[i + 1] === 0) return i + 2;
    } else if (encoding === 'utf-16be') {
      if ((base + i) % 2 === 1 && bytes[i - 1] === 0) return i + 1;
    } else return i + 1;
  }
  return -1;
}

/** Offset of the first data line in a file's first bytes: after BOM, `sep=` line and header. */
export function dataStart(buf: Buffer, filled: number, sniffed: Sniffed): number {
  let at = sniffed.bomLength;
  for (let i = 0; i <= sniffed.preambleLines; i++) {
    const next = lineStartAfter(buf, at, filled, sniffed.encoding);
    if (next < 0) return filled;
    at = next;
  }
  return at;
}

/** Scans (see FastScanner.scan), with NotUtf8 turned into an input error at the line where it happened. */
export function scanChecked(s: FastScanner, buf: Buffer, start: number, end: number): number {
  try {
    return s.scan(buf, start, end);
  } catch (err) {
    throw err instanceof NotUtf8 ? notUtf8Error(s.agg.file, s.line) : err;
  }
}

/** Bytes for the scanner: the file's own (UTF-8), or UTF-16 transcoded to UTF-8. */
interface ByteSource {
  /** Room `read` needs at the end of the buffer. */
  readonly minRoom: number;
  /** File offset read up to. */
  position: number;
  /** Fills buf from `at` (at most `room` bytes); 0 at the end of the range. */
  read(buf: Buffer, at: number, room: number): number;
}

function fileBytes(fd: number, from: number, to: number): ByteSource {
  return {
    minRoom: 1,
    position: from,
    read(buf, at, room) {
      const n = readSync(fd, buf, at, Math.min(room, to - this.position), this.position);
      this.position += n;
      return n;
    },
  };
}

/** UTF-16 bytes transcoded per read: 1 MB in, at most 1.5 MB of UTF-8 out. */
const RAW_CHUNK = 1 << 20;
const utf16 = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });

/**
 * UTF-16 read in chunks and transcoded to UTF-8 into the buffer: decoded by a fatal TextDecoder and
 * written back as UTF-8. (node:buffer's `transcode` costs less CPU — 0.17 s against 0.5 s for 844 MB — but
 * returns a new buffer per chunk, outside V8's heap, which V8 collects only every ~64 MB: 116 MB peak RSS
 * for one thread, 180 MB for a 10M-row file on two, against 51 MB here.) A code unit or surrogate pair cut
 * by a chunk edge is carried over to the next chunk; a lone surrogate makes the decoder throw, which stops
 * the scanner (the general reader then reports the file as not valid UTF-16).
 */
function transcodedBytes(fd: number, from: number, to: number, encoding: 'utf-16le' | 'utf-16be', line: () => number, rawChunk = RAW_CHUNK): ByteSource {
  const raw = Buffer.allocUnsafe(rawChunk + 4);
  let carried = 0; // bytes kept at raw[0, carried): a high surrogate (already little-endian), then maybe an odd byte
  let carriedUnits = 0; // of which whole code units
  const invalid = () => new FastPathBail(line(), 0, `not valid ${encoding.toUpperCase()}`);
  return {
    minRoom: Math.ceil(rawChunk * 1.5) + 16,
    position: from,
    read(buf, at, room) {
      const n = readSync(fd, raw, carried, Math.min(rawChunk, Math.floor((room - 16) / 3) * 2, to - this.position), this.position);
      this.position += n;
      const length = carried + n;
      if (n === 0) {
        if (carried > 0) throw invalid(); // the file ends inside a character
        return 0;
      }
      let end = length & ~1;
      if (encoding === 'utf-16be') raw.subarray(carriedUnits, end).swap16();
      const last = end >= 2 ? raw[end - 2]! | (raw[end - 1]! << 8) : 0;
      if (last >= 0xd800 && last <= 0xdbff) end -= 2; // a high surrogate waits for its low half
      let text: string;
      try {
        text = utf16.decode(raw.subarray(0, end)); // ignoreBOM: a U+FEFF at a chunk's start is text, not a mark
      } catch {
        throw invalid();
      }
      raw.copy(raw, 0, end, length);
      carried = length - end;
      carriedUnits = carried & ~1;
      return text.length === 0 ? this.read(buf, at, room) : buf.write(text, at, room, 'utf8');
    },
  };
}

/**
 * Scans the whole lines of [from, to). `from` must be at a line start; `to` at a line start or the end of
 * the file. `progress` gets the bytes of this range done, scaled by `scale` (parts read in parallel);
 * `chunk` is the read size (tests make it tiny so records straddle reads).
 */
export function scanRange(path: string, from: number, to: number, s: FastScanner, progress: Progress, scale = 1, chunk = CHUNK, encoding: Encoding = 'utf-8'): void {
  const fd = openSync(path, 'r');
  const transcoded = encoding === 'utf-16le' || encoding === 'utf-16be';
  let bufStart = from; // file offset of buf[0] (UTF-8 only: transcoded bytes have no file offset)
  try {
    const source = transcoded ? transcodedBytes(fd, from, to, encoding, () => s.line, Math.min(RAW_CHUNK, chunk)) : fileBytes(fd, from, to);
    let buf = Buffer.allocUnsafe(Math.max(source.minRoom * 2, Math.min(chunk, Math.max(16, (to - from) * (transcoded ? 2 : 1) + 1))));
    let filled = 0;
    for (;;) {
      if (buf.length - filled < source.minRoom) {
        if (buf.length >= MAX_LINE) throw new FastPathBail(s.line, 0, 'a very long line'); // the general reader reports it
        const grown = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(grown, 0, 0, filled);
        buf = grown;
      }
      const n = source.read(buf, filled, buf.length - filled);
      filled += n;
      if (n === 0) {
        if (filled > 0) {
          if (filled === buf.length) buf = Buffer.concat([buf, Buffer.alloc(1)]);
          buf[filled++] = LF; // the last line may lack its line feed
          const stop = scanChecked(s, buf, 0, filled);
          if (stop < filled) throw new FastPathBail(s.line, stop, 'a quote that is never closed'); // the general reader says so
        }
        return;
      }
      const last = buf.lastIndexOf(LF, filled - 1);
      if (last < 0) continue;
      // Keep what is left: a partial line, and a record whose quoted value goes on (stop < last + 1).
      const stop = scanChecked(s, buf, 0, last + 1);
      buf.copy(buf, 0, stop, filled);
      filled -= stop;
      bufStart += stop;
      progress.update((source.position - from) * scale, s.rows * scale);
    }
  } catch (err) {
    if (err instanceof FastPathBail) err.offset += bufStart;
    throw err;
  } finally {
    closeSync(fd);
  }
}
