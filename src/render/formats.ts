/**
 * The output formats of each command, in one place: cli.ts offers them as --format choices, and each
 * command's renderers cover exactly its list (`satisfies Record<…Format, …>`).
 */
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
