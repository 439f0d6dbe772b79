/**
 * What the reader tells about outcomes and directions once a log is read: how each distinct label and
 * direction value was understood (the `input` section of the JSON, `funnel inspect`), the exit-2 problems
 * for the ones it could not read, and the counted notices.
 */
import { plural, type Problem } from '../../errors.js';
import { quote } from '../../render/safe.js';
import { outcomeFlag, shellFlag } from '../open-decisions.js';
import type { OutcomeUnderstanding } from '../understanding.js';
import type { CallLogAggregate } from './aggregate.js';
import type { LabelReading } from './outcome-reading.js';
import { maxOf } from '../../core/arrays.js';

/** Calls per label of each outcome column (first column, then the second), and per undecided label. */
function labelCounts(agg: CallLogAggregate): { column: number; label: string; count: number; undecided: number }[] {
  const out = new Map<string, { column: number; label: string; count: number; undecided: number }>();
  const add = (column: number, label: string, n: number, undecided: boolean) => {
    const key = `${column}\u0000${label}`;
    const entry = out.get(key) ?? { column, label, count: 0, undecided: 0 };
    entry.count += n;
    if (undecided && agg.reading(label).stage === null) entry.undecided += n;
    out.set(key, entry);
  };
  agg.outcomes.forEach((label, id) => {
    const n = agg.outcomeCount[id]!;
    if (n === 0) return;
    const undecided = agg.outcomeStage[id]! < 0;
    add(agg.layout.outcome, label, n, undecided);
    if (agg.layout.outcome2 >= 0) add(agg.layout.outcome2, agg.outcomes2[id]!, n, undecided);
  });
  return [...out.values()].sort((a, b) => (a.column === b.column ? b.count - a.count : a.column === agg.layout.outcome ? -1 : 1));
}

/** Every distinct outcome label, the stage it counts as, and how many calls had it (most first). */
export function outcomeUnderstanding(agg: CallLogAggregate, unknownAsDial: boolean): OutcomeUnderstanding[] {
  return labelCounts(agg).map(({ column, label, count }) => {
    const r: LabelReading = agg.reading(label);
    return {
      label, stage: r.stage ?? (unknownAsDial ? 'dial' : null), count, decided_by: r.decidedBy, suggested: r.suggested,
      ...(agg.layout.outcome2 >= 0 ? { column: agg.header[column] ?? '' } : {}),
    };
  });
}

/** Every direction value seen and how many rows had it; null when the log has no direction column. */
export function directionUnderstanding(agg: CallLogAggregate): { value: string; direction: 'outbound' | 'inbound' | 'unknown'; count: number }[] | null {
  if (agg.layout.direction < 0) return null;
  return agg.directions
    .map((value, id) => ({ value, direction: agg.directionReadings[id]!.direction ?? ('unknown' as const), count: agg.directionCount[id]! }))
    .filter((d) => d.count > 0)
    .sort((a, b) => b.count - a.count);
}

/** One problem per outcome column with labels it cannot read: a table of them and the flags to paste. */
export function unknownOutcomeProblems(agg: CallLogAggregate): Problem[] {
  const unknown = labelCounts(agg).filter((l) => l.undecided > 0);
  const columns = [...new Set(unknown.map((l) => l.column))];
  return columns.map((column) => {
    const all = unknown.filter((l) => l.column === column).sort((a, b) => b.undecided - a.undecided);
    const labels = all.slice(0, MAX_LISTED_LABELS);
    const calls = all.reduce((n, l) => n + l.undecided, 0);
    const quoted = labels.map((l) => quote(l.label, LABEL_CUT));
    const width = Math.max(9, maxOf(quoted.map((q) => q.length)));
    const flags = labels.map((l, i) => `  ${outcomeFlag(l.label, agg.reading(l.label).suggested ?? 'dial')}${i < labels.length - 1 ? ' \\' : ''}`);
    const more = all.length - labels.length;
    return {
      file: agg.file, line: 1, column: column + 1, field: agg.header[column] ?? '', undecidedOutcomes: true,
      message: `${plural(all.length, 'outcome')} not recognised, on ${plural(calls, 'call')}:`,
      detail: [
        `     calls  ${'outcome'.padEnd(width)}  what its words suggest`,
        ...labels.map((l, i) => `  ${String(l.undecided).padStart(8)}  ${quoted[i]!.padEnd(width)}  ${agg.reading(l.label).suggested ?? '-'}`),
        ...(more > 0 ? [`  … and ${plural(more, 'more outcome')}, fewer calls each`] : []),
        'Say what each one means (stages: dial, reached, meeting, callback,',
        'callback_short, callback_long). These flags take the suggestions, and dial',
        'where there is none; check them, then add:',
        ...flags,
        'or count every unknown outcome as a plain dial: --unknown-outcomes dial',
      ],
    };
  });
}

/** Unknown labels listed (most calls first); a log with hundreds lists the rest as a count. */
const MAX_LISTED_LABELS = 20;

/** A label in the table is cut to this (the flags below still carry it whole). */
const LABEL_CUT = 40;

/** Direction values that are neither inbound nor outbound: one problem with the flags to settle them. */
export function unknownDirectionProblems(agg: CallLogAggregate): Problem[] {
  const unknown = (directionUnderstanding(agg) ?? []).filter((d) => d.direction === 'unknown');
  if (unknown.length === 0) return [];
  const column = agg.layout.direction;
  return [{
    file: agg.file, line: 1, column: column + 1, field: agg.header[column] ?? '',
    message: `${plural(unknown.length, 'direction value')} not recognised as inbound or outbound: ${unknown.map((d) => `${quote(d.value)} (${d.count})`).join(', ')}`,
    hint: `say which they are, e.g. ${unknown.map((d) => shellFlag('--direction', `${d.value}=outbound`)).join(' ')} (or =inbound: inbound calls are not dials)`,
  }];
}

/** Counted notices: blank outcomes and directions, and unknown outcomes taken as dials on request. */
export function outcomeNotices(agg: CallLogAggregate, unknownAsDial: boolean): string[] {
  const out: string[] = [];
  const counts = labelCounts(agg);
  const undecided = counts.filter((l) => l.undecided > 0);
  if (unknownAsDial && undecided.length > 0) {
    const calls = agg.outcomeStage.reduce((n, stage, id) => (stage < 0 ? n + agg.outcomeCount[id]! : n), 0);
    out.push(`${agg.file}: ${plural(calls, 'call')} with an outcome not recognised counted as plain dials (--unknown-outcomes dial): ${undecided.map((l) => `${quote(l.label)} (${l.undecided})`).join(', ')}`);
  }
  const blank = agg.outcomes.reduce((n, label, id) => (label === '' && (agg.layout.outcome2 < 0 || agg.outcomes2[id] === '') ? n + agg.outcomeCount[id]! : n), 0);
  if (blank > 0) out.push(`${agg.file}: ${plural(blank, 'call')} without an outcome, counted as plain dials`);
  const blankDirection = agg.directions.reduce((n, value, id) => (value === '' ? n + agg.directionCount[id]! : n), 0);
  if (blankDirection > 0) out.push(`${agg.file}: ${plural(blankDirection, 'call')} without a direction, counted as outbound`);
  return out;
}
