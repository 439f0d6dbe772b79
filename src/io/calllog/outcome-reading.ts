/**
 * What one outcome label, a pair of labels from two outcome columns, and one direction value count as:
 * `--outcome` / `--direction` first, then the built-in words. Each distinct value is read once (the
 * aggregate caches by value), never per row.
 */
import { normaliseOutcome, readOutcomeLabel, type Stage } from '../../domain/outcomes.js';
import { readDirection, type Direction } from '../../domain/directions.js';

export interface LabelReading {
  /** null: unknown (an error unless --unknown-outcomes dial); a blank label is a plain dial, said apart. */
  stage: Stage | null;
  decidedBy: 'words' | 'outcome' | 'blank' | 'unknown';
  suggested: Stage | null;
  /** Only says the call was answered/completed: never overrides a real disposition. */
  statusOnly: boolean;
}

export function readLabel(label: string, overrides: ReadonlyMap<string, Stage>): LabelReading {
  const text = label.trim();
  if (text === '') return { stage: 'dial', decidedBy: 'blank', suggested: null, statusOnly: false };
  const mapped = overrides.get(normaliseOutcome(text));
  if (mapped !== undefined) return { stage: mapped, decidedBy: 'outcome', suggested: null, statusOnly: false };
  const r = readOutcomeLabel(text);
  return { stage: r.stage, decidedBy: r.stage === null ? 'unknown' : 'words', suggested: r.suggested, statusOnly: r.statusOnly };
}

/** How far along the funnel a stage is: a meeting beats a callback beats a conversation beats a dial. */
const RANK: Record<Stage, number> = { dial: 0, reached: 1, callback: 2, callback_short: 2, callback_long: 2, meeting: 3 };

/**
 * The stage a call proves when two columns tell its outcome: the furthest either proves. A status that
 * only says answered/completed never overrides a real disposition ("No answer" + "answered" is a dial:
 * Aircall answers voicemail too). An unknown label leaves the call unknown unless the other proves a
 * meeting (nothing goes further). Blank on both sides is a blank outcome.
 */
export function mergeReadings(a: LabelReading, b: LabelReading): Stage | null {
  if (b.decidedBy === 'blank') return a.stage;
  if (a.decidedBy === 'blank') return b.stage;
  if (a.stage === 'meeting' || b.stage === 'meeting') return 'meeting';
  if (a.statusOnly !== b.statusOnly) return a.statusOnly ? b.stage : a.stage;
  if (a.stage === null || b.stage === null) return null;
  if (RANK[a.stage] !== RANK[b.stage]) return RANK[a.stage] > RANK[b.stage] ? a.stage : b.stage;
  // Two callbacks: the one that says short or long, unless they disagree.
  if (a.stage === b.stage || b.stage === 'callback') return a.stage;
  return a.stage === 'callback' ? b.stage : 'callback';
}

export interface DirectionReading {
  direction: Direction | null;
  decidedBy: 'words' | 'direction' | 'blank' | 'unknown';
}

/** A blank direction counts as outbound, said in a counted notice (as a log without a direction column). */
export function readDirectionValue(value: string, overrides: ReadonlyMap<string, Direction>): DirectionReading {
  const text = value.trim();
  if (text === '') return { direction: 'outbound', decidedBy: 'blank' };
  const mapped = overrides.get(normaliseOutcome(text));
  if (mapped !== undefined) return { direction: mapped, decidedBy: 'direction' };
  const direction = readDirection(text);
  return { direction, decidedBy: direction === null ? 'unknown' : 'words' };
}
