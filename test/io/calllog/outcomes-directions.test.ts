import { describe, expect, it } from 'vitest';
import { readDirection } from '../../../src/domain/directions.js';
import { mergeReadings, readLabel } from '../../../src/io/calllog/outcome-reading.js';
import { outcomeFlag } from '../../../src/io/open-decisions.js';
import { parseDirectionOverrides } from '../../../src/io/calllog/read-calllog.js';
import { readCallLog } from '../../../src/io/calllog/read-calllog.js';
import { callLogShape } from '../../../src/io/calllog/source.js';
import { UsageError } from '../../../src/errors.js';
import { errorOf, read } from '../io-helpers.js';

/** A call log in memory, read as `report` reads it, with how its outcomes and directions were understood. */
function readLog(text: string) {
  const bytes = Buffer.from(text);
  const shape = callLogShape(bytes, true)!;
  return readCallLog('<stdin>', { kind: 'bytes', bytes }, shape.sniffed, shape.layout!, { tz: 'UTC' });
}

describe('direction values by their words', () => {
  it.each([
    ['OUTBOUND', 'outbound'], ['Outgoing', 'outbound'], ['out', 'outbound'], ['Outbound call', 'outbound'], ['Uitgaand', 'outbound'], ['Uitgaand gesprek', 'outbound'],
    ['ausgehend', 'outbound'], ['Ausgehender Anruf', 'outbound'], ['Sortant', 'outbound'], ['Appel sortant', 'outbound'], ['Saliente', 'outbound'], ['Llamada saliente', 'outbound'],
    ['In uscita', 'outbound'], ['Chiamata in uscita', 'outbound'],
    ['INBOUND', 'inbound'], ['Incoming', 'inbound'], ['in', 'inbound'], ['Inkomend', 'inbound'], ['eingehend', 'inbound'], ['Entrant', 'inbound'], ['Appel entrant', 'inbound'],
    ['Entrante', 'inbound'], ['Llamada entrante', 'inbound'], ['In entrata', 'inbound'], ['Missed', 'inbound'], ['Missed call', 'inbound'], ['Gemiste oproep', 'inbound'],
    ['Verpasster Anruf', 'inbound'], ['Appel manqué', 'inbound'], ['Llamada perdida', 'inbound'], ['Chiamata persa', 'inbound'], ['Internal', 'inbound'],
  ])('%s → %s', (value, want) => expect(readDirection(value)).toBe(want));

  it.each(['True', '1', 'Outbound/Inbound', 'Transfer', 'n/a', '?'])('%s is unknown', (value) => expect(readDirection(value)).toBeNull());

  it('--direction settles a value; anything but inbound/outbound is a usage error', () => {
    expect([...parseDirectionOverrides(['True=outbound', 'False=Inbound'])]).toEqual([['true', 'outbound'], ['false', 'inbound']]);
    expect(() => parseDirectionOverrides(['True=out'])).toThrow(UsageError);
    expect(() => parseDirectionOverrides(['True=out'])).toThrow('--direction "True=out" is not "Value=inbound" or "Value=outbound"');
  });
});

