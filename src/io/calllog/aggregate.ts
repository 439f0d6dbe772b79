/**
 * Turns call-log rows into per-(ISO week, rep) counts. Both readers (the byte scanner and the general CSV
 * parser) feed the same instance through `addRecord` (strings) or `addCall` (already-resolved ids), so a
 * value is interpreted by exactly one piece of code whichever reader saw it.
 */
import { MAX_LISTED_PROBLEMS, plural, type Problem } from '../../errors.js';
import type { Stage } from '../../domain/outcomes.js';
import type { Direction } from '../../domain/directions.js';
import type { CallLogLayout } from './columns.js';
import { mergeReadings, readDirectionValue, readLabel, type DirectionReading, type LabelReading } from './outcome-reading.js';
import { parseDuration } from './duration.js';
import { isoWeekOfDay } from './time.js';
import { parseTimestamp, slashOrder, timestampProblem, type SlashOrder } from './timestamp.js';
import { quote } from '../../render/safe.js';
import type { ZoneOffsets } from './zone.js';
import { joinDateTime } from './date-time.js';

/** Cell layout: one counter per stage, then talk time in ms. Stage order is STAGE_INDEX. */
const STAGE_INDEX = { dial: 0, reached: 1, meeting: 2, callback: 3, callback_short: 4, callback_long: 5 } as const satisfies Record<Stage, number>;
const TALK = 6;
export const CELL_WIDTH = 7;
/** Direction kinds per direction id: an inbound call is counted and skipped; any other is a call. */
export const INBOUND = 1;
const TALK_SAMPLE = 1001;

export interface CallLogSettings {
  zone: ZoneOffsets;
  /** Normalised outcome label → stage, from --outcome; wins over the built-in words. */
  overrides: ReadonlyMap<string, Stage>;
  /** Normalised direction value → direction, from --direction; wins over the built-in words. */
  directionOverrides?: ReadonlyMap<string, Direction>;
  /** `;`-separated files write decimals with a comma. */
  decimalComma: boolean;
  /** The log's slash dates are m/d/yyyy (proven by a first read, see DateEvidence). */
  monthFirst?: boolean;
}

/** First line (and text) of each kind of slash date, to decide the log's day/month order after reading. */
export type DateEvidence = Partial<Record<SlashOrder, { line: number; text: string }>>;

export class CallLogAggregate {
  readonly reps: (string | null)[] = [null];
  private readonly repIds = new Map<string, number>();
  /**
   * Outcome ids: one per distinct label, or per distinct pair of labels when the log has two outcome
   * columns (`outcomes2` then holds the second label). Each label is read once (`readings`).
   */
  readonly outcomes: string[] = [];
  readonly outcomes2: string[] = [];
  private readonly outcomeIds = new Map<string, number>();
  /** Stage index per outcome id; -1 = unknown outcome, counted as a plain dial until the reader decides. */
  readonly outcomeStage: number[] = [];
  readonly outcomeCount: number[] = [];
  readonly readings = new Map<string, LabelReading>();
  /** Distinct direction values, how each was read, and how many rows had it. */
  readonly directions: string[] = [];
  readonly directionReadings: DirectionReading[] = [];
  /** Per direction id: INBOUND or 0. */
  readonly directionKind: number[] = [];
  readonly directionCount: number[] = [];
  private readonly directionIds = new Map<string, number>();
  readonly weeks: string[] = [];
  private readonly weekOfDayCache = new Map<number, number>();
  /** Per week id: cell offset + 1 per rep id (0 = no cell yet). */
  private weekCells: Int32Array[] = [];
  cells = new Float64Array(CELL_WIDTH * 256);
  cellLines: number[] = [];
  private cellCount = 0;
  inbound = 0;
  badRows = 0;
  problemCount = 0;
  readonly problems: Problem[] = [];
  readonly dates: DateEvidence = {};
  /** The first talk times (ms, non-zero), to check the duration unit by the median call. */
  readonly talkSample: number[] = [];
  /** Copies of the header further down (exports joined end to end): how many, and the first one's line. */
  repeatedHeaders = { count: 0, line: 0 };
  /** Records read as strings (addRecord), not by the byte scanner's own parsers: for --verbose. */
  stringRecords = 0;
  /** How the file was read (which reader, how many parts), for --verbose. */
  readBy = '';

  constructor(
    readonly file: string,
    readonly header: readonly string[],
    readonly layout: CallLogLayout,
    readonly settings: CallLogSettings,
  ) {}

