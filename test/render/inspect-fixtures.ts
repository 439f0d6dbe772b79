import type { FileUnderstanding } from '../../src/io/understanding.js';

/** Hand-built understandings, as the readers fill them in: one weekly table, one call log. */
export function weeklyUnderstanding(over: Partial<FileUnderstanding> = {}): FileUnderstanding {
  return {
    file: 'team.csv', encoding: 'UTF-8 with BOM', delimiter: ';', decimal: ',', thousands: '.',
    layout: 'weekly', layout_reason: 'has week, dials, reached and meetings columns', header_line: 3,
    columns: [
      { column: 1, header: 'KW', field: 'week', decided_by: 'words', why: 'kw' },
      { column: 2, header: 'Anzahl Anrufe', field: 'dials', decided_by: 'words', why: 'anrufe' },
      { column: 3, header: 'Gesprekken', field: 'reached', decided_by: 'config', why: '' },
      { column: 4, header: 'Termine vereinbart', field: 'meetings', decided_by: 'words', why: 'termine, vereinbart' },
      { column: 5, header: 'Notizen', field: null, decided_by: 'ignored', why: 'not one of our fields' },
    ],
    weeks: { rule: 'week numbers (KW 5 2026)', examples: [{ label: 'KW 1 2026', week: '2026-W01' }, { label: 'KW 2 2026', week: '2026-W02' }], first: '2026-W01', last: '2026-W08', count: 8 },
    calllog: null,
    unused: [{ header: 'Stunden (min)', looks_like: 'hours', why: 'hours are read in hours, not "min"' }],
    ...over,
  };
}

export function callLogUnderstanding(over: Partial<FileUnderstanding> = {}): FileUnderstanding {
  return {
    file: 'calls.csv', encoding: 'UTF-8', delimiter: ',', decimal: '.', thousands: null,
    layout: 'calllog', layout_reason: 'timestamp and outcome columns', header_line: 1,
    columns: [
      { column: 1, header: 'Activity date', field: 'timestamp', decided_by: 'words', why: 'activity, date' },
      { column: 2, header: 'Call outcome', field: 'outcome', decided_by: 'words', why: 'call, outcome' },
      { column: 3, header: 'Direction', field: 'direction', decided_by: 'words', why: 'direction' },
      { column: 4, header: 'Duration (ms)', field: 'duration', decided_by: 'words', why: 'duration, ms' },
      { column: 5, header: 'Owner', field: 'rep', decided_by: 'words', why: 'owner' },
    ],
    weeks: { rule: 'timestamps → ISO weeks', examples: [{ label: '2026-01-05 09:30', week: '2026-W02' }], first: '2026-W02', last: '2026-W03', count: 2 },
    calllog: {
      timestamp_format: 'yyyy-mm-dd hh:mm', tz: 'Europe/Brussels',
      directions: [{ value: 'OUTBOUND', direction: 'outbound', count: 1200 }, { value: 'INBOUND', direction: 'inbound', count: 34 }],
      duration_unit: 'milliseconds',
      outcomes: [
        { label: 'Connected', stage: 'reached', count: 412, decided_by: 'words', suggested: null },
        { label: 'No answer', stage: 'dial', count: 700, decided_by: 'words', suggested: null },
        { label: 'Meeting Booked', stage: 'meeting', count: 40, decided_by: 'words', suggested: null },
        { label: 'Demo gepland', stage: null, count: 12, decided_by: 'unknown', suggested: 'meeting' },
        { label: 'Xyz', stage: null, count: 2, decided_by: 'unknown', suggested: null },
      ],
      calls: 1166,
    },
    unused: [],
    ...over,
  };
}
