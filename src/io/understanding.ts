/**
 * How one input file was understood: what `report --format json` prints under `input`, and what
 * `funnel inspect` shows. Types only: the readers fill it in, the renderers print it.
 *
 * Stable JSON shape (additive changes only): every key is snake_case because it is printed as is.
 */

/** Why a column was used, or why not. */
export interface ColumnUnderstanding {
  /** 1-based column number in the file. */
  column: number;
  /** The header cell as written (hostile: render through the safe renderer). */
  header: string;
  /** The field or call-log role it feeds (`dials`, `reached`, …, `timestamp`, `outcome`, …), or null when unused. */
  field: string | null;
  /** How it was decided: `map` (--map or config), `words` (recognised by its words), `position`, or `ignored`. */
  decided_by: 'map' | 'config' | 'words' | 'ignored';
  /** The words that decided it (e.g. ["meetings", "booked"]), or why it was ignored ("a percentage", "not one of our fields"). */
  why: string;
}

/** A distinct outcome label of a call log and the stage it was counted as. */
export interface OutcomeUnderstanding {
  label: string;
  /** The stage it counts as, or null when it could not be classified (an error unless --unknown-outcomes dial). */
  stage: string | null;
  count: number;
  /** How it was decided: built-in words, --outcome/config, blank, or unknown. */
  decided_by: 'words' | 'outcome' | 'config' | 'blank' | 'unknown';
  /** For an unknown label: the stage its words suggest, if any. */
  suggested: string | null;
  /** With two outcome columns (disposition + sentiment, status + tags): the header of the label's column. */
  column?: string;
}

export interface WeekUnderstanding {
  /** The rule used, e.g. "ISO weeks", "dates (day first)", "week start dates, Sunday → next Monday's week", "week number + year column". */
  rule: string;
  /** A few labels as written → the ISO week they became. */
  examples: { label: string; week: string }[];
  first: string | null;
  last: string | null;
  count: number;
}

export interface CallLogUnderstanding {
  /** e.g. "ISO 8601 with offset", "dd-mm-yyyy hh:mm", "Unix seconds". */
  timestamp_format: string;
  tz: string;
  /** Direction values seen and how many calls each; null when the log has no direction column. */
  directions: { value: string; direction: 'outbound' | 'inbound' | 'unknown'; count: number }[] | null;
  duration_unit: 'seconds' | 'milliseconds' | 'minutes' | 'hours' | 'hh:mm:ss' | null;
  outcomes: OutcomeUnderstanding[];
  calls: number;
}

export interface FileUnderstanding {
  file: string;
  encoding: string;
  delimiter: string;
  decimal: '.' | ',';
  thousands: string | null;
  layout: 'weekly' | 'calllog';
  /** Why this layout, in words ("has a dials column", "timestamp + outcome columns", "--log"). */
  layout_reason: string;
  /** 1-based physical line of the header row. */
  header_line: number;
  columns: ColumnUnderstanding[];
  weeks: WeekUnderstanding | null;
  calllog: CallLogUnderstanding | null;
  /** Columns that look like one of our fields but could not be used (e.g. "Hours (min)"), with why. */
  unused: { header: string; looks_like: string; why: string }[];
}