  repId(text: string): number {
    const rep = text.trim();
    if (rep === '') return 0;
    let id = this.repIds.get(rep);
    if (id === undefined) {
      id = this.reps.length;
      this.reps.push(rep);
      this.repIds.set(rep, id);
    }
    return id;
  }

  /** The outcome id of a label (a log with one outcome column). */
  outcomeId(text: string): number {
    const label = text.trim();
    return this.outcomeIds.get(label) ?? this.newOutcome(label, '', label, this.reading(label).stage);
  }

  /** The outcome id of a pair of labels (a log with two outcome columns). */
  outcomePairId(text: string, text2: string): number {
    const label = text.trim();
    const label2 = text2.trim();
    const key = `${label}\u0000${label2}`;
    return this.outcomeIds.get(key) ?? this.newOutcome(label, label2, key, mergeReadings(this.reading(label), this.reading(label2)));
  }

  /** The outcome id of a row's fields. */
  outcomeOf(fields: readonly string[]): number {
    const { outcome, outcome2 } = this.layout;
    return outcome2 >= 0 ? this.outcomePairId(fields[outcome]!, fields[outcome2]!) : this.outcomeId(fields[outcome]!);
  }

  /** How a label reads (cached: each distinct label is read once). */
  reading(label: string): LabelReading {
    let r = this.readings.get(label);
    if (r === undefined) {
      r = readLabel(label, this.settings.overrides);
      this.readings.set(label, r);
    }
    return r;
  }

  private newOutcome(label: string, label2: string, key: string, stage: Stage | null): number {
    const id = this.outcomes.length;
    this.outcomes.push(label);
    this.outcomes2.push(label2);
    this.outcomeStage.push(stage === null ? -1 : STAGE_INDEX[stage]);
    this.outcomeCount.push(0);
    this.outcomeIds.set(key, id);
    return id;
  }

  /** The id of a direction value, read once. */
  directionId(text: string): number {
    const value = text.trim();
    let id = this.directionIds.get(value);
    if (id === undefined) {
      id = this.directions.length;
      const r = readDirectionValue(value, this.settings.directionOverrides ?? new Map());
      this.directions.push(value);
      this.directionReadings.push(r);
      this.directionKind.push(r.direction === 'inbound' ? INBOUND : 0);
      this.directionCount.push(0);
      this.directionIds.set(value, id);
    }
    return id;
  }

  /** Counts a row's direction; true when it is an inbound call (counted, not a dial). */
  countDirection(id: number): boolean {
    this.directionCount[id]!++;
    if (this.directionKind[id] !== INBOUND) return false;
    this.inbound++;
    return true;
  }

  weekId(day: number): number {
    let id = this.weekOfDayCache.get(day);
    if (id === undefined) {
      id = this.weekIdOfLabel(isoWeekOfDay(day));
      this.weekOfDayCache.set(day, id);
    }
    return id;
  }

  /** Counts one resolved call. The hot path of both readers. */
  addCall(week: number, rep: number, outcome: number, talkMs: number, line: number): void {
    const cell = this.cellFor(week, rep, line);
    const stage = this.outcomeStage[outcome]!;
    this.outcomeCount[outcome]!++;
    const cells = this.cells;
    cells[cell + (stage < 0 ? 0 : stage)]!++;
    cells[cell + TALK]! += talkMs;
    if (talkMs > 0 && this.talkSample.length < TALK_SAMPLE) this.talkSample.push(talkMs);
  }

  /** Talk times sampled by a later part of the file: the sample stays the file's first calls, as one reader would take them. */
  addTalkSample(sample: readonly number[]): void {
    for (const ms of sample) if (this.talkSample.length < TALK_SAMPLE) this.talkSample.push(ms);
  }

  /** Adds a whole cell counted elsewhere (another part of the file, read by a worker thread). */
  mergeCell(week: number, rep: number, values: ArrayLike<number>, line: number): void {
    const cell = this.cellFor(week, rep, line);
    for (let i = 0; i < CELL_WIDTH; i++) this.cells[cell + i]! += values[i]!;
  }

  /** The offset of the (week, rep) cell, created (remembering `line`) on first use. */
  private cellFor(week: number, rep: number, line: number): number {
    let row = this.weekCells[week]!;
    if (rep >= row.length) {
      const grown = new Int32Array(Math.max(rep + 1, row.length * 2));
      grown.set(row);
      this.weekCells[week] = row = grown;
    }
    const cell = row[rep]! - 1;
    return cell >= 0 ? cell : this.newCell(row, rep, line);
  }

