import type { ActivityRow, Counts } from '../src/core/types.js';

/** A week's counts with the optional measures absent unless given. */
export function counts(c: Partial<Counts> & Pick<Counts, 'dials' | 'reached' | 'meetings'>): Counts {
  const short = c.callbacks_short ?? null;
  const long = c.callbacks_long ?? null;
  return {
    dials: c.dials,
    reached: c.reached,
    callbacks_short: short,
    callbacks_long: long,
    callbacks: c.callbacks ?? (short !== null && long !== null ? short + long : null),
    meetings: c.meetings,
    hours: c.hours ?? null,
  };
}

export function week(
  c: Partial<Counts> & Pick<Counts, 'dials' | 'reached' | 'meetings'>,
  at: { week?: string; rep?: string | null; line?: number } = {},
): ActivityRow {
  return { week: at.week ?? '2026-W45', rep: at.rep ?? null, counts: counts(c), origin: { file: 'test.csv', line: at.line ?? 2 } };
}
