// The call-log shapes real exports come in, generated from the same synthetic calls as generate.mjs
// (seed 42): the same reps, outcomes and durations, written the way each tool writes them. Each shape also
// says how DuckDB reads it (column types, delimiter, timestamp format), so both tools count the same calls.
//   node bench/shapes.mjs --shape hubspot --rows 1000000   → bench/data/calls-hubspot-1m.csv
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { OUTCOMES, REPS, START, WEEKS, rng } from './generate.mjs';

const pad = (n, w = 2) => String(n).padStart(w, '0');
const HUBSPOT_LABELS = { no_answer: 'No answer', voicemail: 'Left voicemail', connected: 'Connected', meeting_booked: 'Meeting booked', callback: 'Callback requested' };
const NOTES = ['', 'left a message', 'asked for pricing, "call back" next week', 'gatekeeper: send an email first', 'decision maker on holiday, try again in June', 'wrong number; removed'];
const WIDE_EXTRA = ['contact_id', 'contact_name', 'company', 'phone', 'email', 'campaign', 'list', 'queue', 'line_number', 'country', 'city', 'disposition_code', 'recording_url', 'tags', 'source', 'created_via', 'updated_at', 'status', 'priority'];
const q = (s) => `"${String(s).replaceAll('"', '""')}"`;
const iso = (d) => d.toISOString();
const wall = (d) => `${iso(d).slice(0, 10)} ${iso(d).slice(11, 19)}`;

/** Per shape: header, one line per call, encoding, and DuckDB's read_csv options and outcome labels. */
export const SHAPES = {
  plain: {
    header: 'timestamp,rep,outcome,duration_seconds',
    line: (c) => `${iso(c.at).slice(0, 19)}Z,${c.rep},${c.outcome},${c.duration}`,
    duck: { columns: { ts: 'TIMESTAMP', rep: 'VARCHAR', outcome: 'VARCHAR', duration: 'BIGINT' } },
  },
  quoted: {
    header: '"timestamp","rep","outcome","duration_seconds"',
    line: (c) => [`${iso(c.at).slice(0, 19)}Z`, c.rep, c.outcome, c.duration].map(q).join(','),
    duck: { columns: { ts: 'TIMESTAMP', rep: 'VARCHAR', outcome: 'VARCHAR', duration: 'BIGINT' } },
  },
  hubspot: {
    header: ['Activity date', 'Activity assigned to', 'Call outcome', 'Call direction', 'Call duration'].map(q).join(','),
    line: (c) => [wall(c.at).slice(0, 16), c.rep, HUBSPOT_LABELS[c.outcome], c.inbound ? 'INBOUND' : 'OUTBOUND', `${pad(Math.floor(c.duration / 3600))}:${pad(Math.floor(c.duration / 60) % 60)}:${pad(c.duration % 60)}`].map(q).join(','),
    labels: HUBSPOT_LABELS,
    duck: { columns: { ts: 'TIMESTAMP', rep: 'VARCHAR', outcome: 'VARCHAR', direction: 'VARCHAR', duration: 'INTERVAL' }, timestampformat: '%Y-%m-%d %H:%M', where: "direction <> 'INBOUND'" },
  },
  semicolon: {
    header: 'Datum;Verkoper;Resultaat;Duur',
    line: (c) => `${pad(c.at.getUTCDate())}-${pad(c.at.getUTCMonth() + 1)}-${c.at.getUTCFullYear()} ${iso(c.at).slice(11, 19)};${c.rep};${c.outcome};${c.duration}`,
    duck: { columns: { ts: 'TIMESTAMP', rep: 'VARCHAR', outcome: 'VARCHAR', duration: 'BIGINT' }, delim: ';', timestampformat: '%d-%m-%Y %H:%M:%S' },
  },
  dotted: {
    header: 'Zeitpunkt;Mitarbeiter;Ergebnis;Dauer',
    line: (c) => `${pad(c.at.getUTCDate())}.${pad(c.at.getUTCMonth() + 1)}.${c.at.getUTCFullYear()} ${iso(c.at).slice(11, 16)};${c.rep};${c.outcome};${c.duration}`,
    duck: { columns: { ts: 'TIMESTAMP', rep: 'VARCHAR', outcome: 'VARCHAR', duration: 'BIGINT' }, delim: ';', timestampformat: '%d.%m.%Y %H:%M' },
  },
  us: {
    header: 'Date,Assigned To,Call Result,Call Duration',
    line: (c) => {
      const h = c.at.getUTCHours();
      return `${c.at.getUTCMonth() + 1}/${c.at.getUTCDate()}/${c.at.getUTCFullYear()} ${(h % 12) || 12}:${pad(c.at.getUTCMinutes())} ${h < 12 ? 'AM' : 'PM'},${c.rep},${c.outcome},${c.duration}`;
    },
    duck: { columns: { ts: 'TIMESTAMP', rep: 'VARCHAR', outcome: 'VARCHAR', duration: 'BIGINT' }, timestampformat: '%m/%d/%Y %I:%M %p' },
  },
  utf16: {
    header: 'timestamp\trep\toutcome\tduration_seconds',
    line: (c) => `${wall(c.at)}\t${c.rep}\t${c.outcome}\t${c.duration}`,
    eol: '\r\n',
    encoding: 'utf16le',
    duck: { columns: { ts: 'TIMESTAMP', rep: 'VARCHAR', outcome: 'VARCHAR', duration: 'BIGINT' }, delim: '\t', encoding: 'utf-16', timestampformat: '%Y-%m-%d %H:%M:%S' },
  },
  wide: {
    header: ['call_id', 'timestamp', 'rep', 'outcome', 'duration_seconds', ...WIDE_EXTRA, 'notes'].join(','),
    line: (c) => [c.i, `${iso(c.at).slice(0, 19)}Z`, c.rep, c.outcome, c.duration, 100000 + c.i % 9973, `Contact ${c.i % 977}`, q(`Company ${c.i % 311}, Inc.`), `+31 20 ${pad(c.i % 10000, 4)}`, `c${c.i % 977}@example.com`,
      'Q3 outbound', 'list-7', 'sales', '+31201234567', 'NL', 'Amsterdam', `D${c.i % 17}`, `https://rec.example.com/${c.i}`, 'prospect', 'dialer', 'system', `${iso(c.at).slice(0, 19)}Z`, 'done', 'normal', q(NOTES[c.i % NOTES.length])].join(','),
    duck: { columns: { call_id: 'BIGINT', ts: 'TIMESTAMP', rep: 'VARCHAR', outcome: 'VARCHAR', duration: 'BIGINT', ...Object.fromEntries([...WIDE_EXTRA, 'notes'].map((c) => [c, 'VARCHAR'])) } },
    // funnel reads `disposition_code` and `tags` as second outcome columns (D0–D16 and "prospect" are no
    // outcomes it knows, so it asks); the user of such a file says they are not, as DuckDB's query does.
    funnelArgs: ['--map', 'disposition_code=ignore', '--map', 'tags=ignore'],
  },
};

