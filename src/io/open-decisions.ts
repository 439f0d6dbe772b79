import type { Problem } from '../errors.js';
import { shellWord } from '../render/safe.js';
import type { FileUnderstanding } from './understanding.js';

/**
 * What `funnel inspect` could not settle, and so what a run would stop on (exit 2): outcome labels
 * with no stage, and every problem the reader reported (a missing or ambiguous column, a bad week…).
 * Pure: the verdict is data, the command only applies it.
 */
export interface OpenDecision {
  file: string;
  kind: 'outcome' | 'input';
  /** The outcome label, or the problem's message (hostile: render through the safe renderer). */
  subject: string;
  /** The stage an unknown label's words suggest, if any. */
  suggested: string | null;
  /** Calls with that label; null for an input problem. */
  count: number | null;
  /** The exact flag (or config entry) that settles it, or the problem's own hint. */
  fix: string | null;
}

export function openDecisions(inputs: readonly FileUnderstanding[], problems: readonly Problem[]): OpenDecision[] {
  const open: OpenDecision[] = [];
  for (const input of inputs) {
    for (const o of input.calllog?.outcomes ?? []) {
      if (o.stage !== null) continue;
      open.push({ file: input.file, kind: 'outcome', subject: o.label, suggested: o.suggested, count: o.count, fix: outcomeFlag(o.label, o.suggested ?? 'STAGE') });
    }
  }
  for (const p of problems) {
    open.push({ file: p.file, kind: 'input', subject: p.message, suggested: null, count: null, fix: p.hint ?? null });
  }
  return open;
}

/** `--outcome "Label=stage"`, quoted so it pastes back into a shell as one word. */
export function outcomeFlag(label: string, stage: string): string {
  return shellFlag('--outcome', `${label}=${stage}`);
}

/** `--flag "value"`: the value as one shell word (render/safe's shellWord). */
export function shellFlag(flag: string, value: string): string {
  return `${flag} ${shellWord(value)}`;
}
