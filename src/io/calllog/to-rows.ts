/** The aggregate as the weekly rows every command works with, plus the warnings the reading produced. */
import type { ActivityRow, Counts } from '../../core/types.js';
import { InputError, formatProblem, plural } from '../../errors.js';
import { int } from '../../render/format.js';
import { quote, shellWord } from '../../render/safe.js';
import { normaliseOutcome } from '../../domain/outcomes.js';
import type { CallLogUnderstanding, OutcomeUnderstanding } from '../understanding.js';
import { STAGE_INDEX, TALK, type CallLogAggregate } from './aggregate.js';
import { UNIT_MS, type DurationUnit } from './duration.js';

export interface CallLogTable {
  rows: ActivityRow[];
  warnings: string[];
  /** How it was read: the reader, its parts, and how many records went through the string parsers (--verbose). */
  readBy: string;
  /** What was read (the `calllog` part of the input's FileUnderstanding). */
  understanding: CallLogUnderstanding;
}

const STAGE_NAMES = Object.keys(STAGE_INDEX) as (keyof typeof STAGE_INDEX)[];

const S = STAGE_INDEX;

export function toRows(agg: CallLogAggregate, skipBadRows: boolean): CallLogTable {
  if (agg.badRows > 0 && !skipBadRows) throw new InputError(agg.problems, agg.problemCount);
  // A plain "callback" cannot be split into short and long term: then both stay unknown (null).
  const plainCallbacks = agg.outcomeStage.some((stage, id) => stage === S.callback && agg.outcomeCount[id]! > 0);
  const unitProblem = implausibleDuration(agg);
  const hasDuration = agg.layout.duration >= 0 && unitProblem === null;
  const rows: ActivityRow[] = [];
  if (agg.badRows === 0 && agg.inbound === 0 && agg.entries().next().done) {
    throw new InputError([{ file: agg.file, line: 2, message: 'has a header but no calls', hint: 'export the call log again with its rows' }]);
  }
  // Not one outcome understood: every ratio would read 0 %, which is no finding but a column we cannot read.
  const counted = agg.outcomeCount.some((n, id) => n > 0 && agg.outcomeStage[id]! >= 0);
  const labelled = unknownOutcomes(agg).filter((o) => o.label !== '');
  if (!counted && labelled.length > 0) {
    const column = agg.layout.outcome;
    throw new InputError([{
      file: agg.file, line: 1, column: column + 1, field: agg.header[column] ?? '',
      message: `none of the call outcomes is recognised: ${listOutcomes(labelled)}`,
      hint: `map them with --outcome, e.g. --outcome ${shellWord(`${labelled[0]!.label}=reached`)} (or meeting, callback, no_answer)`,
    }]);
  }
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
    rows.push({ week, rep, counts, origin: { file: agg.file, line } });
  }
  const said = warnings(agg, skipBadRows);
  if (unitProblem) said.push(unitProblem);
  const understood = understanding(agg);
  if (unitProblem) understood.duration_unit = null;
  return { rows, warnings: said, readBy: readBy(agg), understanding: understood };
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

function understanding(agg: CallLogAggregate): CallLogUnderstanding {
  const outcomes: OutcomeUnderstanding[] = agg.outcomes
    .map((label, id) => {
      const stage = agg.outcomeStage[id]!;
      const decided_by: OutcomeUnderstanding['decided_by'] = label === '' ? 'blank' : stage < 0 ? 'unknown' : agg.settings.overrides.has(normaliseOutcome(label)) ? 'outcome' : 'words';
      return { label, stage: stage < 0 ? null : STAGE_NAMES[stage]!, count: agg.outcomeCount[id]!, decided_by, suggested: null };
    })
    .filter((o) => o.count > 0)
    .sort((a, b) => b.count - a.count);
  const calls = outcomes.reduce((n, o) => n + o.count, 0);
  const { layout } = agg;
  return {
    timestamp_format: agg.settings.monthFirst ? 'dates month/day' : agg.dates['day-first'] || agg.dates.ambiguous ? 'dates day/month' : 'as written (ISO 8601, Unix time or unambiguous dates)',
    tz: agg.settings.zone.zone,
    // Per direction as this reader tells them apart; the values themselves are counted by the outcome reader.
    directions: layout.direction < 0 ? null : [
      { value: 'inbound', direction: 'inbound', count: agg.inbound },
      { value: 'outbound or other', direction: 'outbound', count: calls },
    ],
    duration_unit: layout.duration < 0 ? null : layout.durationClock ? 'hh:mm:ss' : layout.durationUnit,
    outcomes,
    calls: calls + agg.inbound,
  };
}

/** Outcomes the built-in table and --outcome do not know, most frequent first; a blank one as "". */
function unknownOutcomes(agg: CallLogAggregate): { label: string; count: number }[] {
  return agg.outcomes
    .map((label, id) => ({ label, count: agg.outcomeCount[id]!, stage: agg.outcomeStage[id]! }))
    .filter((o) => o.stage < 0 && o.count > 0)
    .sort((a, b) => b.count - a.count);
}

/** Outcomes listed in the warning; a log with thousands of free-text outcomes gets a count of the rest. */
const LISTED_OUTCOMES = 10;

function listOutcomes(outcomes: readonly { label: string; count: number }[]): string {
  const listed = outcomes.slice(0, LISTED_OUTCOMES).map((o) => `${quote(o.label)} (${o.count})`).join(', ');
  return outcomes.length > LISTED_OUTCOMES ? `${listed} and ${outcomes.length - LISTED_OUTCOMES} more` : listed;
}

function warnings(agg: CallLogAggregate, skipBadRows: boolean): string[] {
  const out: string[] = [];
  const unknown = unknownOutcomes(agg);
  // A blank outcome cannot be mapped with --outcome: it is counted as a dial and said apart.
  const blank = unknown.find((o) => o.label === '')?.count ?? 0;
  const labelled = unknown.filter((o) => o.label !== '');
  if (labelled.length > 0) {
    out.push(`${agg.file}: ${plural(labelled.length, 'outcome')} not recognised, counted as plain dials: ${listOutcomes(labelled)} — map them with --outcome ${shellWord(`${labelled[0]!.label}=reached`)} (or meeting, callback, no_answer)`);
  }
  if (blank > 0) out.push(`${agg.file}: ${plural(blank, 'call')} without an outcome, counted as plain dials`);
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