/** Not a call log: a weekly table (weekly.mjs), summed per rep and week by DuckDB for the weekly bench. */
export const WEEKLY_QUERY = {
  duck: { columns: { week: 'VARCHAR', rep: 'VARCHAR', dials: 'BIGINT', reached: 'BIGINT', meetings: 'BIGINT', callbacks: 'BIGINT' } },
  sums: 'sum(callbacks) AS callbacks',
};

/** The full layout (weekly.mjs --full): all seven measures, ";" and decimal commas. */
export const WEEKLY_FULL_QUERY = {
  duck: {
    columns: { week: 'VARCHAR', rep: 'VARCHAR', dials: 'BIGINT', reached: 'BIGINT', callbacks_short: 'BIGINT', callbacks_long: 'BIGINT', meetings: 'BIGINT', hours: 'DOUBLE' },
    delim: ';', decimal_separator: ',',
  },
  sums: 'sum(callbacks_short) AS callbacks_short, sum(callbacks_long) AS callbacks_long, sum(callbacks_short + callbacks_long) AS callbacks, sum(hours) AS hours',
};

export function shapePath(shape, rows) {
  const label = rows % 1_000_000 === 0 ? `${rows / 1_000_000}m` : String(rows);
  return new URL(`./data/calls-${shape}-${label}.${shape === 'utf16' ? 'txt' : 'csv'}`, import.meta.url).pathname;
}

/** The calls of generate.mjs (same seed, same order), plus an inbound flag for the shapes with a direction. */
export function* calls(rows, seed = 42) {
  const random = rng(seed);
  const repNames = Array.from({ length: REPS }, (_, i) => `rep_${String(i + 1).padStart(3, '0')}`);
  const span = WEEKS * 7 * 86_400_000;
  for (let i = 0; i < rows; i++) {
    const t = START + Math.floor(((i + random()) / rows) * span);
    const r = random();
    let acc = 0;
    let o = OUTCOMES[OUTCOMES.length - 1];
    for (const candidate of OUTCOMES) {
      acc += candidate[1];
      if (r < acc) { o = candidate; break; }
    }
    const duration = o[2] + Math.floor(random() * (o[3] - o[2] + 1));
    const rep = repNames[Math.floor(random() * REPS)];
    yield { i, at: new Date(t), rep, outcome: o[0], duration, inbound: i % 20 === 7 };
  }
}

export function generateShape(shape, rows, out = shapePath(shape, rows)) {
  const spec = SHAPES[shape];
  const eol = spec.eol ?? '\n';
  mkdirSync(dirname(out), { recursive: true });
  const fd = openSync(out, 'w');
  const write = (text) => writeSync(fd, spec.encoding === 'utf16le' ? Buffer.from(text, 'utf16le') : text);
  let chunk = (spec.encoding === 'utf16le' ? '\uFEFF' : '') + spec.header + eol;
  for (const c of calls(rows)) {
    chunk += spec.line(c) + eol;
    if (chunk.length > 1 << 20) { write(chunk); chunk = ''; }
  }
  write(chunk);
  closeSync(fd);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { shape: { type: 'string', default: 'hubspot' }, rows: { type: 'string', default: '1000000' } } });
  console.log(generateShape(values.shape, Number(values.rows)));
}
