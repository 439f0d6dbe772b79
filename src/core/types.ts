/** One row's (or one group's) effort and results. Optional measures are null when not recorded. */
export interface Counts {
  dials: number;
  reached: number;
  meetings: number;
  callbacks_short: number | null;
  callbacks_long: number | null;
  /** short + long when both are known, or the single callbacks column. */
  callbacks: number | null;
  hours: number | null;
  /**
   * Talk time in seconds, summed from a call log's duration column. Absent for weekly tables, null when
   * a log has no duration. Not prospecting time: `hours` keeps that meaning (dialling, logging, waiting).
   */
  talk_seconds?: number | null;
}

/** One validated input row: a week (optionally for one rep). */
export interface ActivityRow {
  /** ISO week ("2026-W05") when the label could be normalised, otherwise the label as written. */
  week: string;
  rep: string | null;
  counts: Counts;
  /** Where the row came from, for messages. Line is the physical line where the record starts. */
  origin: { file: string; line: number };
}

export const NULLABLE_FIELDS = ['callbacks_short', 'callbacks_long', 'callbacks', 'hours'] as const;
export const COUNT_FIELDS = ['dials', 'reached', 'callbacks_short', 'callbacks_long', 'callbacks', 'meetings', 'hours'] as const satisfies readonly (keyof Counts)[];