describe('two outcome columns read together', () => {
  const none = new Map();
  const merged = (a: string, b: string) => mergeReadings(readLabel(a, none), readLabel(b, none));

  it.each([
    // the furthest stage proven by either wins
    ['Connected', 'Meeting booked', 'meeting'], ['No answer', 'Interested', 'reached'], ['Connected', 'Call back', 'callback'], ['Callback', 'Callback short term', 'callback_short'],
    ['Callback short term', 'Callback long term', 'callback'],
    // a status that only says answered/completed never overrides a real disposition
    ['answered', 'Left voicemail', 'dial'], ['No answer', 'COMPLETED', 'dial'], ['answered', '', 'reached'], ['', 'answered', 'reached'], ['answered', 'Meeting booked', 'meeting'],
    // blanks, and unknown labels (a meeting needs nothing more; anything less is unknown)
    ['Left voicemail', 'Répondu', 'dial'], ['No answer', 'Neutral', 'dial'], ['Connected', 'Neutral', 'reached'], ['Buzón de voz', 'Contestada', 'dial'],
    ['', '', 'dial'], ['Meeting booked', 'VIP', 'meeting'], ['Connected', 'VIP', null], ['VIP', '', null], ['done', 'Not interested', 'reached'], ['done', '', null],
  ])('%s + %s → %s', (a, b, want) => expect(merged(a, b)).toBe(want));

  const AIRCALL = [
    'started_at,user,direction,status,tags,duration',
    '1798466400,sam,outbound,answered,Meeting booked,240', // meeting from the tags
    '1798466500,sam,outbound,answered,,95', // only answered: a conversation
    '1798466600,sam,outbound,answered,Voicemail,30', // answered by a machine: a dial
    '1798466700,sam,outbound,done,Not interested,60', // done says nothing; the tag does
    '1798466800,sam,inbound,answered,,300',
    '1798466900,sam,missed,,,0', // an inbound call nobody answered
  ].join('\n') + '\n';

  it('Aircall status + tags: counts, and how each label and direction was understood', async () => {
    const t = await read(['-'], { tz: 'UTC' } as never, AIRCALL);
    expect(t.rows.map((r) => [r.counts.dials, r.counts.reached, r.counts.meetings])).toEqual([[4, 3, 1]]);
    expect(t.warnings).toEqual(['<stdin>: ignored 2 inbound calls (only outbound calls are dials)']);
    const log = await readLog(AIRCALL);
    expect(log.understanding.outcomes).toEqual([
      // tags are the outcome, status the second column (it only says answered/done)
      { label: 'Meeting booked', stage: 'meeting', count: 1, decided_by: 'words', suggested: null, column: 'tags' },
      { label: '', stage: 'dial', count: 1, decided_by: 'blank', suggested: null, column: 'tags' },
      { label: 'Voicemail', stage: 'dial', count: 1, decided_by: 'words', suggested: null, column: 'tags' },
      { label: 'Not interested', stage: 'reached', count: 1, decided_by: 'words', suggested: null, column: 'tags' },
      { label: 'answered', stage: 'reached', count: 3, decided_by: 'words', suggested: null, column: 'status' },
      { label: 'done', stage: null, count: 1, decided_by: 'unknown', suggested: null, column: 'status' },
    ]);
    expect(log.understanding.directions).toEqual([
      { value: 'outbound', direction: 'outbound', count: 4 },
      { value: 'inbound', direction: 'inbound', count: 1 },
      { value: 'missed', direction: 'inbound', count: 1 },
    ]);
  });

  it('Salesloft disposition + sentiment, Outreach disposition + outcome, HubSpot disposition + status', async () => {
    const salesloft = 'Date,Rep,Disposition,Sentiment\n2026-02-02 09:00,Ann,Connected,Meeting Scheduled\n2026-02-02 09:10,Ann,Connected,Not Interested\n2026-02-02 09:20,Ann,No Answer,\n2026-02-02 09:30,Ann,Left Voicemail,\n';
    expect((await read(['-'], { tz: 'UTC' } as never, salesloft)).rows.map((r) => [r.counts.dials, r.counts.reached, r.counts.meetings])).toEqual([[4, 2, 1]]);
    const outreach = 'Date,Owner,Disposition,Outcome\n2026-02-02 09:00,Ann,Connected,Interested\n2026-02-02 09:10,Ann,Connected,Callback requested\n2026-02-02 09:20,Ann,Wrong Number,\n';
    expect((await read(['-'], { tz: 'UTC' } as never, outreach)).rows.map((r) => [r.counts.dials, r.counts.reached, r.counts.callbacks])).toEqual([[3, 2, 1]]);
    const hubspot = 'hs_timestamp,hubspot_owner_id,hs_call_disposition,hs_call_status\n2026-02-02T09:00:00Z,1,f240bbac-87c9-4f6e-bf70-924b57d47db7,COMPLETED\n2026-02-02T09:10:00Z,1,,NO_ANSWER\n2026-02-02T09:20:00Z,1,73a0d17f-1163-4015-bdd5-ec830791da20,COMPLETED\n';
    expect((await read(['-'], { tz: 'UTC' } as never, hubspot)).rows.map((r) => [r.counts.dials, r.counts.reached])).toEqual([[3, 1]]);
  });

  it('an unknown label in the second column stops the read, naming that column', async () => {
    const log = 'Date,Rep,Disposition,Sentiment\n2026-02-02 09:00,Ann,Connected,Lukewarm\n2026-02-02 09:10,Ann,Meeting booked,Lukewarm\n';
    expect(await errorOf(['-'], { tz: 'UTC' } as never, log)).toBe([
      '<stdin>:1:4: Sentiment: 1 outcome not recognised, on 1 call:',
      '     calls  outcome     what its words suggest',
      '         1  "Lukewarm"  -',
      'Say what each one means (stages: dial, reached, meeting, callback,',
      'callback_short, callback_long). These flags take the suggestions, and dial',
      'where there is none; check them, then add:',
      '  --outcome "Lukewarm=dial"',
      'or count every unknown outcome as a plain dial: --unknown-outcomes dial',
    ].join('\n'));
  });
});

