import { formatProblem, type Problem } from '../errors.js';

/**
 * GitHub Actions workflow commands: `::error file=F,line=L::message`. The runner reads them line by
 * line, so the message escapes %, CR and LF; property values also escape ':' and ','.
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** An input problem as an annotation on the offending file and line in the pull request. */
export function problemAnnotation(p: Problem): string {
  const props = [`file=${escapeProperty(p.file)}`];
  if (p.line !== undefined) props.push(`line=${p.line}`);
  if (p.line !== undefined && p.column !== undefined) props.push(`col=${p.column}`);
  props.push(`title=${escapeProperty('funnel: invalid input')}`);
  return `::error ${props.join(',')}::${escapeData(formatProblem(p))}`;
}
