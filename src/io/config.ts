import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { CONFIG_KEYS, ConfigSchema, type FunnelConfig } from '../config-schema.js';
import { RATIO_NAMES } from '../core/funnel.js';
import { closestName } from '../did-you-mean.js';
import { InputError, UsageError, type Problem } from '../errors.js';
import { jsonPath } from './baseline.js';
import { checkTimeZone } from './calllog/zone.js';
import type { Io } from './process-io.js';
import { readInput } from './read-input.js';
import { appendAll } from '../core/arrays.js';

/** A config file is a few hundred bytes; anything near this is the wrong file. */
const MAX_CONFIG_BYTES = 1024 * 1024;

export interface LoadedConfig {
  /** Absolute path. */
  path: string;
  /** The path as messages show it: relative to the working directory when that is shorter. */
  shown: string;
  values: FunnelConfig;
}

/**
 * Flags that are chosen per run, not fixed once for a team: a config key with their name is refused
 * with a word on why, instead of a bare "unknown key".
 */
const PER_RUN: Readonly<Record<string, string>> = {
  format: '--format', output: '--output', from: '--from', rep: '--rep', last: '--last', whatIf: '--what-if',
  junit: '--junit', quiet: '--quiet', color: '--no-color', debug: '--debug', config: '--config',
  ratios: '--ratios', reachRate: '--reach-rate', meetingRate: '--meeting-rate',
  // --by changes what a command shows (and plan --by rep needs a history): a view, not a team setting.
  by: '--by', targets: '--targets', backtest: '--backtest', asOf: '--as-of', period: '--period',
};

export function shownPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== '' && !isAbsolute(rel) && rel.length < path.length ? rel : path;
}

/** Reads, parses and checks a config file; every problem of the file at once, as `FILE: key: what — fix`. */
export async function loadConfig(path: string, io: Io): Promise<LoadedConfig> {
  const shown = shownPath(path, io.cwd);
  const { bytes } = await readInput(shown, io, MAX_CONFIG_BYTES);
  const text = decodeUtf8(shown, bytes);
  const parsed = parseJson(shown, text);
  const problems = [...duplicateKeys(shown, text)];
  const result = ConfigSchema.safeParse(parsed);
  if (!result.success) appendAll(problems, result.error.issues.flatMap((issue) => issueProblems(shown, issue)));
  // Checked even when other keys are wrong, so that one run lists every problem.
  const tz = typeof parsed === 'object' && parsed !== null ? (parsed as { tz?: unknown }).tz : undefined;
  if (typeof tz === 'string') {
    try {
      checkTimeZone(tz);
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      problems.push({ file: shown, field: 'tz', message: err.message, hint: err.hint });
    }
  }
  if (problems.length) throw new InputError(problems);
  const values = result.data!;
  // A path in the file is relative to the file, as in tsconfig.json, not to wherever funnel runs.
  if (values.baseline !== undefined) values.baseline = shownPath(resolve(dirname(path), values.baseline), io.cwd);
  if (values.plan !== undefined) values.plan = shownPath(resolve(dirname(path), values.plan), io.cwd);
  return { path, shown, values };
}

function decodeUtf8(file: string, bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError([{ file, message: 'is not UTF-8 text', hint: 'save it as UTF-8 (JSON files are UTF-8)' }]);
  }
}

/** Line and column (1-based) of an offset in the text. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    // V8 names the offset ("… in JSON at position 42"); the file's text itself is never echoed.
    const at = /position (\d+)/.exec(err instanceof Error ? err.message : '');
    const where = at ? position(text, Number(at[1])) : {};
    const message = text.trim() === '' ? 'is empty' : 'is not valid JSON';
    throw new InputError([{ file, ...where, message, hint: 'write one JSON object, e.g. { "tz": "Europe/Brussels", "map": { "Gesprekken": "reached" } } (no comments or trailing commas)' }]);
  }
}

/**
 * JSON.parse keeps the last of two equal keys without a word: `"Demo": "meeting", …, "Demo": "dial"`
 * would silently count demos as dials. Walks the (already valid) text and reports every repeat.
 */
export function duplicateKeys(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  const stack: (Set<string> | null)[] = [];
  const path: string[] = [];
  let lastKey = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '{' || ch === '[') {
      stack.push(ch === '{' ? new Set() : null);
      path.push(lastKey);
      lastKey = '';
    } else if (ch === '}' || ch === ']') {
      stack.pop();
      path.pop();
    } else if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const raw = text.slice(i, j + 1);
      let k = j + 1;
      while (k < text.length && /\s/.test(text[k]!)) k++;
      const keys = stack.at(-1);
      if (text[k] === ':' && keys) {
        const key = JSON.parse(raw) as string;
        if (keys.has(key)) {
          problems.push({ file, ...position(text, i), field: jsonPath([...path.slice(1).filter((p) => p !== ''), key]), message: 'is given twice in the same object, and JSON keeps only the last', hint: 'keep one of the two entries' });
        }
        keys.add(key);
        lastKey = key;
      }
      i = j;
    }
  }
  return problems;
}

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
}

function issueProblems(file: string, issue: ZodIssueLike): Problem[] {
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    return issue.keys.map((key) => ({ file, field: jsonPath([...issue.path, key]), ...unknownKey(key, issue.path) }));
  }
  if (issue.path.length === 0) {
    return [{ file, message: 'must hold one JSON object', hint: 'e.g. { "tz": "Europe/Brussels", "map": { "Gesprekken": "reached" } }' }];
  }
  const [message = issue.message, hint] = issue.message.split(' — ');
  return [{ file, field: jsonPath(issue.path), message, ...(hint ? { hint } : {}) }];
}

function unknownKey(key: string, within: readonly PropertyKey[]): { message: string; hint: string } {
  if (within.length === 1 && (within[0] === 'min' || within[0] === 'max')) {
    const near = closestName(key, RATIO_NAMES);
    return { message: 'is not a ratio', hint: `${near === undefined ? '' : `did you mean "${near}"? `}ratios: ${RATIO_NAMES.join(', ')}` };
  }
  const flag = within.length === 0 ? PER_RUN[key] : undefined;
  if (flag !== undefined) return { message: `${flag} is chosen per run, not in the config file`, hint: `remove "${key}" and give ${flag} on the command line` };
  const near = within.length === 0 ? closestName(key, CONFIG_KEYS) : undefined;
  return {
    message: 'is not a setting',
    hint: near !== undefined ? `did you mean "${near}"?` : `settings: ${CONFIG_KEYS.filter((k) => k !== '$schema').join(', ')}`,
  };
}