  /** The id of a week by its label (merging parts). */
  weekIdOfLabel(label: string): number {
    let id = this.weeks.indexOf(label);
    if (id < 0) {
      id = this.weeks.length;
      this.weeks.push(label);
      this.weekCells.push(new Int32Array(Math.max(16, this.reps.length * 2)));
    }
    return id;
  }

  private newCell(row: Int32Array, rep: number, line: number): number {
    const cell = this.cellCount * CELL_WIDTH;
    this.cellCount++;
    if (cell + CELL_WIDTH > this.cells.length) {
      const grown = new Float64Array(this.cells.length * 2);
      grown.set(this.cells);
      this.cells = grown;
    }
    row[rep] = cell + 1;
    this.cellLines.push(line);
    return cell;
  }

  /** One record as strings (general reader, or the byte scanner's fallback for unusual rows). */
  addRecord(fields: readonly string[], line: number): void {
    this.stringRecords++;
    if (fields.every((f) => f.trim() === '')) return; // `;;;;` rows are blank, not bad
    const { layout } = this;
    if (fields.length !== layout.width) {
      this.bad([{ line, column: 1, message: `has ${plural(fields.length, 'field')}, the header has ${layout.width}`, hint: 'quote values that contain the delimiter' }]);
      return;
    }
    const rawTime = layout.time >= 0 ? joinDateTime(fields[layout.timestamp]!, fields[layout.time]!) : fields[layout.timestamp]!;
    // Only a row whose timestamp is not one can be a header copy; the byte scanner sends such rows here.
    if (fields[layout.timestamp]!.trim() === this.header[layout.timestamp]?.trim() && fields.every((f, i) => f.trim() === this.header[i]?.trim())) {
      if (this.repeatedHeaders.count++ === 0) this.repeatedHeaders.line = line;
      return;
    }
    const inbound = layout.direction >= 0 && this.countDirection(this.directionId(fields[layout.direction]!));
    const day = parseTimestamp(rawTime, this.settings.zone, this.settings.monthFirst);
    const order = slashOrder(rawTime);
    // An inbound call is not counted, but its date shows the column's day/month order like any other.
    if (order && day !== null) this.dates[order] ??= { line, text: rawTime.trim() };
    if (inbound) return;
    const problems: Omit<Problem, 'file'>[] = [];
    if (day === null) {
      const why = timestampProblem(rawTime);
      problems.push(this.fieldProblem(line, layout.timestamp, why.message, why.hint));
    }
    let talk: number | null = 0;
    if (layout.duration >= 0) {
      const rawDuration = fields[layout.duration]!;
      talk = parseDuration(rawDuration, layout.durationUnit, this.settings.decimalComma);
      if (talk === null) problems.push(this.fieldProblem(line, layout.duration, `${quote(rawDuration.trim())} is not a duration`, 'use seconds (95), mm:ss (1:35) or hh:mm:ss (0:01:35)'));
    }
    if (problems.length > 0 || day === null || talk === null) return this.bad(problems);
    const rep = layout.rep >= 0 ? this.repId(fields[layout.rep]!) : 0;
    this.addCall(this.weekId(day), rep, this.outcomeOf(fields), talk, line);
  }

  private fieldProblem(line: number, column: number, message: string, hint: string): Omit<Problem, 'file'> {
    return { line, column: column + 1, field: this.header[column] ?? '', message, hint };
  }

  bad(problems: Omit<Problem, 'file'>[]): void {
    this.badRows++;
    this.problemCount += problems.length;
    for (const p of problems) if (this.problems.length < MAX_LISTED_PROBLEMS) this.problems.push({ file: this.file, ...p });
  }

  /** Every (week, rep) cell, weeks in calendar order and reps in order of first appearance. */
  *entries(): Generator<{ week: string; weekId: number; repId: number; rep: string | null; line: number; cell: Float64Array }> {
    const order = this.weeks.map((w, i) => [w, i] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [week, weekId] of order) {
      const row = this.weekCells[weekId]!;
      for (let repId = 0; repId < row.length; repId++) {
        const at = row[repId]! - 1;
        if (at < 0) continue;
        yield { week, weekId, repId, rep: this.reps[repId] ?? null, line: this.cellLines[at / CELL_WIDTH]!, cell: this.cells.subarray(at, at + CELL_WIDTH) };
      }
    }
  }
}

export { STAGE_INDEX, TALK };
