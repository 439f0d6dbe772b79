import { plural, type Problem } from '../errors.js';
import type { OpenDecision } from '../io/open-decisions.js';
import type { ColumnUnderstanding, FileUnderstanding, OutcomeUnderstanding } from '../io/understanding.js';
import { int } from './format.js';
import { problemLine } from './problems.js';
import { terminal as safe } from './safe.js';
import { finish, type Theme } from './theme.js';
import { visible, wrap } from './wrap.js';
import { appendAll, maxOf } from '../core/arrays.js';

/** What `funnel inspect` shows: how each file was understood, and what is still open. */
export interface InspectView {
  inputs: readonly FileUnderstanding[];
  /** Problems the reader reported (a file it could not read, a missing column, a bad week…). */
  problems: readonly Problem[];
  open: readonly OpenDecision[];
  /** The config file whose settings were used, as shown to the user; null without one. */
  config: string | null;
  /** The command that lists the inputs again, for the --write-config hint. */
  files: readonly string[];
}

const LABEL = 12; // "  timestamps  " – the width of the left-hand labels of a file's facts

const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - visible(s)));
const padStart = (s: string, width: number) => ' '.repeat(Math.max(0, width - visible(s))) + s;

/** Shortens a cell to `width` columns, marking the cut with "..." (the full text is in --format json). */
function clip(s: string, width: number): string {
  return visible(s) <= width ? s : `${s.slice(0, width - 3)}...`;
}

/** Word wrap that also breaks a word longer than the line (a cell of one long token must not overhang). */
function fold(text: string, width: number): string[] {
  return wrap(text, width).flatMap((line) => {
    if (visible(line) <= width) return [line];
    const parts: string[] = [];
    for (let i = 0; i < line.length; i += width) parts.push(line.slice(i, i + width));
    return parts;
  });
}

/** A labelled fact, its value wrapped under itself. */
function fact(label: string, value: string, theme: Theme): string[] {
  const lines = fold(value, theme.width - LABEL - 4);
  return lines.map((l, i) => `  ${pad(i === 0 ? label : '', LABEL)}  ${l}`);
}

function encodingLine(f: FileUnderstanding): string {
  const delimiter = f.delimiter === '\t' ? 'tab' : `"${safe(f.delimiter)}"`;
  const thousands = f.thousands === null ? 'no thousands mark' : `thousands "${safe(f.thousands)}"`;
  return `${safe(f.encoding)} · delimiter ${delimiter} · decimal "${f.decimal}" · ${thousands}`;
}

function decidedBy(c: ColumnUnderstanding): string {
  const why = safe(c.why);
  if (c.decided_by === 'ignored') return `ignored${why ? `: ${why}` : ''}`;
  if (c.decided_by === 'words') return `words: ${why}`;
  return `${c.decided_by === 'map' ? '--map' : 'config'}${why ? ` (${why})` : ''}`;
}

function columnTable(columns: readonly ColumnUnderstanding[], theme: Theme): string[] {
  const headerWidth = Math.min(28, Math.max(6, maxOf(columns.map((c) => visible(safe(c.header))))));
  const fieldWidth = Math.min(15, Math.max(5, maxOf(columns.map((c) => (c.field ?? '-').length))));
  const indent = 2 + 3 + 2 + headerWidth + 2 + fieldWidth + 2;
  const rest = Math.max(20, theme.width - indent);
  const lines = [theme.c.bold(`  ${'col'}  ${pad('header', headerWidth)}  ${pad('field', fieldWidth)}  decided by`)];
  for (const c of columns) {
    const how = fold(decidedBy(c), rest);
    const field = c.field ?? '-';
    const head = `  ${padStart(String(c.column), 3)}  ${pad(clip(safe(c.header), headerWidth), headerWidth)}  ${pad(field, fieldWidth)}  `;
    const shown = c.field === null ? theme.c.dim(head + (how[0] ?? '')) : head + (how[0] ?? '');
    appendAll(lines, [shown, ...how.slice(1).map((l) => ' '.repeat(indent) + (c.field === null ? theme.c.dim(l) : l))]);
  }
  return lines;
}

function outcomeTable(outcomes: readonly OutcomeUnderstanding[], theme: Theme): string[] {
  const countWidth = Math.max(5, maxOf(outcomes.map((o) => int(o.count).length)));
  const stageWidth = Math.max(14, maxOf(outcomes.map((o) => stageCell(o).length)));
  const labelWidth = Math.max(13, Math.min(theme.width - 2 - 2 - stageWidth - 2 - countWidth, maxOf(outcomes.map((o) => visible(safe(o.label))), 0)));
  const lines = [theme.c.bold(`  ${pad('outcome label', labelWidth)}  ${pad('stage', stageWidth)}  ${padStart('calls', countWidth)}`)];
  for (const o of outcomes) {
    const label = o.label.trim() === '' ? '(blank)' : safe(o.label);
    const row = `${pad(clip(label, labelWidth), labelWidth)}  ${pad(stageCell(o), stageWidth)}  ${padStart(int(o.count), countWidth)}`;
    lines.push(o.stage === null ? `${theme.c.red('!')} ${theme.c.red(row)}` : `  ${row}`);
  }
  return lines;
}