describe('many unknown outcomes', () => {
  it('lists the 20 with most calls, then counts the rest; every problem line stays one line', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => Array.from({ length: 30 - i }, () => `2026-02-02 09:00,Ann,Code ${i}`).join('\n')).join('\n');
    const message = await errorOf(['-'], { tz: 'UTC' } as never, `timestamp,rep,outcome\n${rows}\n`);
    const lines = message.split('\n');
    expect(lines[0]).toBe(`<stdin>:1:3: outcome: 25 outcomes not recognised, on ${(30 + 6) * 25 / 2} calls:`);
    expect(lines[2]).toBe('        30  "Code 0"   -');
    expect(lines[21]).toBe('        11  "Code 19"  -');
    expect(lines[22]).toBe('  … and 5 more outcomes, fewer calls each');
    expect(lines.filter((l) => l.startsWith('  --outcome'))).toHaveLength(20);
    expect(lines.at(-1)).toBe('or count every unknown outcome as a plain dial: --unknown-outcomes dial');
  });

  it('escapes a label with control characters in the table, as everywhere else', async () => {
    const message = await errorOf(['-'], { tz: 'UTC' } as never, 'timestamp,rep,outcome\n2026-02-02 09:00,Ann,"Odd\u001b[31m"\n');
    expect(message.split('\n')[2]).toBe('         1  "Odd\\x1B[31m"  -');
  });
});

describe('directions the reader cannot read', () => {
  const LOG = 'Date,Rep,Outcome,Direction\n2026-02-02 09:00,Ann,Connected,True\n2026-02-02 09:10,Ann,No answer,True\n2026-02-02 09:20,Ann,No answer,False\n2026-02-02 09:30,Ann,No answer,\n';

  it('stop with exit 2 and the --direction flags that settle them', async () => {
    expect(await errorOf(['-'], { tz: 'UTC' } as never, LOG)).toBe(
      '<stdin>:1:4: Direction: 2 direction values not recognised as inbound or outbound: "True" (2), "False" (1) — say which they are, e.g. --direction "True=outbound" --direction "False=outbound" (or =inbound: inbound calls are not dials)',
    );
  });

  it('--direction settles them; a blank direction is outbound, in a counted notice', async () => {
    const t = await read(['-'], { tz: 'UTC', direction: ['True=outbound', 'False=inbound'] } as never, LOG);
    expect(t.rows.map((r) => [r.counts.dials, r.counts.reached])).toEqual([[3, 1]]);
    expect(t.warnings).toEqual(['<stdin>: 1 call without a direction, counted as outbound', '<stdin>: ignored 1 inbound call (only outbound calls are dials)']);
  });
});

describe('flags to paste', () => {
  it('quote a label for a POSIX shell', () => {
    expect(outcomeFlag('Left VM', 'dial')).toBe('--outcome "Left VM=dial"');
    expect(outcomeFlag('Say "hi" for $5', 'reached')).toBe(`--outcome 'Say "hi" for $5=reached'`);
    expect(outcomeFlag("It's", 'dial')).toBe(`--outcome "It's=dial"`);
  });
});
