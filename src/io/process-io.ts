/** Everything a command may touch of the outside world, passed in so tests can run the CLI in-process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly stdin: NodeJS.ReadableStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  readonly cwd: string;
  /** Terminal width for layout; undefined when not a terminal. */
  readonly columns?: number;
}

/**
 * A stream whose reader went away (`funnel report x | head`) is not an error of ours: stop writing to it
 * and let the run finish, instead of dying with an EPIPE stack trace.
 */
function writer(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

export function processIo(): Io {
  return {
    stdout: writer(process.stdout),
    stderr: writer(process.stderr),
    stdin: process.stdin,
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
    columns: process.stdout.columns,
  };
}
