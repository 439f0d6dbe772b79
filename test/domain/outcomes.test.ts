import { describe, expect, it } from 'vitest';
import { OUTCOME_LABELS, STAGES, builtInStage, normaliseOutcome, overrideTarget } from '../../src/domain/outcomes.js';
import { parseOverrides } from '../../src/io/calllog/read-calllog.js';
import { UsageError } from '../../src/errors.js';

/** Each export family's own spellings, as its exports write them, and the stage they prove. */
const FAMILIES: Record<string, [string, string][]> = {
  'HubSpot (UI labels)': [['Connected', 'reached'], ['Left voicemail', 'dial'], ['No answer', 'dial'], ['Busy', 'dial'], ['Wrong number', 'dial'], ['Left live message', 'dial'], ['Meeting Booked', 'meeting'], ['Gatekeeper', 'dial']],
  'HubSpot (API ids)': [['f240bbac-87c9-4f6e-bf70-924b57d47db7', 'reached'], ['73a0d17f-1163-4015-bdd5-ec830791da20', 'dial'], ['b2cf5968-551e-4856-9783-52b3da59a7d0', 'dial']],
  'HubSpot (status)': [['NO_ANSWER', 'dial'], ['BUSY', 'dial'], ['FAILED', 'dial'], ['CANCELED', 'dial']],
  Salesforce: [['Connected', 'reached'], ['Connected - DM', 'reached'], ['Left VM', 'dial'], ['VM', 'dial'], ['Left Voicemail', 'dial'], ['Meeting Scheduled', 'meeting'], ['Call back later', 'callback']],
  Close: [['answered', 'reached'], ['no-answer', 'dial'], ['vm-answer', 'dial'], ['vm-left', 'dial'], ['busy', 'dial'], ['blocked', 'dial'], ['error', 'dial'], ['abandoned', 'dial'], ['Demo Booked', 'meeting'], ['Qualified', 'reached'], ['Not Ready', 'reached'], ['Bad Fit', 'reached']],
  Aircall: [['answered', 'reached'], ['missed', 'dial'], ['voicemail', 'dial']],
  'Ringover-style': [['ANSWERED', 'reached'], ['MISSED', 'dial'], ['VOICEMAIL', 'dial'], ['Not interested', 'reached'], ['Callback', 'callback']],
  'NICE CXone': [['Answering Machine', 'dial'], ['Reschedule', 'callback'], ['Refusal', 'reached'], ['Wrong Person', 'dial'], ['Commitment', 'reached'], ['Do Not Call', 'reached']],
  Gong: [['Got the gatekeeper', 'dial']],
  Dutch: [['Geen gehoor', 'dial'], ['Voicemail ingesproken', 'dial'], ['Bezet', 'dial'], ['Beslisser gesproken', 'reached'], ['Geen interesse', 'reached'], ['Afspraak gemaakt', 'meeting'], ['Terugbellen korte termijn', 'callback_short'], ['Terugbellen lange termijn', 'callback_long'], ['Terugbellen', 'callback']],
  German: [['Nicht erreicht', 'dial'], ['Mailbox', 'dial'], ['Besetzt', 'dial'], ['Entscheider erreicht', 'reached'], ['Kein Interesse', 'reached'], ['Termin vereinbart', 'meeting'], ['Rückruf kurzfristig', 'callback_short'], ['Rückruf langfristig', 'callback_long'], ['Rückruf', 'callback']],
};

describe('built-in outcome mapping', () => {
  for (const [family, cases] of Object.entries(FAMILIES)) {
    it(`maps ${family} outcomes`, () => {
      for (const [label, stage] of cases) expect([label, builtInStage(label)]).toEqual([label, stage]);
    });
  }

  it('ignores case, accents, spaces, underscores and hyphens', () => {
    for (const label of ['no answer', 'NO_ANSWER', 'No-Answer', '  no answer ', 'noanswer']) expect(builtInStage(label)).toBe('dial');
    expect(builtInStage('RUCKRUF')).toBe('callback');
    expect(normaliseOutcome('Rückruf – kurzfristig')).toBe('ruckrufkurzfristig');
  });

  it('never lists one label under two stages', () => {
    const seen = new Map<string, string>();
    for (const stage of STAGES) {
      for (const label of OUTCOME_LABELS[stage]) {
        const key = normaliseOutcome(label);
        expect(seen.get(key) ?? stage, `${label} is in ${seen.get(key)} and ${stage}`).toBe(stage);
        seen.set(key, stage);
      }
    }
  });

  it('knows nothing of a made-up outcome', () => {
    // "voicemail drop" was unknown before outcomes were read by their words; it is a voicemail, so a dial.
    expect(builtInStage('voicemail drop')).toBe('dial');
    expect(builtInStage('Foo bar')).toBeUndefined();
  });
});

describe('--outcome overrides', () => {
  it('take a stage or a built-in outcome as target', () => {
    expect(overrideTarget('meeting')).toBe('meeting');
    expect(overrideTarget('no_answer')).toBe('dial');
    expect(overrideTarget('Left voicemail')).toBe('dial');
    const map = parseOverrides(['Left message=no_answer', 'Demo gepland=meeting', 'a=b=reached']);
    expect([...map]).toEqual([['leftmessage', 'dial'], ['demogepland', 'meeting'], ['ab', 'reached']]);
  });

  it('refuse anything else with the stages listed', () => {
    expect(() => parseOverrides(['Left message'])).toThrow(UsageError);
    expect(() => parseOverrides(['Left message=maybe'])).toThrow('--outcome "Left message=maybe" is not "Label=stage"');
  });
});
