import { describe, expect, it } from 'vitest';
import { matchCallLogHeader, matchWeeklyHeader, type HeaderMeaning } from '../../src/domain/header-match.js';
import { FIELD_ALIASES, type Field } from '../../src/domain/fields.js';

const targetOf = (m: HeaderMeaning<string>) => (m.kind === 'field' ? m.target : m.kind);

/** Concept spellings per field and language, written here by hand (not read from the vocabulary). */
const CONCEPTS: Partial<Record<Field, readonly string[]>> = {
  dials: ['Dials', 'Calls', 'Cold calls', 'Call attempts', 'Telefoons', 'Belpogingen', 'Anrufe', 'Wahlversuche', 'Appels', 'Appels passés', 'Llamadas', 'Llamadas realizadas', 'Chiamate', 'Telefonate'],
  reached: ['Reached', 'DMs reached', 'DM connects', 'Conversations', 'Convos', 'Connects', 'Decision-makers', 'Conversations with decision-makers', 'Beslissers', 'Gesprekken met beslissers', 'Entscheider erreicht', 'Gespräche', 'Décideurs joints', 'Conversations avec décideurs', 'Decisores', 'Conversaciones con decisores', 'Decisori raggiunti'],
  meetings: ['Meetings', 'Meetings booked', 'Appts set', 'Mtgs', 'Appointments scheduled', 'Demos booked', 'Afspraken', 'Afspraken gemaakt', 'Termine vereinbart', 'Rendez-vous pris', 'RDV', 'Citas concertadas', 'Reuniones agendadas', 'Appuntamenti fissati'],
  callbacks_short: ['Short-term callbacks', 'Callbacks (short term)', 'CBs short', 'Terugbellen korte termijn', 'Rückrufe kurzfristig', 'Rappels court terme', 'Rellamadas corto plazo', 'Richiami breve termine'],
  callbacks_long: ['Long-term callbacks', 'Callbacks long', 'Terugbellen lange termijn', 'Rückrufe langfristig', 'Rappels long terme', 'Rellamadas largo plazo'],
  callbacks: ['Callbacks', 'Call backs', 'Follow-ups', 'Terugbelverzoeken', 'Rückrufe', 'Rappels', 'Rellamadas', 'Richiami'],
  hours: ['Hours', 'Time spent', 'Calling hours', 'Uren', 'Beluren', 'Stunden', 'Heures', 'Horas', 'Ore'],
  rep: ['Rep', 'Rep Name', 'Sales rep', 'Team member', 'Assigned', 'Agent', 'Verkoper', 'Medewerker', 'Verkäufer', 'Mitarbeiter', 'Commercial', 'Vendeur', 'Vendedor', 'Venditore'],
  week: ['Week', 'Wk', 'KW', 'Kalenderwoche', 'Week commencing', 'W/C', 'Week ending', 'Woche ab', 'Semaine du', 'Fecha inicio semana', 'Semana', 'Settimana'],
};
const QUALIFIERS = ['{x}', 'Total {x}', 'SUM of {x}', '# of {x}', 'Number of {x}', 'Aantal {x}', 'Anzahl {x}', 'Nombre de {x}', 'Número de {x}', '{x} (#)', '{x} total'];
const CASES: ((s: string) => string)[] = [(s) => s, (s) => s.toUpperCase(), (s) => s.toLowerCase(), (s) => s.replace(/[\s-]+/g, '_'), (s) => ` ${s}. `];

