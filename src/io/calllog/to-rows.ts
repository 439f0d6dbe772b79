/** The aggregate as the weekly rows every command works with, plus the warnings the reading produced. */
import type { ActivityRow, Counts } from '../../core/types.js';
import type { RowColumns } from '../../core/row-columns.js';
import { RowColumnsBuilder } from '../../core/row-columns-build.js';
import { rowsOnDemand } from '../rows-on-demand.js';
import { InputError, formatProblem, plural, type Problem } from '../../errors.js';
import { int } from '../../render/format.js';
import type { CallLogUnderstanding } from '../understanding.js';
import { STAGE_INDEX, TALK, type CallLogAggregate } from './aggregate.js';
import { UNIT_MS, type DurationUnit } from './duration.js';
import { directionUnderstanding, outcomeNotices, outcomeUnderstanding, unknownDirectionProblems, unknownOutcomeProblems } from './outcome-report.js';

export interface CallLogTable {
  /** One row per (week, rep) cell, as columns. */
  columns: RowColumns;
  /** The same rows as objects, made when first asked for. */
  readonly rows: readonly ActivityRow[];
  warnings: string[];
  /** How it was read: the reader, its parts, and how many records went through the string parsers (--verbose). */
  readBy: string;
  /** What was read (the `calllog` part of the input's FileUnderstanding). */
  understanding: CallLogUnderstanding;
}

export interface RowOptions {
  skipBadRows: boolean;
  /** `--unknown-outcomes dial`: count outcomes we cannot read as plain dials instead of stopping. */
  unknownAsDial: boolean;
}

/** Outcomes or directions the reader cannot read: the problems, and what it did understand (for inspect). */
export class UndecidedError extends InputError {
  constructor(problems: readonly Problem[], readonly understanding: CallLogUnderstanding) {
    super(problems);
  }
}

const S = STAGE_INDEX;

export function toRows(agg: CallLogAggregate, { skipBadRows, unknownAsDial }: RowOptions): CallLogTable {
  if (agg.badRows > 0 && !skipBadRows) throw new InputError(agg.problems, agg.problemCount);
  // A plain "callback" cannot be split into short and long term: then both stay unknown (null).
  const plainCallbacks = agg.outcomeStage.some((stage, id) => stage === S.callback && agg.outcomeCount[id]! > 0);
  const unitProblem = implausibleDuration(agg);
  const hasDuration = agg.layout.duration >= 0 && unitProblem === null;
  const rows = new RowColumnsBuilder();
  if (agg.badRows === 0 && agg.inbound === 0 && agg.entries().next().done) {
    throw new InputError([{ file: agg.file, line: 2, message: 'has a header but no calls', hint: 'export the call log again with its rows' }]);
  }
  // An outcome or direction we cannot read would be a wrong number: stop and say how to settle it.
  const unknown = [...(unknownAsDial ? [] : unknownOutcomeProblems(agg)), ...unknownDirectionProblems(agg)];
  if (unknown.length > 0) throw new UndecidedError(unknown, understanding(agg, false));
  for (const { week, rep, line, cell } of agg.entries()) {
    const short = cell[S.callback_short]!;
    const long = cell[S.callback_long]!;
    const callbacks = cell[S.callback]! + short + long;
    const meetings = cell[S.meeting]!;
    const reached = cell[S.reached]! + meetings + callbacks;
    const counts: Counts = {
      dials: cell[S.dial]! + reached,
      reached,
      meetings,
      callbacks_short: plainCallbacks ? null : short,
      callbacks_long: plainCallbacks ? null : long,
      callbacks,
      // A call log records calls, not the time spent prospecting: hours stay unknown; talk time is separate.
      hours: null,
      talk_seconds: hasDuration ? cell[TALK]! / 1000 : null,
    };
    rows.add(week, rep, counts, week, agg.file, line, 0);
  }
  const said = warnings(agg, skipBadRows, unknownAsDial);
  if (unitProblem) said.push(unitProblem);
  const understood = understanding(agg, unknownAsDial);
  if (unitProblem) understood.duration_unit = null;
  return rowsOnDemand({ columns: rows.done(), warnings: said, readBy: readBy(agg), understanding: understood });
}

