import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config-schema.js';
import { draftConfig } from '../../src/io/config-draft.js';
import { openDecisions, outcomeFlag } from '../../src/io/open-decisions.js';
import type { FileUnderstanding } from '../../src/io/understanding.js';
import { renderInspectJson } from '../../src/render/inspect-json.js';
import { renderInspectText, type InspectView } from '../../src/render/inspect-text.js';
import { loadColour, makeTheme } from '../../src/render/theme.js';

// Coloured themes need chalk loaded, as every command does before it renders for a terminal.
beforeAll(loadColour);
import { callLogUnderstanding, weeklyUnderstanding } from './inspect-fixtures.js';

function view(inputs: FileUnderstanding[], problems: InspectView['problems'] = []): InspectView {
  return { inputs, problems, open: openDecisions(inputs, problems), config: null, files: inputs.map((f) => f.file) };
}

const plain = makeTheme(false);

describe('inspect, human output', () => {
  const text = renderInspectText(view([weeklyUnderstanding(), callLogUnderstanding()]), plain);
  const lines = text.split('\n');

  it('fits 80 columns and is plain ASCII on a pipe', () => {
    for (const line of lines) {
      expect(line.length, line).toBeLessThanOrEqual(80);
      expect(line, line).toMatch(/^[\x20-\x7e]*$/);
    }
  });
  it('says how the file was read, and each column with what decided it', () => {
    expect(lines).toContain('  read as       weekly table: has week, dials, reached and meetings columns');
    expect(lines).toContain('  encoding      UTF-8 with BOM, delimiter ";", decimal ",", thousands "."');
    expect(lines).toContain('  header        line 3');
    expect(lines).toContain('    2  Anzahl Anrufe       dials     words: anrufe');
    expect(lines).toContain('    3  Gesprekken          reached   config');
    expect(lines).toContain('    5  Notizen             -         ignored: not one of our fields');
    expect(lines).toContain('! "Stunden (min)" looks like hours but is not used: hours are read in hours, not');
    expect(lines).toContain('  "min"');
  });
  it('the week rule with examples and the range', () => {
    expect(lines).toContain('  weeks         week numbers (KW 5 2026); 8 weeks, 2026-W01 to 2026-W08');
    expect(lines).toContain('                "KW 1 2026" -> 2026-W01, "KW 2 2026" -> 2026-W02');
  });
  it('call logs: timestamps and zone, directions with counts, duration, every outcome with stage and count', () => {
    expect(lines).toContain('  timestamps    yyyy-mm-dd hh:mm, weeks counted in Europe/Brussels');
    expect(lines).toContain('  directions    "OUTBOUND" -> outbound: 1,200 calls, "INBOUND" -> inbound (not a');
    expect(lines).toContain('                dial): 34 calls');
    expect(lines).toContain('  duration      milliseconds');
    expect(lines).toContain('  Connected       reached               412');
    expect(lines).toContain('! Demo gepland    ? suggests meeting     12');
    expect(lines).toContain('! Xyz             ? unknown               2');
  });
  it('ends with what is open and the exact flags that settle it', () => {
    expect(lines.slice(-7)).toEqual([
      'not understood: 2 open questions (exit 2)',
      '  calls.csv: 2 outcome labels with no stage; map each to dial, reached,',
      '    meeting or callback:',
      '    --outcome "Demo gepland=meeting"',
      '    --outcome "Xyz=STAGE"',
      'Settle them with flags, or once in funnel.config.json: run "funnel inspect',
      'team.csv calls.csv --write-config" and replace each "?" in it.',
    ]);
  });
  it('a file that is understood says so', () => {
    expect(renderInspectText(view([weeklyUnderstanding()]), plain).trimEnd().split('\n').at(-1)).toBe('understood: every column of 1 file');
  });
  it('problems the reader found are listed as FILE:LINE:COL lines', () => {
    const out = renderInspectText(view([weeklyUnderstanding()], [{ file: 'team.csv', line: 7, column: 1, field: 'week', message: '"TBC" is not a week', hint: 'write a week such as 2026-W05' }]), plain);
    expect(out).toContain('\n  team.csv:7:1: week: "TBC" is not a week - write a week such as 2026-W05\n');
  });
  it('headers, labels and file names from the file cannot drive the terminal', () => {
    const hostile = callLogUnderstanding({
      file: 'evil\u001b[2J.csv',
      columns: [{ column: 1, header: 'Date\u202e\u001b]8;;http://x\u0007', field: 'timestamp', decided_by: 'words', why: 'date' }],
    });
    hostile.calllog!.outcomes.push({ label: 'Booked\u001b[31m\r\nOK', stage: null, count: 1, decided_by: 'unknown', suggested: null });
    const out = renderInspectText(view([hostile]), plain);
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
    expect(out).toContain('evil\\x1B[2J.csv');
    expect(out).toContain('--outcome "Booked\\x1B[31m\\r\\nOK=STAGE"');
  });
  it('a 300-character file name, header, label and reason still fit 80 columns', () => {
    const long = (s: string) => `${s} ${'x'.repeat(150)} ${'y'.repeat(148)}`;
    const f = callLogUnderstanding({ file: `exports/${'d'.repeat(280)}/calls.csv`, layout_reason: long('because') });
    f.columns.push({ column: 6, header: long('Header'), field: null, decided_by: 'ignored', why: long('why') });
    f.calllog!.outcomes.push({ label: long('Label'), stage: null, count: 123456, decided_by: 'unknown', suggested: 'callback_short' });
    const out = renderInspectText(view([f]), plain).split('\n');
    for (const line of out) if (!line.startsWith('    --outcome')) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(out[0]).toBe(`...${'d'.repeat(67)}/calls.csv`);
    expect(out).toContain(`! Label ${'x'.repeat(33)}...  ? suggests callback_short  123,456`);
  });
  it('colour only when the theme has it', () => {
    expect(renderInspectText(view([callLogUnderstanding()]), makeTheme(true))).toContain('\u001b[31m!');
    expect(text).not.toContain('\u001b[');
  });
});

