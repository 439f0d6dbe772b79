/**
 * Call outcomes (dispositions) as CRMs and dialers export them, and the funnel stage each one proves.
 * The labels below are known exactly (compared after `normaliseOutcome`: case, accents, spaces and
 * punctuation ignored, so "No answer", "NO_ANSWER" and "no-answer" are one entry) and win; every other
 * label is read by its words (./outcome-classify.ts, vocabulary in ./outcome-words/). Sources:
 * shared/domain.md, CRM section.
 */
import { normaliseHeader } from './fields.js';
import { readOutcome, type OutcomeReading } from './outcome-classify.js';
import { STAGES, isStage, type Stage } from './stages.js';

export { STAGES, isStage, type Stage };
export type { OutcomeReading };

export const OUTCOME_LABELS = {
  dial: [
    // Generic / Ringover / Aircall / Salesforce free text
    'no answer', 'no_answer', 'not answered', 'unanswered', 'missed', 'not reached', 'voicemail', 'left voicemail',
    'voicemail left', 'left message', 'left live message', 'answering machine', 'machine', 'busy', 'wrong number',
    'wrong person', 'bad number', 'invalid number', 'gatekeeper', 'got the gatekeeper', 'reception', 'failed',
    'canceled', 'cancelled', 'blocked', 'error', 'abandoned', 'no connect', 'not connected', 'dial', 'attempt',
    // Salesforce/Outreach free-text shorthands for voicemail
    'left vm', 'vm', 'voice mail', 'left voice mail', 'no answer left vm',
    // Close dispositions
    'vm-answer', 'vm-left',
    // HubSpot internal disposition ids (API exports): Busy, Left live message, Left voicemail, No answer, Wrong number
    '9d9162e7-6cf3-4944-bf63-4dff82258764', 'a4c4c377-d246-4b32-a13b-75a56a4cd0ff', 'b2cf5968-551e-4856-9783-52b3da59a7d0',
    '73a0d17f-1163-4015-bdd5-ec830791da20', '17b47fee-58de-441e-a44c-c6300d46f273',
    // Dutch
    'geen gehoor', 'niet opgenomen', 'niet bereikt', 'ingesproken', 'voicemail ingesproken', 'bezet', 'in gesprek',
    'verkeerd nummer', 'onjuist nummer', 'secretaresse', 'receptie', 'poortwachter',
    // German
    'nicht erreicht', 'keine antwort', 'nicht abgenommen', 'nicht angenommen', 'mailbox', 'anrufbeantworter',
    'auf mailbox gesprochen', 'besetzt', 'falsche nummer', 'sekretariat', 'vorzimmer', 'zentrale',
  ],
  reached: [
    'connected', 'connect', 'answered', 'conversation', 'spoke', 'spoke to decision maker', 'decision maker reached',
    'connected dm', 'dm connected', 'connected to dm', 'spoke to dm', 'dm reached',
    'reached', 'contact', 'contacted', 'talked', 'completed call', 'not interested', 'no interest', 'refusal',
    'refused', 'qualified', 'not ready', 'bad fit', 'disqualified', 'interested', 'do not call', 'commitment',
    // HubSpot "Connected"
    'f240bbac-87c9-4f6e-bf70-924b57d47db7',
    // Dutch
    'gesproken', 'beslisser gesproken', 'bereikt', 'contact gehad', 'geen interesse', 'interesse', 'niet geinteresseerd',
    // German
    'erreicht', 'gesprochen', 'entscheider erreicht', 'verbunden', 'kein interesse', 'interessiert', 'absage',
  ],
  meeting: [
    'meeting', 'meeting booked', 'meeting scheduled', 'meeting set', 'demo booked', 'demo scheduled', 'appointment',
    'appointment set', 'appointment booked', 'booked', 'sat',
    // Dutch
    'afspraak', 'afspraak gemaakt', 'afspraak ingepland', 'afspraak gepland',
    // German
    'termin', 'termin vereinbart', 'termin gebucht', 'termin gelegt',
  ],
  callback: [
    'callback', 'call back', 'callback requested', 'call back later', 'reschedule', 'rescheduled', 'follow up',
    'follow-up', 'terugbellen', 'terugbelverzoek', 'later terugbellen', 'ruckruf', 'ruckruf vereinbart', 'wiedervorlage',
  ],
  callback_short: [
    'callback short', 'callback short term', 'short callback', 'call back soon', 'terugbellen korte termijn',
    'terugbellen kort', 'ruckruf kurzfristig',
  ],
  callback_long: [
    'callback long', 'callback long term', 'long callback', 'call back next quarter', 'terugbellen lange termijn',
    'terugbellen lang', 'ruckruf langfristig',
  ],
} as const satisfies Record<Stage, readonly string[]>;

/** Outcome labels are compared like headers: case, accents, spaces and punctuation ignored. */
export const normaliseOutcome: (label: string) => string = normaliseHeader;

/** Built on first use: a weekly table never reads an outcome label. */
let builtIn: ReadonlyMap<string, Stage> | undefined;
const builtInLabels = (): ReadonlyMap<string, Stage> =>
  (builtIn ??= new Map(STAGES.flatMap((stage) => OUTCOME_LABELS[stage].map((label) => [normaliseOutcome(label), stage] as const))));

/** How the built-in vocabulary reads a label: an exact label first, else its words. */
export function readOutcomeLabel(label: string): OutcomeReading {
  const byWords = readOutcome(label);
  const exact = builtInLabels().get(normaliseOutcome(label));
  return exact === undefined ? byWords : { ...byWords, stage: exact, suggested: null };
}

/** The built-in stage of an outcome label, or undefined when its words do not say. */
export function builtInStage(label: string): Stage | undefined {
  return readOutcomeLabel(label).stage ?? undefined;
}

/**
 * The stage an `--outcome "Label=target"` override names: a stage (`reached`, `meeting`, …), `no_answer`/`dial`
 * for a plain dial, or any built-in outcome label (`--outcome "Left message=voicemail"`).
 */
export function overrideTarget(target: string): Stage | undefined {
  const t = target.trim();
  if (isStage(t)) return t;
  return builtInStage(t);
}
