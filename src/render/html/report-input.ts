import { groupThousands } from '../format.js';
import { html } from '../safe.js';
import { name, section, table } from './page.js';

/**
 * How each input file was read, as an appendix a reader can audit. The shape is the report JSON's
 * `input` section (io/understanding.ts), restated here with only what the page shows: render sits
 * below io and does not import from it.
 */
export interface InputShown {
  file: string;
  encoding: string;
  delimiter: string;
  layout: string;
  layout_reason: string;
  header_line: number;
  columns: readonly { column: number; header: string; field: string | null; decided_by: string; why: string }[];
  weeks: { rule: string; first: string | null; last: string | null; count: number } | null;
  calllog: { tz: string; outcomes: readonly { label: string; stage: string | null; count: number; decided_by: string }[]; calls: number } | null;
}

/** Past this many distinct outcome labels the table shows the commonest; the count of the rest follows. */
const OUTCOMES_SHOWN = 30;

const DELIMITERS: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };
const DECIDED: Record<string, string> = { map: '--map', config: 'config', words: 'its words', ignored: 'ignored', outcome: '--outcome', blank: 'blank', unknown: 'unknown' };

function file(f: InputShown): string {
  const how = [f.layout_reason, `${f.encoding}, ${DELIMITERS[f.delimiter] ?? f.delimiter}-separated, header on line ${f.header_line}`];
  if (f.weeks) how.push(`weeks: ${f.weeks.rule}${f.weeks.first && f.weeks.last ? `, ${f.weeks.first} to ${f.weeks.last}` : ''} (${f.weeks.count})`);
  if (f.calllog) how.push(`${groupThousands(f.calllog.calls)} calls, weeks counted in ${f.calllog.tz}`);
  const columns = table(
    ['Column', 'Header', 'Read as', 'Decided by'],
    f.columns.map((c) => [String(c.column), name(c.header), html(c.field ?? '–'), html(`${DECIDED[c.decided_by] ?? c.decided_by}${c.why ? `: ${c.why}` : ''}`)]),
    { align: ['r', 'l', 'l', 'l'], narrow: true },
  );
  let outcomes = '';
  if (f.calllog && f.calllog.outcomes.length) {
    const all = f.calllog.outcomes;
    const shown = [...all].sort((a, b) => b.count - a.count).slice(0, OUTCOMES_SHOWN);
    const rest = all.length - shown.length;
    outcomes = table(
      ['Outcome', 'Counted as', 'Calls', 'Decided by'],
      shown.map((o) => [name(o.label), html(o.stage ?? 'not classified'), groupThousands(o.count), html(DECIDED[o.decided_by] ?? o.decided_by)]),
      { align: ['l', 'l', 'r', 'l'], narrow: true, ...(rest > 0 && { caption: html(`and ${rest} rarer outcome labels (see funnel inspect)`) }) },
    );
  }
  return `<h3>${name(f.file)}</h3><p class="small muted">${html(how.join(' · '))}</p>${columns}${outcomes}`;
}

export function inputSection(inputs: readonly InputShown[]): string {
  if (inputs.length === 0) return '';
  return section('input', 'How the input was read', inputs.map(file).join('\n'));
}
