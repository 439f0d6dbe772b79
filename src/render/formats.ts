/**
 * The output formats of each command, in one place: cli.ts offers them as --format choices, and each
 * command's renderers cover exactly its list (`satisfies Record<…Format, …>`).
 */
/**
 * A rendered result: one string, or its pieces in order, made one at a time as they are written (a
 * report on 20,000 reps is 80 MB of JSON, never held whole).
 */
export type Rendered = string | Iterable<string>;

/** The whole text of a rendered result (tests, and results small enough to hold). */
export const wholeText = (rendered: Rendered): string => (typeof rendered === 'string' ? rendered : Array.from(rendered).join(''));

export const REPORT_FORMATS = ['table', 'json', 'csv', 'md', 'html'] as const;
export type Format = (typeof REPORT_FORMATS)[number];

export const PLAN_FORMATS = ['table', 'json', 'md', 'html'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];

export const CHECK_FORMATS = ['table', 'json', 'md', 'html'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export const INSPECT_FORMATS = ['table', 'json'] as const;
export type InspectFormat = (typeof INSPECT_FORMATS)[number];
export const TRACK_FORMATS = ['table', 'json', 'csv', 'md', 'html'] as const;
export type TrackFormat = (typeof TRACK_FORMATS)[number];
