import type { Io } from '../io/process-io.js';
import { cut, netted, terminal } from '../render/safe.js';
import type { Rendered } from '../render/formats.js';
import { layoutWidth } from '../render/wrap.js';
import { loadColour } from '../render/theme.js';

/** `--output -` (or none) means stdout, as everywhere on the command line. */
const toStdout = (output: string | undefined) => output === undefined || output === '-';

/** Sends a rendered result to --output (atomically) or back for stdout (where the CLI applies the same net). */
export async function emit(text: Rendered, output: string | undefined, io: Io): Promise<Rendered> {
  if (toStdout(output)) return text;
  await writeOutputFile(output, netted(text), io);
  return '';
}

/**
 * Writes a file atomically (--output, --junit). The writer loads on first use: it needs fs/promises,
 * which a run that only prints never loads.
 */
export async function writeOutputFile(path: string, text: string | Iterable<string>, io: Io): Promise<void> {
  const { writeFileAtomic } = await import('../io/write-atomic.js');
  await writeFileAtomic(path, text, io.cwd);
}

/**
 * How a result may look where it goes: colour (chalk is loaded for it) and the terminal's width only on
 * stdout; a file written with --output gets plain text at 80 columns.
 */
export async function outputLook(color: boolean, output: string | undefined, io: Io): Promise<{ color: boolean; width: number }> {
  const stdout = toStdout(output);
  if (color && stdout) await loadColour();
  return { color: color && stdout, width: layoutWidth(io.columns, io.stdoutIsTTY && stdout) };
}

/** Longest warning shown: one quoting a whole 10 MB header or cell would bury everything else. */
const MAX_WARNING = 2000;

/** Notices and warnings go to stderr so stdout stays machine-readable; data in them made safe. */
export function warn(warnings: readonly string[], io: Io, quiet: boolean | undefined): void {
  if (quiet) return;
  for (const w of warnings) io.stderr(`warning: ${terminal(cut(w, MAX_WARNING))}\n`);
}
