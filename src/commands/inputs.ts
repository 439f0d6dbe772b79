import type { Io } from '../io/process-io.js';
import { readTables, type Tables } from '../io/tables.js';
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

export function readInputs(files: readonly string[], flags: InputFlags, io: Io): Promise<Tables> {
  const { log, outcome, tz, skipBadRows, quiet } = flags;
  return readTables(files, { map: parseMapOptions(flags.map ?? []), log, outcome, tz, skipBadRows, quiet }, io);
}
