import type { Problem } from '../errors.js';
import { problemLine } from './problems.js';
import { annotationData, annotationProperty } from './safe.js';

/** An input problem as an annotation on the offending file and line in the pull request. */
export function problemAnnotation(p: Problem): string {
  const props = [`file=${annotationProperty(p.file)}`];
  if (p.line !== undefined) props.push(`line=${p.line}`);
  if (p.line !== undefined && p.column !== undefined) props.push(`col=${p.column}`);
  props.push(`title=${annotationProperty('funnel: invalid input')}`);
  return `::error ${props.join(',')}::${annotationData(problemLine(p))}`;
}
