import { writeFileAtomic } from '../io/write-atomic.js';
import type { Io } from '../io/process-io.js';

/** Sends a rendered result to --output (atomically) or back for stdout. */
export async function emit(text: string, output: string | undefined, io: Io): Promise<string> {
  if (output === undefined || output === '-') return text;
  await writeFileAtomic(output, text.endsWith('\n') ? text : text + '\n', io.cwd);
  return '';
}

/** Notices and warnings go to stderr so stdout stays machine-readable. */
export function warn(warnings: readonly string[], io: Io, quiet: boolean | undefined): void {
  if (quiet) return;
  for (const w of warnings) io.stderr(`warning: ${w}\n`);
}
