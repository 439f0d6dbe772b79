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

export function processIo(): Io {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stdin: process.stdin,
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
    columns: process.stdout.columns,
  };
}