describe('inspect --format json', () => {
  it('keeps every file\'s understanding as is, plus the verdict and the open decisions', () => {
    const inputs = [callLogUnderstanding()];
    const out = JSON.parse(renderInspectJson(view(inputs), { path: 'funnel.config.json', open: 2 }));
    expect(Object.keys(out)).toEqual(['understood', 'config', 'files', 'problems', 'open', 'config_written']);
    expect(out.understood).toBe(false);
    expect(out.files).toEqual(inputs);
    expect(out.open).toEqual([
      { file: 'calls.csv', kind: 'outcome', subject: 'Demo gepland', suggested: 'meeting', count: 12, fix: '--outcome "Demo gepland=meeting"' },
      { file: 'calls.csv', kind: 'outcome', subject: 'Xyz', suggested: null, count: 2, fix: '--outcome "Xyz=STAGE"' },
    ]);
    expect(out.config_written).toEqual({ path: 'funnel.config.json', open: 2 });
  });
  it('problems keep every part, null where absent', () => {
    const out = JSON.parse(renderInspectJson(view([], [{ file: 'x.csv', message: 'file not found', hint: 'check the path' }]), null));
    expect(out.problems).toEqual([{ file: 'x.csv', line: null, column: null, field: null, message: 'file not found', hint: 'check the path' }]);
    expect(out.understood).toBe(false);
    expect('config_written' in out).toBe(false);
  });
});

describe('outcome flags to paste', () => {
  it('quotes what a shell would expand', () => {
    // One shell quoting for every flag to paste (render/safe shellWord): single quotes when a double quote would expand.
    expect(outcomeFlag('Say "hi" $HOME `x` \\', 'meeting')).toBe("--outcome 'Say \"hi\" $HOME `x` \\=meeting'");
    expect(outcomeFlag('Left VM', 'dial')).toBe('--outcome "Left VM=dial"');
  });
});

