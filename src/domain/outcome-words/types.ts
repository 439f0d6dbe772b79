/**
 * The word classes a call outcome (disposition) label is read by. Each language file lists the phrases of
 * each class as people write them; a phrase is matched word by word (see `words`), so "Meeting booked",
 * "meeting_booked" and "MeetingBooked" are one phrase. Plural `-s`/`-es`/`-en`/`-e` endings match too.
 */
export type OutcomeConcept =
  /** A sales meeting noun: meeting, demo, afspraak, Termin, rendez-vous, cita, appuntamento. */
  | 'meeting'
  /** Said of a meeting (or a callback): booked, scheduled, gepland, vereinbart, pris, agendada, fissato. */
  | 'booked'
  /** Booked on its own ("Booked", "Scheduled") is a meeting; the weak ones ("set", "made") only with a noun. */
  | 'booked_alone'
  /** A meeting called off or moved: not a new booking, but the decision-maker was reached. */
  | 'cancelled'
  /** A meeting the prospect did not turn up to: no booking and no conversation. */
  | 'no_show'
  /** The decision-maker asked to be called again: call back, terugbellen, Rückruf, rappeler, richiamare. */
  | 'callback'
  /** Follow up, relance, seguimiento: a callback, but "follow-up meeting" stays a meeting. */
  | 'follow_up'
  | 'short'
  | 'long'
  /** A conversation happened (with someone): connected, spoke, erreicht, joint, contestado. */
  | 'talk'
  /** A call status that only says the call was picked up (answered, completed): a conversation, but never
   * over a real disposition in a second outcome column. */
  | 'answered'
  /** The decision-maker: DM, decision maker, beslisser, Entscheider, décideur, decisor, decisore. */
  | 'decision_maker'
  /** What only a decision-maker in a conversation says: (not) interested, no budget, qualified, bad fit. */
  | 'verdict'
  /** Someone who is not the decision-maker: gatekeeper, secretary, reception, Zentrale, standard. */
  | 'gatekeeper'
  /** The decision-maker was not there: not available, out of office, afwezig, nicht da, absent. */
  | 'absent'
  /** No conversation: voicemail, no answer, busy, wrong number, failed, geen gehoor, besetzt, répondeur. */
  | 'dial'
  /** A call-status word that says the call ended, not how (done, ended): decides nothing on its own. */
  | 'status'
  | 'negation'
  /** Words that only join others ("Rückruf|bitte", "terugbel|verzoek", "Kunden|termin"). */
  | 'filler'
  /** Words that suggest a stage for an unknown label without deciding it. */
  | 'hint_reached'
  | 'hint_dial'
  | 'hint_meeting';

export type OutcomeVocabulary = Partial<Record<OutcomeConcept, readonly string[]>>;

/** Words for the direction of a call. "Missed" is an inbound call nobody answered. */
export interface DirectionVocabulary {
  outbound: readonly string[];
  inbound: readonly string[];
}

export interface Language {
  outcomes: OutcomeVocabulary;
  directions: DirectionVocabulary;
}
