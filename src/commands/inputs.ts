import type { Io } from '../io/process-io.js';
import { readTables, type Tables } from '../io/tables.js';
import { InputError, UsageError, type Problem } from '../errors.js';
import type { FileUnderstanding } from '../io/understanding.js';
import { normaliseHeader } from '../domain/fields.js';
import { normaliseOutcome } from '../domain/outcomes.js';
import { parseMapOptions } from './map-option.js';
import { parseDurationUnit } from '../io/calllog/duration.js';

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
  /** --duration-unit: ms, s, min or h. */
  durationUnit?: string;
  /** Also silences the progress bar. */
  quiet?: boolean;
  /** Say how each call log was read (--verbose; --debug implies it). */
  verbose?: boolean;
  /** The --map and --outcome entries that came from the config file (set by the CLI). */
  fromConfig?: ConfigEntries;
}

export interface ConfigEntries {
  map: string[];
  outcome: string[];
  /** The settings that came from the file alone (no flag given for them). */
  settings?: string[];
}

/**
 * The reader knows an entry was given, not where: an entry from funnel.config.json is shown as decided
 * by "config", one from a flag by "map" or "outcome".
 */
export function markConfigDecisions(inputs: readonly FileUnderstanding[], from: ConfigEntries | undefined): FileUnderstanding[] {
  if (from === undefined) return [...inputs];
  const headers = new Set(from.map.map(normaliseHeader));
  const labels = new Set(from.outcome.map(normaliseOutcome));
  return inputs.map((f) => ({
    ...f,
    columns: f.columns.map((c) => (c.decided_by === 'map' && headers.has(normaliseHeader(c.header)) ? { ...c, decided_by: 'config' } : c)),
    calllog: f.calllog && {
      ...f.calllog,
      outcomes: f.calllog.outcomes.map((o) => (o.decided_by === 'outcome' && labels.has(normaliseOutcome(o.label)) ? { ...o, decided_by: 'config' } : o)),
    },
  }));
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

export async function readInputs(files: readonly string[], flags: InputFlags, io: Io): Promise<Tables> {
  assertStdinOnce(files);
  const { log, outcome, unknownOutcomes, direction, tz, skipBadRows, quiet, verbose } = flags;
  const durationUnit = flags.durationUnit === undefined ? undefined : parseDurationUnit(flags.durationUnit);
  const fromConfig = flags.fromConfig && { map: flags.fromConfig.map, settings: flags.fromConfig.settings ?? [] };
  const tables = await readTables(files, { map: parseMapOptions(flags.map ?? []), log, outcome, unknownOutcomes, direction, tz, skipBadRows, quiet, verbose, fromConfig, ...(durationUnit ? { durationUnit } : {}) }, io);
  // Assigned, not spread: the rows as objects are made on demand, and a copy would not carry them.
  return Object.assign(tables, { inputs: markConfigDecisions(tables.inputs, flags.fromConfig) });
}

/**
 * How the inputs were understood, also when they could not all be read: what was understood is shown
 * beside the problems (funnel inspect), instead of only the first error.
 */
export async function understandInputs(files: readonly string[], flags: InputFlags, io: Io): Promise<{ inputs: FileUnderstanding[]; problems: Problem[]; warnings: string[] }> {
  try {
    const tables = await readInputs(files, flags, io);
    return { inputs: tables.inputs, problems: [], warnings: tables.warnings };
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    // Unknown outcome labels are open decisions listed from what was understood, not a second time as problems.
    const problems = err.problems.filter((p) => !p.undecidedOutcomes);
    return { inputs: markConfigDecisions((err as { inputs?: FileUnderstanding[] }).inputs ?? [], flags.fromConfig), problems, warnings: [] };
  }
}
