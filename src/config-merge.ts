/**
 * How a config file's settings go under the flags (src/config-flags.ts applies it). Its own module, loaded with
 * the file: matching map and outcome entries needs the vocabulary, which a run without a config never loads.
 */
import type { Command } from 'commander';
import type { FunnelConfig } from './config-schema.js';
import { normaliseHeader } from './domain/fields.js';
import { normaliseOutcome } from './domain/outcomes.js';

/** Keys whose settings are alternatives: a flag for one drops the file's value for the others. */
const ALTERNATIVES: readonly (readonly (readonly string[])[])[] = [
  [['meetingsPerDay'], ['meetingsPerWeek']],
  [['dialsPerHour'], ['minutesPerDial', 'minutesPerConversation']],
  [['window'], ['all']],
  // check --plan holds the actuals to a plan file: the file's ratio-check settings are for other runs.
  [['plan'], ['min', 'max', 'baseline', 'ratio', 'tolerance', 'strict', 'requireData']],
];

/** Object settings merge entry by entry (a flag for one header or label overrides only that entry). */
const BY_ENTRY = new Set(['map', 'outcome', 'direction', 'min', 'max']);

export function mergeUnderFlags(cmd: Command, config: FunnelConfig): void {
  // Which map and outcome entries the file decided (and no flag overrode): "decided by config" in inspect.
  const fromFile = { map: entriesKept(cmd, config.map, 'map'), outcome: entriesKept(cmd, config.outcome, 'outcome'), settings: [] as string[] };
  cmd.setOptionValueWithSource('fromConfig', fromFile, 'config');
  const fromFlag = (key: string) => cmd.getOptionValueSource(key) === 'cli';
  const overruled = (key: string) =>
    ALTERNATIVES.some((group) => group.some((alt) => !alt.includes(key) && alt.some(fromFlag)) && group.some((alt) => alt.includes(key)));
  for (const option of cmd.options) {
    const key = option.attributeName();
    const value = (config as Record<string, unknown>)[key];
    if (value === undefined || value === false || option.negate || overruled(key)) continue;
    if (BY_ENTRY.has(key)) {
      const given = fromFlag(key) ? ((cmd.getOptionValue(key) as string[] | undefined) ?? []) : [];
      const entries = Object.entries(value as Record<string, string | number>).map(([k, v]) => `${k}=${v}`);
      // min/max name a ratio once; map and outcome let the later entry win, so flags go last.
      const named = new Set(given.map((g) => g.slice(0, g.lastIndexOf('=')).trim()));
      const kept = key === 'min' || key === 'max' ? entries.filter((e) => !named.has(e.slice(0, e.lastIndexOf('=')))) : entries;
      if (!fromFlag(key)) fromFile.settings.push(key);
      cmd.setOptionValueWithSource(key, [...kept, ...given], fromFlag(key) ? 'cli' : 'config');
      continue;
    }
    if (fromFlag(key)) continue;
    fromFile.settings.push(key);
    cmd.setOptionValueWithSource(key, Array.isArray(value) ? value.map(String) : typeof value === 'boolean' ? value : String(value), 'config');
  }
}

/** The keys of a config object that no flag of the same key (header or label) overrides. */
function entriesKept(cmd: Command, entries: Readonly<Record<string, string>> | undefined, key: 'map' | 'outcome'): string[] {
  if (entries === undefined || !cmd.options.some((o) => o.attributeName() === key)) return [];
  const given = cmd.getOptionValueSource(key) === 'cli' ? ((cmd.getOptionValue(key) as string[] | undefined) ?? []) : [];
  const normalise = key === 'map' ? normaliseHeader : normaliseOutcome;
  const named = new Set(given.map((g) => normalise(g.slice(0, g.lastIndexOf('=')))));
  return Object.keys(entries).filter((k) => !named.has(normalise(k)));
}
