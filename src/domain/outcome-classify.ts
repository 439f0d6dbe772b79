/**
 * Reads a call outcome label by its words, in English, Dutch, German, French, Spanish and Italian, with
 * one precedence: a meeting booked > a callback > a conversation with the decision-maker (including "not
 * interested", "no budget") > no conversation (gatekeeper, voicemail, no answer, busy, wrong number).
 *
 * - Negation counts: "no meeting", "kein Termin", "pas de rdv", "geen afspraak", "sin cita" are no meeting;
 *   "no answer", "nicht erreicht", "ne répond pas" are no conversation. A negation covers the next word of
 *   meaning within three words of its part of the label ("Spoke to DM - no meeting": the part after " - "),
 *   or the word before it when it ends the part ("Meeting booked: no").
 * - A meeting or callback that did not happen ("no meeting", "Termin nicht vereinbart") tells of a
 *   conversation that ended without one: reached, unless the label also says nobody answered.
 * - A meeting cancelled, moved or rescheduled is no new booking: reached (someone called it off). A no-show
 *   is no booking and no conversation: a dial.
 * - A meeting noun right next to a callback word is the callback's appointment ("Rückruftermin",
 *   "terugbelafspraak", "callback appointment"): a callback.
 * - A generic conversation word (connected, spoke) next to a gatekeeper, voicemail or wrong-number word
 *   was not with the decision-maker: a dial. A decision-maker word with a conversation word wins over them.
 * Pure: the vocabulary lives in ./outcome-words/.
 */
import { LANGUAGES, type OutcomeConcept } from './outcome-words/index.js';
import { PhraseLexicon, type Match } from './phrase-lexicon.js';
import type { Stage } from './stages.js';

export interface OutcomeReading {
  /** The stage the label proves, or null when its words do not say. */
  stage: Stage | null;
  /** For a label without a stage: the stage its words (or a near-miss spelling) suggest, if any. */
  suggested: Stage | null;
  /** Only a call-status word (answered, completed): never overrides a real disposition in another column. */
  statusOnly: boolean;
}

let lexicon: PhraseLexicon<OutcomeConcept> | undefined;

/** Built on first use: reading a weekly table never pays for the vocabulary. */
function outcomeLexicon(): PhraseLexicon<OutcomeConcept> {
  lexicon ??= new PhraseLexicon(
    Object.values(LANGUAGES).flatMap((lang) =>
      (Object.entries(lang.outcomes) as [OutcomeConcept, readonly string[]][]).flatMap(([concept, phrases]) => phrases.map((p) => [concept, p] as const)),
    ),
    'filler',
  );
  return lexicon;
}

// Parts of a label: " - ", "/", "|", ",", ";", ":", brackets. A hyphen inside a word joins ("call-back", "no-show").
// \u2013 and \u2014 are the en and em dash (escaped: the bundle stays ASCII, see test/e2e/bundles.e2e.test.ts).
const PARTS = /\s+[-\u2013\u2014]+\s*|\s*[-\u2013\u2014]+\s+|[/|,;:()[\]+&]+/;
const NEGATION_REACH = 3;

interface Item extends Match<OutcomeConcept> {
  part: number;
  negated: boolean;
}

/** The items of meaning of a label, part by part, with negations applied. */
function itemsOf(label: string, lex: PhraseLexicon<OutcomeConcept>): Item[] {
  const items: Item[] = [];
  label.split(PARTS).forEach((text, part) => {
    const ws = lex.split(text);
    const found: Item[] = lex.matches(ws).map((m) => ({ ...m, part, negated: false }));
    const content = found.filter((m) => m.concept !== 'negation' && m.concept !== 'filler');
    for (const neg of found.filter((m) => m.concept === 'negation')) {
      const next = content.find((m) => m.at > neg.at && m.at - (neg.at + neg.length) < NEGATION_REACH);
      const before = [...content].reverse().find((m) => m.at < neg.at);
      if (next) next.negated = true;
      else if (before) before.negated = true;
      else if (content.length === 0) {
        // A part that is only a negation ("Meeting booked: no") negates the last word of meaning before it.
        const previous = [...items].reverse().find((m) => m.concept !== 'negation' && m.concept !== 'filler');
        if (previous) previous.negated = true;
      }
    }
    for (const item of found) items.push(item);
  });
  return items;
}

const CALLBACKS: ReadonlySet<OutcomeConcept> = new Set(['callback', 'follow_up']);
const NOBODY: ReadonlySet<OutcomeConcept> = new Set(['dial', 'gatekeeper', 'absent']);