function stageCell(o: OutcomeUnderstanding): string {
  if (o.stage !== null) return o.decided_by === 'words' || o.decided_by === 'blank' ? o.stage : `${o.stage} (${o.decided_by === 'outcome' ? '--outcome' : o.decided_by})`;
  return o.suggested === null ? '? unknown' : `? suggests ${o.suggested}`;
}

function fileBlock(f: FileUnderstanding, theme: Theme): string[] {
  const name = safe(f.file);
  // A long path keeps its end: the file name is the part that tells files apart.
  const lines = [theme.c.bold(visible(name) <= theme.width ? name : `...${name.slice(name.length - theme.width + 3)}`)];
  appendAll(lines, fact('read as', `${f.layout === 'calllog' ? 'call log' : 'weekly table'}: ${safe(f.layout_reason)}`, theme));
  appendAll(lines, fact('encoding', encodingLine(f), theme));
  appendAll(lines, fact('header', `line ${f.header_line}`, theme));
  appendAll(lines, ['', ...columnTable(f.columns, theme)]);
  for (const u of f.unused) {
    const say = fold(`! "${safe(u.header)}" looks like ${safe(u.looks_like)} but is not used: ${safe(u.why)}`, theme.width);
    appendAll(lines, say.map((l, i) => theme.c.yellow(i === 0 ? l : `  ${l}`)));
  }
  lines.push('');
  if (f.weeks) {
    const w = f.weeks;
    const range = w.first === null ? 'no weeks' : w.first === w.last ? `${plural(w.count, 'week')}, ${w.first}` : `${plural(w.count, 'week')}, ${w.first} to ${w.last}`;
    appendAll(lines, fact('weeks', `${safe(w.rule)}; ${range}`, theme));
    if (w.examples.length) appendAll(lines, fact('', w.examples.map((e) => `"${safe(e.label)}" → ${e.week}`).join(' · '), theme));
  }
  const log = f.calllog;
  if (log) {
    appendAll(lines, fact('timestamps', `${safe(log.timestamp_format)}, weeks counted in ${safe(log.tz)}`, theme));
    appendAll(lines, fact('calls', int(log.calls), theme));
    const directions = log.directions === null
      ? 'no direction column: every call counted as outbound'
      : log.directions.map((d) => `"${safe(d.value)}" → ${d.direction}${d.direction === 'outbound' ? '' : ' (not a dial)'}: ${plural(d.count, 'call').replace(/^\d+/, (n) => int(Number(n)))}`).join(' · ');
    appendAll(lines, fact('directions', directions, theme));
    appendAll(lines, fact('duration', log.duration_unit ?? 'no duration column', theme));
    appendAll(lines, ['', ...outcomeTable(log.outcomes, theme)]);
  }
  return lines;
}

/** The verdict, most important line last: what to do about everything still open. */
function verdict(view: InspectView, theme: Theme): string[] {
  if (view.open.length === 0) {
    const what = view.inputs.some((f) => f.calllog) ? 'every column and outcome label' : 'every column';
    return [theme.c.green(`understood: ${what} of ${plural(view.inputs.length, 'file')}`)];
  }
  const lines = [theme.c.red(`not understood: ${plural(view.open.length, 'open question')} (exit 2)`)];
  for (const p of view.problems) appendAll(lines, fold(problemLine(p), theme.width - 4).map((l, i) => `${i === 0 ? '  ' : '    '}${l}`));
  const byFile = new Map<string, OpenDecision[]>();
  for (const o of view.open) if (o.kind === 'outcome') byFile.set(o.file, [...(byFile.get(o.file) ?? []), o]);
  for (const [file, labels] of byFile) {
    const say = `${safe(file)}: ${plural(labels.length, 'outcome label')} with no stage; map ${labels.length === 1 ? 'it' : 'each'} to dial, reached, meeting or callback:`;
    appendAll(lines, fold(say, theme.width - 4).map((l, i) => `${i === 0 ? '  ' : '    '}${l}`));
    for (const o of labels) lines.push(`    ${safe(o.fix ?? '')}`);
  }
  const files = view.files.map((f) => (/^[\w./-]+$/.test(f) ? f : `"${safe(f)}"`)).join(' ');
  lines.push(`Settle them with flags, or once in funnel.config.json: run "funnel inspect ${files} --write-config" and replace each "?" in it.`);
  return lines.flatMap((l, i) => (i === lines.length - 1 ? fold(l, theme.width) : [l]));
}

export function renderInspectText(view: InspectView, theme: Theme): string {
  const blocks = view.inputs.map((f) => fileBlock(f, theme).join('\n'));
  // Which config file was used is said on stderr (once, by the CLI), so stdout is only the inspection.
  return finish([...blocks, verdict(view, theme).join('\n')].join('\n\n').replace(/\n{3,}/g, '\n\n'), theme);
}
