import { formatInputError, formatProblem, type InputError, type Problem } from '../errors.js';
import { cut, terminal } from './safe.js';

/** Longest file name, message or hint shown for one problem: a cell quoted whole could be megabytes. */
const MAX_PART = 500;

/**
 * A problem as one safe line: `FILE:LINE:COL field: what is wrong — how to fix`, data escaped and cut;
 * its detail lines (a table, flags to paste) follow, each made safe on its own.
 */
export function problemLine(p: Problem): string {
  const hint = p.hint === undefined ? {} : { hint: cut(p.hint, MAX_PART) };
  const line = terminal(formatProblem({ ...p, file: cut(p.file, MAX_PART), message: cut(p.message, MAX_PART), ...hint }));
  return [line, ...(p.detail ?? []).map((d) => terminal(cut(d, MAX_PART)))].join('\n');
}

/** The problems of an input error as safe lines, the first MAX_LISTED_PROBLEMS of them. */
export function problemLines(err: InputError): string {
  return formatInputError(err, problemLine);
}