/** The stage the items prove, by the precedence above; null when they prove none. */
function stageOf(items: readonly Item[]): Stage | null {
  const has = (c: OutcomeConcept, negated?: boolean) => items.some((m) => m.concept === c && (negated === undefined || m.negated === negated));
  const inPart = (part: number, concepts: readonly OutcomeConcept[], negated?: boolean) =>
    items.some((m) => m.part === part && concepts.includes(m.concept) && (negated === undefined || m.negated === negated));
  let meeting = false;
  let notHappened = false; // a meeting or callback that did not happen, or was called off
  let noShow = has('no_show');
  const nouns = items.filter((m) => m.concept === 'meeting');
  for (const noun of nouns) {
    const forCallback = items.some((m) => m.concept === 'callback' && m.part === noun.part && (m.at + m.length === noun.at || noun.at + noun.length === m.at));
    if (noun.negated || inPart(noun.part, ['booked', 'booked_alone'], true)) notHappened = true;
    else if (inPart(noun.part, ['cancelled'])) notHappened = true;
    else if (inPart(noun.part, ['no_show'])) noShow = true;
    else if (!forCallback) meeting = true;
  }
  if (nouns.length === 0 && !items.some((m) => CALLBACKS.has(m.concept))) {
    if (has('booked_alone', false)) meeting = true;
    else if (has('booked_alone', true) || has('booked', true)) notHappened = true;
  }
  if (meeting) return 'meeting';
  const callbacks = items.filter((m) => CALLBACKS.has(m.concept));
  if (callbacks.some((m) => !m.negated)) {
    const short = has('short', false);
    const long = has('long', false);
    return short === long ? 'callback' : short ? 'callback_short' : 'callback_long';
  }
  if (callbacks.length > 0) notHappened = true;
  const nobody = items.some((m) => NOBODY.has(m.concept));
  const talkDenied = items.some((m) => (m.concept === 'talk' || m.concept === 'answered' || m.concept === 'decision_maker') && m.negated);
  const talk = items.some((m) => (m.concept === 'talk' || m.concept === 'answered') && !m.negated);
  const dm = has('decision_maker', false);
  if (has('verdict')) return 'reached';
  if (dm && (talk || (!nobody && !talkDenied))) return 'reached';
  if (talk && !nobody && !talkDenied) return 'reached';
  if (nobody || noShow || talkDenied) return 'dial';
  return notHappened ? 'reached' : null;
}

const HINTS: Partial<Record<OutcomeConcept, Stage>> = { hint_meeting: 'meeting', hint_reached: 'reached', hint_dial: 'dial' };

/** What an unclassified label's words suggest: a hint word, or the stage it would have with a typo fixed. */
function suggestionOf(label: string, items: readonly Item[], lex: PhraseLexicon<OutcomeConcept>): Stage | null {
  for (const m of items) {
    const hint = HINTS[m.concept];
    if (hint) return hint;
  }
  const ws = lex.split(label);
  for (let i = 0; i < ws.length; i++) {
    if (lex.single(ws[i]!) !== undefined) continue;
    for (const near of lex.nearMisses(ws[i]!)) {
      const fixed = [...ws.slice(0, i), near, ...ws.slice(i + 1)].join(' ');
      const stage = stageOf(itemsOf(fixed, lex));
      if (stage) return stage;
    }
  }
  return null;
}

/**
 * Real outcome labels are a few words; a longer cell is free text, not a disposition. It is left
 * unclassified (the run then asks for an --outcome, never guesses), and no pattern ever scans it:
 * splitting a 100 KB cell into parts would backtrack quadratically over its runs of spaces.
 */
export const MAX_OUTCOME_LABEL = 200;

/** Reads one outcome label (not cached: callers read each distinct label once). */
export function readOutcome(label: string): OutcomeReading {
  if (label.length > MAX_OUTCOME_LABEL) return { stage: null, suggested: null, statusOnly: false };
  const lex = outcomeLexicon();
  const items = itemsOf(label, lex);
  const stage = stageOf(items);
  const content = items.filter((m) => m.concept !== 'negation' && m.concept !== 'filler');
  const statusOnly = content.length > 0 && content.every((m) => m.concept === 'answered' || m.concept === 'status');
  return { stage, suggested: stage === null ? suggestionOf(label, items, lex) : null, statusOnly };
}
