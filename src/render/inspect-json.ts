import type { InspectView } from './inspect-text.js';
import { json } from './safe.js';

/** Where --write-config wrote its draft, and how many entries in it still need a decision. */
export interface WrittenConfig {
  path: string;
  open: number;
}

/**
 * `funnel inspect --format json`: stable shape, additive changes only (README "funnel inspect").
 * Strings from files are data here, escaped so that no terminal obeys them when the JSON is printed.
 */
export function renderInspectJson(view: InspectView, written: WrittenConfig | null): string {
  return json(
    {
      understood: view.open.length === 0,
      config: view.config,
      files: view.inputs,
      problems: view.problems.map((p) => ({ file: p.file, line: p.line ?? null, column: p.column ?? null, field: p.field ?? null, message: p.message, hint: p.hint ?? null })),
      open: view.open,
      ...(written === null ? {} : { config_written: written }),
    },
  );
}