/** No sales call lasts this long: a median over it means the unit is wrong. */
const MAX_MEDIAN_MS = 2 * 3_600_000;
const UNIT_WORDS = { milliseconds: 'ms', seconds: 's', minutes: 'min', hours: 'h' } as const satisfies Record<DurationUnit, string>;

/**
 * A median call over two hours is a unit we misread (milliseconds read as seconds: a talk time of
 * months). The talk time is then left unknown rather than fed to `plan`, and the likely unit named.
 */
function implausibleDuration(agg: CallLogAggregate): string | null {
  const { layout } = agg;
  if (layout.duration < 0 || agg.talkSample.length === 0) return null;
  const sorted = [...agg.talkSample].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  if (median <= MAX_MEDIAN_MS) return null;
  const asRead = UNIT_MS[layout.durationUnit];
  // The largest smaller unit that makes the median call last between a second and two hours.
  const likely = (['hours', 'minutes', 'seconds', 'milliseconds'] as const).find((u) => {
    const ms = (median / asRead) * UNIT_MS[u];
    return UNIT_MS[u] < asRead && ms >= 1000 && ms <= MAX_MEDIAN_MS;
  });
  const header = agg.header[layout.duration]?.trim() ?? '';
  const hours = Math.round(median / 3_600_000);
  return `${agg.file}: read as ${layout.durationUnit}, the median call in "${header}" would last ${hours} hours, so the unit must be another${likely ? ` (most likely ${likely})` : ''}: talk time is left unknown; say the unit with --duration-unit ${likely ? UNIT_WORDS[likely] : 'ms|s|min'}`;
}

function understanding(agg: CallLogAggregate, unknownAsDial: boolean): CallLogUnderstanding {
  const outcomes = outcomeUnderstanding(agg, unknownAsDial);
  const calls = agg.outcomeCount.reduce((n, c) => n + c, 0);
  const { layout } = agg;
  return {
    timestamp_format: agg.settings.monthFirst ? 'dates month/day' : agg.dates['day-first'] || agg.dates.ambiguous ? 'dates day/month' : 'as written (ISO 8601, Unix time or unambiguous dates)',
    tz: agg.settings.zone.zone,
    directions: directionUnderstanding(agg),
    duration_unit: layout.duration < 0 ? null : layout.durationClock ? 'hh:mm:ss' : layout.durationUnit,
    outcomes,
    calls: calls + agg.inbound,
  };
}

function warnings(agg: CallLogAggregate, skipBadRows: boolean, unknownAsDial: boolean): string[] {
  const out = outcomeNotices(agg, unknownAsDial);
  const copies = agg.repeatedHeaders;
  if (copies.count > 0) out.push(`${agg.file}:${copies.line}: skipped ${copies.count === 1 ? 'a repeated header row' : `${copies.count} repeated header rows, the first here`} (files joined together?)`);
  if (agg.layout.direction < 0) out.push(`${agg.file}: no direction column: every call is counted as an outbound dial (name the column with --map "Header=direction" if it has another name)`);
  if (agg.inbound > 0) out.push(`${agg.file}: ignored ${plural(agg.inbound, 'inbound call')} (only outbound calls are dials)`);
  if (skipBadRows && agg.badRows > 0) {
    const first = agg.problems[0];
    out.push(`${agg.file}: skipped ${plural(agg.badRows, 'bad row')}${first ? ` (first: ${formatProblem(first)})` : ''}`);
  }
  return out;
}

/** "byte scanner, 2 parts on 2 threads; 12 of 1,000,000 records read as strings". */
function readBy(agg: CallLogAggregate): string {
  const records = agg.outcomeCount.reduce((n, c) => n + c, 0) + agg.inbound + agg.badRows + agg.repeatedHeaders.count;
  return agg.stringRecords === 0 ? agg.readBy : `${agg.readBy}; ${int(agg.stringRecords)} of ${int(records)} records read as strings`;
}
