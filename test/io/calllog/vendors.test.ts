import { describe, expect, it } from 'vitest';
import { read } from '../io-helpers.js';

/**
 * One fixture per product, each laid out and labelled as that product exports calls, all holding the same
 * six calls (one of them inbound) — so every one must give the same weeks, counted here by hand:
 * week 3 of 2026 (12–18 January): Anna 2 dials (no answer; connected 120 s), Bram 1 dial (meeting, 300 s);
 * week 4 (19–25 January): Anna 1 dial (voicemail, 30 s), Bram 1 dial (callback, 90 s). The inbound call is no dial.
 */
const EXPECTED = [
  { week: '2026-W03', rep: 'Anna', dials: 2, reached: 1, meetings: 0, callbacks: 0, talk: 120 },
  { week: '2026-W03', rep: 'Bram', dials: 1, reached: 1, meetings: 1, callbacks: 0, talk: 300 },
  { week: '2026-W04', rep: 'Anna', dials: 1, reached: 0, meetings: 0, callbacks: 0, talk: 30 },
  { week: '2026-W04', rep: 'Bram', dials: 1, reached: 1, meetings: 0, callbacks: 1, talk: 90 },
];

/** Product → which header each role was read from. */
const PRODUCTS: [string, Record<string, string>][] = [
  ['hubspot-api', { timestamp: 'hs_timestamp', rep: 'hubspot_owner_id', outcome: 'hs_call_disposition', outcome2: 'hs_call_status', direction: 'hs_call_direction', duration: 'hs_call_duration' }],
  ['salesforce-report', { timestamp: 'Date', rep: 'Assigned', outcome: 'Call Result', direction: 'Call Type', duration: 'Call Duration' }],
  ['apollo', { timestamp: 'Call Date', rep: 'User', outcome: 'Disposition', direction: 'Direction', duration: 'Duration (sec)', contact: 'Contact Name' }],
  ['kixie', { timestamp: 'Date', time: 'Time', rep: 'Agent', outcome: 'Disposition', direction: 'Call Type', duration: 'Duration', contact: 'To Number' }],
  ['justcall', { timestamp: 'Call Date', time: 'Call Time', rep: 'Agent Name', outcome: 'Disposition', direction: 'Call Type', duration: 'Call Duration (hh:mm:ss)', contact: 'Contact Number' }],
  ['dialpad', { timestamp: 'date_started', rep: 'name', outcome: 'categories', direction: 'direction', duration: 'talk_duration' }],
  ['zoho', { timestamp: 'Call Start Time', rep: 'Call Owner', outcome: 'Call Result', direction: 'Call Type', duration: 'Call Duration', contact: 'Contact Name' }],
  ['dynamics365', { timestamp: 'Actual Start', rep: 'Owner', outcome: 'Status Reason', direction: 'Direction', duration: 'Duration', contact: 'Phone Number' }],
  ['teamleader', { timestamp: 'Datum', time: 'Tijdstip', rep: 'Gebruiker', outcome: 'Resultaat', direction: 'Richting', duration: 'Duur', contact: 'Contact' }],
  ['salesloft', { timestamp: 'Date', rep: 'User', outcome: 'Disposition', outcome2: 'Sentiment', duration: 'Duration', contact: 'Person' }],
  ['aircall', { timestamp: 'started_at', rep: 'user', outcome: 'tags', outcome2: 'status', direction: 'direction', duration: 'duration' }],
  ['outreach', { timestamp: 'Dialed At', rep: 'User', outcome: 'Disposition', outcome2: 'Outcome', direction: 'Direction', duration: 'Duration (seconds)', contact: 'Prospect' }],
  ['ringover', { timestamp: 'Date', time: 'Heure', rep: 'Utilisateur', outcome: 'Tags', outcome2: 'Statut', direction: 'Sens', duration: 'Durée', contact: 'Contact' }],
  ['freshsales', { timestamp: 'Created at', rep: 'Owner', outcome: 'Outcome', direction: 'Call direction', duration: 'Call duration', contact: 'Contact' }],
  ['close', { timestamp: 'date_created', rep: 'user_name', outcome: 'disposition', direction: 'direction', duration: 'duration', contact: 'contact_name' }],
  ['german-crm', { timestamp: 'Datum', time: 'Uhrzeit', rep: 'Mitarbeiter', outcome: 'Ergebnis', direction: 'Richtung', duration: 'Gesprächsdauer (Sek.)', contact: 'Firma' }],
];

describe('call logs as each product exports them, read with no flag', () => {
  for (const [product, roles] of PRODUCTS) {
    it(product, async () => {
      const file = `fixtures/calllogs/${product}.csv`;
      const t = await read([file], { tz: 'UTC' } as never);
      expect(t.rows.map((r) => ({ week: r.week, rep: r.rep, dials: r.counts.dials, reached: r.counts.reached, meetings: r.counts.meetings, callbacks: r.counts.callbacks, talk: r.counts.talk_seconds }))).toEqual(EXPECTED);
      const input = t.inputs[0]!;
      const byRole = Object.fromEntries(input.columns.filter((c) => c.field !== null).map((c) => [c.field, c.header]));
      expect(byRole).toMatchObject(roles);
      expect(input.calllog?.calls).toBe(roles.direction ? 6 : 5);
      // A log without a direction column says once that every call is counted as outbound.
      const noDirection = t.warnings.filter((w) => w.includes('no direction column'));
      expect(noDirection).toHaveLength(roles.direction ? 0 : 1);
    });
  }

  it('the duration unit comes from the header, else from the product that documents it', async () => {
    const unit = async (product: string) => (await read([`fixtures/calllogs/${product}.csv`], { tz: 'UTC' } as never)).inputs[0]!.calllog?.duration_unit;
    expect(await unit('hubspot-api')).toBe('milliseconds'); // HubSpot documents hs_call_duration in ms
    expect(await unit('dynamics365')).toBe('minutes'); // Dynamics 365 documents Duration in minutes
    expect(await unit('justcall')).toBe('hh:mm:ss');
    expect(await unit('apollo')).toBe('seconds');
  });
});
