import type { Io } from '../io/process-io.js';
import { readTables, type Tables } from '../io/tables.js';
import { UsageError } from '../errors.js';
import { parseMapOptions } from './map-option.js';

/** The flags every command that reads activity files shares: same flag, same meaning. */
export interface InputFlags {
  map?: string[];
  /** Call logs (see src/io/calllog/). */
  log?: boolean;
  outcome?: string[];
  /** `--unknown-outcomes dial`. */
  unknownOutcomes?: 'dial';
  direction?: string[];
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
  const { log, outcome, unknownOutcomes, direction, tz, skipBadRows, quiet } = flags;
  return readTables(files, { map: parseMapOptions(flags.map ?? []), log, outcome, unknownOutcomes, direction, tz, skipBadRows, quiet }, io);
}
