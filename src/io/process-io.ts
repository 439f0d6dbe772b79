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

/**
 * Writes to a stream without ever throwing: a reader that went away (`funnel report x | head`, EPIPE)
 * or a full disk (`> /dev/full`, ENOSPC) must not end the run with a stack trace. The first failure
 * stops further writes and is kept, so the CLI can say it once (for the result) or ignore it (for
 * warnings on stderr). The stream is taken on the first write: building process.stderr costs a start
 * that writes nothing there (--quiet) a stream it never uses.
 */
function writer(open: () => NodeJS.WriteStream): { write: (text: string) => void; settled: () => Promise<NodeJS.ErrnoException | undefined> } {
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

export function processIo(): Io {
  const stdout = writer(() => process.stdout);
  return {
    stdout: stdout.write,
    stderr: writer(() => process.stderr).write,
    stdoutSettled: stdout.settled,
    // A getter: touching process.stdin builds a stream (and loads its modules), which only `-` needs.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    get stderrIsTTY() {
      return Boolean(process.stderr.isTTY);
    },
    cwd: process.cwd(),
    columns: process.stdout.columns,
  };
}