describe('--write-config draft', () => {
  it('pins what was understood and marks what is open with "?"', () => {
    const draft = draftConfig([weeklyUnderstanding(), callLogUnderstanding()], 'https://example.test/schema.json');
    expect(draft.config).toEqual({
      $schema: 'https://example.test/schema.json',
      map: {
        KW: 'week', 'Anzahl Anrufe': 'dials', Gesprekken: 'reached', 'Termine vereinbart': 'meetings', Notizen: 'ignore',
        'Activity date': 'timestamp', 'Call outcome': 'outcome', Direction: 'direction', 'Duration (ms)': 'duration', Owner: 'rep',
      },
      outcome: { Connected: 'reached', 'No answer': 'dial', 'Meeting Booked': 'meeting', 'Demo gepland': '?meeting', Xyz: '?' },
      tz: 'Europe/Brussels',
    });
    expect(draft.open).toBe(2);
  });
  it('a file without a needed field: every unrecognised header is a candidate', () => {
    const f = weeklyUnderstanding({ columns: [
      { column: 1, header: 'Week', field: 'week', decided_by: 'words', why: 'week' },
      { column: 2, header: 'Dials', field: 'dials', decided_by: 'words', why: 'dials' },
      { column: 3, header: 'Meetings', field: 'meetings', decided_by: 'words', why: 'meetings' },
      { column: 4, header: 'Spoke to', field: null, decided_by: 'ignored', why: 'not one of our fields' },
      { column: 5, header: 'Notes', field: null, decided_by: 'ignored', why: 'not one of our fields' },
      { column: 6, header: '', field: null, decided_by: 'ignored', why: 'no header' },
    ] });
    const draft = draftConfig([f], 's');
    expect(draft.config.map).toEqual({ Week: 'week', Dials: 'dials', Meetings: 'meetings', 'Spoke to': '?', Notes: '?' });
    expect(draft.open).toBe(2);
  });
  it('one header read two ways in two files is left to each file; a label open in one stays open', () => {
    const a = weeklyUnderstanding({ columns: [{ column: 1, header: 'Date', field: 'week', decided_by: 'words', why: 'date' }] });
    const b = callLogUnderstanding({ columns: [{ column: 1, header: 'date', field: 'timestamp', decided_by: 'words', why: 'date' }] });
    const c = callLogUnderstanding({ file: 'more.csv', tz: undefined } as never);
    c.calllog = { ...c.calllog!, outcomes: [{ label: 'demo gepland', stage: 'meeting', count: 3, decided_by: 'words', suggested: null }] };
    const draft = draftConfig([a, b, c], 's');
    expect(draft.config.map).not.toHaveProperty('Date');
    expect(draft.config.map).not.toHaveProperty('date');
    expect((draft.config.outcome as Record<string, string>)['Demo gepland']).toBe('?');
  });
  it('two logs in two time zones leave tz open', () => {
    const a = callLogUnderstanding();
    const b = callLogUnderstanding({ file: 'us.csv' });
    b.calllog = { ...b.calllog!, tz: 'America/New_York' };
    const draft = draftConfig([a, b], 's');
    expect(draft.config.tz).toBe('?');
    expect(draft.open).toBe(3);
  });
  it('the validator refuses the draft until every "?" is replaced, naming each key', () => {
    const draft = draftConfig([weeklyUnderstanding()], 's');
    (draft.config.map as Record<string, string>).Notizen = '?';
    const refused = ConfigSchema.safeParse(draft.config);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => [i.path.join('.'), i.message.split(' — ')[0]])).toEqual([['map.Notizen', 'needs a decision']]);
    (draft.config.map as Record<string, string>).Notizen = 'ignore';
    expect(ConfigSchema.safeParse(draft.config).success).toBe(true);
  });
});
