import { fstatSync, writeSync } from 'node:fs';

/** Everything a command may touch of the outside world, passed in so tests can run the CLI in-process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly stdin: NodeJS.ReadableStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  readonly cwd: string;
  /** Resolves when what was written to stdout is delivered, with the error if it could not be. */
  readonly stdoutSettled?: () => Promise<NodeJS.ErrnoException | undefined>;
  /** Terminal width for layout; undefined when not a terminal. */
  readonly columns?: number;
}

export type Writer = { write: (text: string | Uint8Array) => void; settled: () => Promise<NodeJS.ErrnoException | undefined> };

/**
 * Writes to a stream without ever throwing: a reader that went away (`funnel report x | head`, EPIPE)
 * or a full disk (`> /dev/full`, ENOSPC) must not end the run with a stack trace. The first failure
 * stops further writes and is kept, so the CLI can say it once (for the result) or ignore it (for
 * warnings on stderr). The stream is taken on the first write: building process.stderr costs a start
 * that writes nothing there (--quiet) a stream it never uses.
 */
function streamWriter(open: () => NodeJS.WriteStream): Writer {
  let failure: NodeJS.ErrnoException | undefined;
  let last: Promise<void> = Promise.resolve();
  let stream: NodeJS.WriteStream | undefined;
  return {
    write(text) {
      if (failure) return;
      if (!stream) {
        stream = open();
        stream.on('error', (err: NodeJS.ErrnoException) => void (failure ??= err));
      }
      const target = stream;
      last = new Promise((done) => {
        try {
          target.write(text, (err) => {
            if (err) failure ??= err;
            done();
          });
        } catch (err) {
          failure ??= err as NodeJS.ErrnoException; // a file on stdout writes synchronously
          done();
        }
      });
    },
    settled: async () => {
      await last;
      return failure;
    },
  };
}

/**
 * A pipe, a socket (what a Node parent's `spawn` gives a child), a regular file or one of Linux's memory
 * devices (/dev/null, /dev/full, /dev/zero: major number 1, never a terminal): written by write(2) as
 * Node's own stream for it would (a device that is no terminal gets Node's synchronous file stream).
 * Other character devices may be terminals, which only Node's tty module can tell (and loading it costs
 * what the stream does), so they keep Node's streams.
 */
function isPipeOrFile(fd: number): boolean {
  if (process.platform === 'win32') return false; // Windows pipes and consoles keep Node's streams
  try {
    const stat = fstatSync(fd);
    return stat.isFIFO() || stat.isSocket() || stat.isFile() || (process.platform === 'linux' && stat.isCharacterDevice() && isMemoryDevice(stat.rdev));
  } catch {
    return false;
  }
}

/** Linux's major device number 1, "memory devices" (Documentation/admin-guide/devices.txt): null, zero, full, random… */
export const isMemoryDevice = (rdev: number): boolean => ((rdev >>> 8) & 0xfff) === 1 && rdev < 2 ** 32;

/**
 * Writes to a pipe, socket, file or /dev/null with write(2), as Node's stream for it does on Linux (synchronously), without
 * building the stream: process.stdout loads Node's stream and socket modules, a fifth or more of what a
 * start adds to bare Node. Failures are kept as streamWriter keeps them. A pipe left non-blocking by another
 * process (EAGAIN when full) gets the rest through the stream, which waits for the reader.
 */
export function fdWriter(fd: number, open: () => NodeJS.WriteStream, write: typeof writeSync = writeSync): Writer {
  let failure: NodeJS.ErrnoException | undefined;
  let stream: Writer | undefined;
  return {
    write(text) {
      if (failure) return;
      if (stream) return stream.write(text);
      const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
      let at = 0;
      try {
        while (at < bytes.length) at += write(fd, bytes, at);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') failure ??= err as NodeJS.ErrnoException;
        else (stream = streamWriter(open)).write(bytes.subarray(at));
      }
    },
    settled: async () => failure ?? (await stream?.settled()),
  };
}

const writerFor = (fd: 1 | 2, open: () => NodeJS.WriteStream, direct: boolean): Writer => (direct ? fdWriter(fd, open) : streamWriter(open));

export function processIo(): Io {
  // Decided once: whether stdout and stderr are pipes, sockets, files or /dev/null (they do not change mid-run).
  const stdoutDirect = isPipeOrFile(1);
  const stderrDirect = isPipeOrFile(2);
  const stdout = writerFor(1, () => process.stdout, stdoutDirect);
  return {
    stdout: stdout.write,
    stderr: writerFor(2, () => process.stderr, stderrDirect).write,
    stdoutSettled: stdout.settled,
    // A getter: touching process.stdin builds a stream (and loads its modules), which only `-` needs.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    // A pipe, socket, file or memory device is no terminal; anything else (a terminal, a serial line) is asked of its stream.
    stdoutIsTTY: stdoutDirect ? false : Boolean(process.stdout.isTTY),
    get stderrIsTTY() {
      return stderrDirect ? false : Boolean(process.stderr.isTTY);
    },
    cwd: process.cwd(),
    columns: stdoutDirect ? undefined : process.stdout.columns,
  };
}