describe('weekly headers by their words: concept × qualifier × case × punctuation × language', () => {
  for (const [field, spellings] of Object.entries(CONCEPTS) as [Field, string[]][]) {
    it(field, () => {
      const wrong: string[] = [];
      for (const spelling of spellings) {
        // Week and rep columns take no counting qualifier.
        const qualifiers = field === 'week' || field === 'rep' ? ['{x}'] : QUALIFIERS;
        for (const q of qualifiers) for (const c of CASES) {
          const header = c(q.replace('{x}', spelling));
          const got = targetOf(matchWeeklyHeader(header));
          if (got !== field) wrong.push(`${header} → ${got}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  it('every example spelling the errors list is recognised as its field', () => {
    const wrong = (Object.entries(FIELD_ALIASES) as [Field, readonly string[]][]).flatMap(([field, aliases]) =>
      aliases.filter((a) => targetOf(matchWeeklyHeader(a)) !== field).map((a) => `${a} → ${targetOf(matchWeeklyHeader(a))}`));
    expect(wrong).toEqual([]);
  });

  it('says which words decided, and the anchor of a week column', () => {
    expect(matchWeeklyHeader('SUM of DMs reached')).toMatchObject({ kind: 'field', target: 'reached', words: ['dms', 'reached'] });
    expect(matchWeeklyHeader('Week ending')).toMatchObject({ target: 'week', anchor: 'end' });
    expect(matchWeeklyHeader('W/C')).toMatchObject({ target: 'week', anchor: null });
    expect(matchWeeklyHeader('Week commencing')).toMatchObject({ target: 'week', anchor: 'start' });
    expect(matchWeeklyHeader('Semaine du')).toMatchObject({ target: 'week', anchor: 'start' });
  });
});

describe('qualifiers that change the meaning win', () => {
  const NOT_OURS = [
    'Emails sent', 'LinkedIn messages', 'Revenue', 'Opportunities', 'Notes', 'Comments', 'Company', 'Deal value', 'Omzet', 'Umsatz', 'Chiffre d\'affaires',
    'Ingresos', 'Fatturato', 'Kansen', 'Oportunidades', 'E-mails verstuurd', 'Courriels envoyés', 'Correos enviados', 'InMails', 'SQLs', 'Proposals sent',
  ];
  it.each([...NOT_OURS, 'Month', 'Quarter', 'Team', 'Manager', 'Region', 'Status', 'Source', 'Campaign', 'Comments'])('%s is none of our fields', (h) => expect(matchWeeklyHeader(h).kind).toBe('none'));

  const LOOK_ALIKES: [string, Field][] = [
    ['Gatekeeper conversations', 'reached'], ['Conversations with gatekeepers', 'reached'], ['Gesprekken receptie', 'reached'], ['Connect rate', 'reached'], ['Connect %', 'reached'],
    ['Meetings held', 'meetings'], ['No-shows', 'meetings'], ['Meetings cancelled', 'meetings'], ['Afspraken gehouden', 'meetings'], ['Termine stattgefunden', 'meetings'], ['Rendez-vous annulés', 'meetings'],
    ['Hours (min)', 'hours'], ['Uren (min)', 'hours'], ['Stunden (Minuten)', 'hours'], ['Talk time', 'hours'], ['Dials per hour', 'dials'], ['Avg calls', 'dials'],
    ['Inbound calls', 'dials'], ['Missed calls', 'dials'], ['Anrufe eingehend', 'dials'], ['Appels entrants', 'dials'], ['Llamadas perdidas', 'dials'], ['Meeting target', 'meetings'],
    ['Tasa de conversión de llamadas', 'dials'], ['Taux de rendez-vous', 'meetings'], ['Gemiddeld aantal gesprekken', 'reached'], ['Termin-Quote', 'meetings'],
  ];
  it.each(LOOK_ALIKES)('%s looks like %s but cannot be used', (h, looksLike) => expect(matchWeeklyHeader(h)).toMatchObject({ kind: 'unusable', looksLike }));

  it.each([['Meetings and callbacks', 'meetings', 'callbacks'], ['Meeting hours', 'hours', 'meetings'], ['Booked calls', 'meetings', 'dials']])('%s could be two fields', (h, a, b) => {
    expect(matchWeeklyHeader(h)).toMatchObject({ kind: 'ambiguous', targets: [a, b] });
  });
});

describe('call-log columns by the same words', () => {
  const ROLES: [string, string][] = [
    ['hs_timestamp', 'timestamp'], ['Dialed At', 'timestamp'], ['started_at', 'timestamp'], ['Date/Time', 'timestamp'], ['Fecha y hora', 'timestamp'], ['Datum/Uhrzeit', 'timestamp'], ['Zeitstempel', 'timestamp'],
    ['date_started', 'date'], ['Activity date', 'date'], ['Call Date', 'date'], ['Datum', 'date'], ['Fecha', 'date'], ['Data', 'date'],
    ['Call Start Time', 'time'], ['Time', 'time'], ['Uhrzeit', 'time'], ['Heure', 'time'], ['Hora', 'time'],
    ['Call outcome', 'outcome'], ['hs_call_disposition', 'outcome'], ['CallDisposition', 'outcome'], ['Anrufergebnis', 'outcome'], ['Gespreksresultaat', 'outcome'], ['Résultat de l\'appel', 'outcome'], ['Resultado', 'outcome'], ['Esito chiamata', 'outcome'], ['Sentiment', 'outcome'], ['tags', 'outcome'],
    ['Call direction', 'direction'], ['CallType', 'direction'], ['Richtung', 'direction'], ['Sens', 'direction'], ['Dirección', 'direction'],
    ['Call duration', 'duration'], ['CallDurationInSeconds', 'duration'], ['Talk time (min)', 'duration'], ['Gesprächsdauer', 'duration'], ['Gespreksduur', 'duration'], ['Durée', 'duration'], ['Duración', 'duration'],
    ['hubspot_owner_id', 'rep'], ['Activity assigned to', 'rep'], ['User', 'rep'], ['Agent name', 'rep'], ['Lead owner', 'rep'], ['Mitarbeiter', 'rep'], ['Utilisateur', 'rep'],
    ['Contact name', 'contact'], ['Phone number', 'contact'], ['To Number', 'contact'], ['Kontakt', 'contact'],
  ];
  it.each(ROLES)('%s is the %s', (h, role) => expect(targetOf(matchCallLogHeader(h))).toBe(role));

  it.each(['Recording URL', 'Call ID', 'Notes', 'Conversion rate', 'From', 'To', 'Caller ID', 'Queue', 'Wait time', 'Hold time', 'Wrap-up time', 'Ring duration', 'Wartezeit', 'Month', 'Cost', 'Campaign', 'Answered', 'Missed'])(
    '%s is none of its columns (never the moment, the duration or the rep)', (h) => expect(['none', 'unusable']).toContain(matchCallLogHeader(h).kind),
  );
  it.each(['ended_at', 'answered_at', 'End time', 'Last modified date'])('%s is a moment, but not when the call started', (h) => {
    expect(matchCallLogHeader(h)).toMatchObject({ kind: 'unusable', looksLike: 'timestamp' });
  });

  it('reads the duration unit from the header\'s words', () => {
    const unit = (h: string) => { const m = matchCallLogHeader(h); return m.kind === 'field' ? m.unit : m.kind; };
    expect(['Duration (ms)', 'duration_ms', 'Duration (s)', 'Talk time (min)', 'Dauer (Sekunden)', 'Duración (segundos)', 'Duration (hh:mm:ss)', 'hs_call_duration', 'Duration', 'Duration (days)'].map(unit)).toEqual(
      ['milliseconds', 'milliseconds', 'seconds', 'minutes', 'seconds', 'seconds', 'hh:mm:ss', null, null, 'unusable'],
    );
  });
});

describe('call-log columns, generated: role word × language × prefix × case and punctuation', () => {
  /** Role words per language, written here by hand. */
  const WORDS: Record<string, readonly string[]> = {
    outcome: ['Outcome', 'Disposition', 'Result', 'Resultaat', 'Uitkomst', 'Ergebnis', 'Résultat', 'Resultado', 'Esito'],
    duration: ['Duration', 'Talk time', 'Duur', 'Dauer', 'Durée', 'Duración', 'Durata'],
    direction: ['Direction', 'Richting', 'Richtung', 'Sens', 'Dirección', 'Direzione'],
    rep: ['Owner', 'Agent', 'User', 'Verkoper', 'Mitarbeiter', 'Utilisateur', 'Vendedor', 'Utente'],
    date: ['Date', 'Datum', 'Fecha', 'Data'],
  };
  const PREFIXES = ['{x}', 'Call {x}', 'call_{x}', 'hs_call_{x}', '{x} of call'];
  const CASES: ((s: string) => string)[] = [(s) => s, (s) => s.toUpperCase(), (s) => s.toLowerCase(), (s) => s.replace(/[\s_]+(\p{L})/gu, (_, c: string) => c.toUpperCase()), (s) => `"${s}"`];
  for (const [role, spellings] of Object.entries(WORDS)) {
    it(role, () => {
      const wrong: string[] = [];
      for (const w of spellings) for (const p of PREFIXES) for (const c of CASES) {
        const header = c(p.replace('{x}', w));
        const got = targetOf(matchCallLogHeader(header));
        if (got !== role) wrong.push(`${header} → ${got}`);
      }
      expect(wrong).toEqual([]);
    });
  }
});

describe('German compounds name a call log\'s moment by their head', () => {
  it.each(['Anrufzeitpunkt', 'Gesprächszeitpunkt', 'Anrufzeitstempel', 'Zeitpunkt'])('%s is the timestamp', (header) => {
    expect(matchCallLogHeader(header)).toMatchObject({ kind: 'field', target: 'timestamp' });
  });
});
