import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { fdWriter, isMemoryDevice } from '../../src/io/process-io.js';

/** A stand-in for write(2): takes at most `room` bytes a call, then fails with `code` once full. */
function fakeFd(room: number, code?: string) {
  const written: Buffer[] = [];
  let left = room;
  const write = ((_fd: number, bytes: Uint8Array, offset: number) => {
    if (left === 0) throw Object.assign(new Error(code ?? 'full'), { code: code ?? 'EAGAIN' });
    const n = Math.min(left, bytes.length - offset, 3); // partial writes, three bytes at a time
    written.push(Buffer.from(bytes.subarray(offset, offset + n)));
    left -= n;
    return n;
  }) as never;
  return { write, text: () => Buffer.concat(written).toString('utf8') };
}

function fakeStream() {
  const chunks: Buffer[] = [];
  let opened = 0;
  const stream = new Writable({ write: (chunk: Buffer, _enc, done) => (chunks.push(chunk), done()) });
  return { open: () => (opened++, stream as unknown as NodeJS.WriteStream), text: () => Buffer.concat(chunks).toString('utf8'), opened: () => opened };
}

describe('fdWriter (stdout and stderr on a pipe, socket, file or memory device)', () => {
  it('writes every byte, across partial writes, without building the stream', async () => {
    const fd = fakeFd(1000);
    const stream = fakeStream();
    const w = fdWriter(1, stream.open, fd.write);
    w.write('Funnel 9/38/106 \u2013 caf\u00e9\n');
    w.write('second line\n');
    expect(await w.settled()).toBeUndefined();
    expect(fd.text()).toBe('Funnel 9/38/106 \u2013 caf\u00e9\nsecond line\n');
    expect(stream.opened()).toBe(0);
  });

  it('a pipe left non-blocking and full (EAGAIN) gets the rest, in order, through the stream', async () => {
    const fd = fakeFd(10);
    const stream = fakeStream();
    const w = fdWriter(1, stream.open, fd.write);
    w.write('0123456789abcdef');
    w.write('-next');
    expect(await w.settled()).toBeUndefined();
    expect([fd.text(), stream.text(), stream.opened()]).toEqual(['0123456789', 'abcdef-next', 1]);
  });

  it('keeps the first failure (EPIPE) and writes nothing after it', async () => {
    const fd = fakeFd(4, 'EPIPE');
    const stream = fakeStream();
    const w = fdWriter(1, stream.open, fd.write);
    w.write('0123456789');
    w.write('more');
    expect((await w.settled())?.code).toBe('EPIPE');
    expect([fd.text(), stream.opened()]).toEqual(['0123', 0]);
  });
});

describe("Linux's memory devices (written with write(2) too: never a terminal)", () => {
  it('are major number 1: /dev/null, /dev/zero, /dev/full, /dev/urandom; terminals and others are not', () => {
    const dev = (major: number, minor: number) => major * 256 + minor; // glibc's makedev for numbers below 4096 and 256
    expect([dev(1, 3), dev(1, 5), dev(1, 7), dev(1, 9)].map(isMemoryDevice)).toEqual([true, true, true, true]);
    // /dev/tty, /dev/ptmx, /dev/tty1, /dev/pts/0 (136), a serial line (4, 64), a block of majors above 4095
    expect([dev(5, 0), dev(5, 2), dev(4, 1), dev(136, 0), dev(4, 64), 0, 2 ** 32 + dev(1, 3)].map(isMemoryDevice)).toEqual([false, false, false, false, false, false, false]);
  });
});
