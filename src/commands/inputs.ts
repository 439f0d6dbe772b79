import type { Io } from '../io/process-io.js';
import { readTables, type Tables } from '../io/tables.js';
import { InputError, UsageError, type Problem } from '../errors.js';
import type { FileUnderstanding } from '../io/understanding.js';
import { parseMapOptions } from './map-option.js';

/** The flags every command that reads activity files shares: same flag, same meaning. */
export interface InputFlags {
  map?: string[];
  /** Call logs (see src/io/calllog/). */
  log?: boolean;
  outcome?: string[];
  tz?: string;
  skipBadRows?: boolean;
  /** Also silences the progress bar. */
  quiet?: boolean;
}

/**
 * Standard input can be read once: a second '-' (or '-' as input and as --baseline) would read it
 * empty and blame the data ("the file is empty") for a mistake in the command line.
 */
export function assertStdinOnce(uses: readonly string[]): void {
  if (uses.filter((f) => f === '-').length > 1) {
    throw new UsageError('standard input (-) is given more than once, but it can be read only once', 'give - once, and name the other inputs as files');
  }
}

export function readInputs(files: readonly string[], flags: InputFlags, io: Io): Promise<Tables> {
  assertStdinOnce(files);
  const { log, outcome, tz, skipBadRows, quiet } = flags;
  return readTables(files, { map: parseMapOptions(flags.map ?? []), log, outcome, tz, skipBadRows, quiet }, io);
}

/**
 * How the inputs were understood, also when they could not all be read: what was understood is shown
 * beside the problems (funnel inspect), instead of only the first error.
 */
export async function understandInputs(files: readonly string[], flags: InputFlags, io: Io): Promise<{ inputs: FileUnderstanding[]; problems: Problem[]; warnings: string[] }> {
  try {
    const tables = await readInputs(files, flags, io);
    return { inputs: [...((tables as { inputs?: FileUnderstanding[] }).inputs ?? [])], problems: [], warnings: tables.warnings };
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return { inputs: [...((err as { inputs?: FileUnderstanding[] }).inputs ?? [])], problems: [...err.problems], warnings: [] };
  }
}
