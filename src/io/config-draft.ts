import { UNDECIDED } from '../config-name.js';
import { REQUIRED_FIELDS, normaliseHeader } from '../domain/fields.js';
import { normaliseOutcome } from '../domain/outcomes.js';
import type { FileUnderstanding } from './understanding.js';

/**
 * The starting funnel.config.json `funnel inspect --write-config` writes: everything that was
 * understood, pinned (each column's field, each outcome label's stage, the time zone), plus an entry
 * marked "?" for every decision only the user can make. "?" is refused by the config's validator
 * (naming the key), so a draft cannot be used until every open entry is filled in.
 */
export interface ConfigDraft {
  config: Record<string, unknown>;
  /** Entries still marked "?". */
  open: number;
}

/** The fields a file must have for its layout; without them every unrecognised column is a candidate. */
function missingFields(f: FileUnderstanding): boolean {
  const fields = new Set(f.columns.map((c) => c.field));
  if (f.layout === 'weekly') return REQUIRED_FIELDS.some((r) => !fields.has(r));
  return !fields.has('outcome') || !(fields.has('timestamp') || fields.has('date'));
}

export function draftConfig(inputs: readonly FileUnderstanding[], schema: string): ConfigDraft {
  const map = new Entries(normaliseHeader);
  const outcome = new Entries(normaliseOutcome);
  const zones = new Set<string>();
  for (const f of inputs) {
    const candidates = missingFields(f);
    for (const c of f.columns) {
      const header = c.header.trim();
      if (header === '') continue;
      // An unrecognised column of a file that lacks a field may be that field: the user says which.
      map.add(header, c.field ?? (candidates ? UNDECIDED : 'ignore'));
    }
    for (const o of f.calllog?.outcomes ?? []) {
      if (o.decided_by === 'blank' || o.label.trim() === '') continue;
      outcome.add(o.label.trim(), o.stage ?? `${UNDECIDED}${o.suggested ?? ''}`);
    }
    if (f.calllog) zones.add(f.calllog.tz);
  }
  const config: Record<string, unknown> = { $schema: schema };
  if (map.size) config.map = map.object();
  if (outcome.size) config.outcome = outcome.object();
  // Two logs read in different zones cannot share one setting: the user decides.
  if (zones.size) config.tz = zones.size === 1 ? [...zones][0] : UNDECIDED;
  const open = map.undecided() + outcome.undecided() + (config.tz === UNDECIDED ? 1 : 0);
  return { config, open };
}

/**
 * Header or label → value, keyed the way the reader matches them (case, accents and punctuation
 * ignored). The same key understood two ways in two files cannot be pinned by one entry (it applies
 * to every file): it is left out, so each file goes on being read as it was — unless one of them
 * needs a decision, which stays open.
 */
class Entries {
  private readonly entries = new Map<string, { key: string; value: string } | null>();
  constructor(private readonly normalise: (s: string) => string) {}

  add(key: string, value: string): void {
    const n = this.normalise(key);
    if (!this.entries.has(n)) {
      this.entries.set(n, { key, value });
      return;
    }
    const seen = this.entries.get(n);
    if (seen === null || seen === undefined || seen.value === value) return;
    if (seen.value.startsWith(UNDECIDED) || value.startsWith(UNDECIDED)) seen.value = UNDECIDED;
    else this.entries.set(n, null);
  }

  private kept(): { key: string; value: string }[] {
    return [...this.entries.values()].filter((e) => e !== null);
  }

  get size(): number {
    return this.kept().length;
  }

  undecided(): number {
    return this.kept().filter((e) => e.value.startsWith(UNDECIDED)).length;
  }

  object(): Record<string, string> {
    return Object.fromEntries(this.kept().map((e) => [e.key, e.value]));
  }
}
