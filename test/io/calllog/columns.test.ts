import { describe, expect, it } from 'vitest';
import { detectCallLog } from '../../../src/io/calllog/columns.js';

/** Headers as each export family writes them, and the columns we must pick (0-based). */
const EXPORTS: [string, string[], { timestamp: number; outcome: number; rep: number; duration: number; direction: number; unit?: string }][] = [
  ['HubSpot API', ['hs_object_id', 'hs_timestamp', 'hs_call_direction', 'hs_call_disposition', 'hs_call_duration', 'hs_call_status', 'hubspot_owner_id'], { timestamp: 1, outcome: 3, rep: 6, duration: 4, direction: 2, unit: 'milliseconds' }],
  ['HubSpot UI', ['Activity date', 'Activity assigned to', 'Call outcome', 'Call direction', 'Call duration'], { timestamp: 0, outcome: 2, rep: 1, duration: 4, direction: 3 }],
  ['Salesforce Task', ['Subject', 'ActivityDate', 'CallType', 'CallDisposition', 'CallDurationInSeconds', 'OwnerId', 'Status'], { timestamp: 1, outcome: 3, rep: 5, duration: 4, direction: 2 }],
  ['Salesforce report', ['Assigned To', 'Date', 'Call Result', 'Call Duration'], { timestamp: 1, outcome: 2, rep: 0, duration: 3, direction: -1 }],
  ['Close', ['date_created', 'user_name', 'direction', 'disposition', 'duration'], { timestamp: 0, outcome: 3, rep: 1, duration: 4, direction: 2 }],
  // Issue 9: tags carry Aircall's outcome; status (answered/done) is read beside them as the second outcome column.
  ['Aircall', ['id', 'direction', 'status', 'started_at', 'answered_at', 'ended_at', 'duration', 'user', 'tags'], { timestamp: 3, outcome: 8, rep: 7, duration: 6, direction: 1 }],
  ['Pipedrive', ['type', 'done', 'due_date', 'due_time', 'duration', 'user_id', 'subject'], { timestamp: 2, outcome: 6, rep: 5, duration: 4, direction: -1 }],
  ['Dutch dialer', ['Datum', 'Verkoper', 'Resultaat', 'Gespreksduur'], { timestamp: 0, outcome: 2, rep: 1, duration: 3, direction: -1 }],
  ['German dialer', ['Startzeit', 'Mitarbeiter', 'Ergebnis', 'Dauer', 'Richtung'], { timestamp: 0, outcome: 2, rep: 1, duration: 3, direction: 4 }],
];

describe('call-log columns of each export family', () => {
  for (const [family, header, want] of EXPORTS) {
    it(family, () => {
      const layout = detectCallLog(header);
      expect(layout).toMatchObject({ timestamp: want.timestamp, outcome: want.outcome, rep: want.rep, duration: want.duration, direction: want.direction, durationUnit: want.unit ?? 'seconds', width: header.length });
    });
  }

  it('a header without an outcome is no call log', () => expect(detectCallLog(['timestamp', 'rep', 'duration'])).toBeNull());

  it('finds a duration header with its unit after it, and reads the unit', () => {
    const unit = (h: string) => {
      const layout = detectCallLog(['timestamp', 'outcome', h]);
      return layout && layout.duration === 2 ? layout.durationUnit : 'not found';
    };
    expect(['Duration (ms)', 'duration_ms', 'Duration (s)', 'Call duration (sec)', 'Talk time (min)', 'Gesprächsdauer (Sekunden)', 'Duration (days)'].map(unit)).toEqual(
      ['milliseconds', 'milliseconds', 'seconds', 'seconds', 'minutes', 'seconds', 'not found'],
    );
  });
});
