/**
 * Finds the phrases of a vocabulary in a label's words: longest phrase first, plural endings tolerated
 * ("meetings", "Termine", "DMs"), compounds split into known words ("Rückruftermin" → rückruf + termin,
 * "meetingbooked" → meeting + booked), and near misses ("Voicemial") offered for suggestions only.
 * Pure and small: the vocabulary is data, this only matches words.
 */
import { words } from './words.js';

export interface Match<C extends string> {
  concept: C;
  /** Index of the first word it covers in the label's word list (after compound splitting). */
  at: number;
  /** How many words it covers. */
  length: number;
}

interface Entry<C extends string> {
  words: string[];
  concept: C;
}

export class PhraseLexicon<C extends string> {
  private readonly byFirst = new Map<string, Entry<C>[]>();
  /** One-word phrases: the parts a compound may be split into, and what a near miss may be. */
  private readonly singles = new Map<string, C>();

  /** `joiner`: the concept of words that only join others; as part of a compound they need 4 letters ("Rückruf|bitte", not "de|termine"). */
  constructor(phrases: Iterable<readonly [C, string]>, private readonly joiner?: C) {
    for (const [concept, phrase] of phrases) {
      const ws = words(phrase);
      if (ws.length === 0) continue;
      const list = this.byFirst.get(ws[0]!) ?? [];
      list.push({ words: ws, concept });
      this.byFirst.set(ws[0]!, list);
      if (ws.length === 1 && !this.singles.has(ws[0]!)) this.singles.set(ws[0]!, concept);
    }
  }

  /** The concept a single word stands for, plural endings tolerated. */
  single(word: string): C | undefined {
    for (const form of forms(word)) {
      const c = this.singles.get(form);
      if (c !== undefined) return c;
    }
    return undefined;
  }

  /** A label as words, with compounds of known words split ("terugbelafspraak" → terugbel, afspraak). */
  split(label: string): string[] {
    return words(label).flatMap((w) => (this.single(w) !== undefined || this.startsPhrase(w) ? [w] : (this.compound(w, 2) ?? [w])));
  }

  /** The phrases found in `ws`, left to right, each word in at most one (the longest phrase wins). */
  matches(ws: readonly string[]): Match<C>[] {
    const out: Match<C>[] = [];
    for (let i = 0; i < ws.length; ) {
      let best: Entry<C> | undefined;
      for (const form of forms(ws[i]!)) {
        for (const entry of this.byFirst.get(form) ?? []) {
          if ((best === undefined || entry.words.length > best.words.length) && this.fits(entry.words, ws, i)) best = entry;
        }
      }
      if (best) {
        out.push({ concept: best.concept, at: i, length: best.words.length });
        i += best.words.length;
      } else i++;
    }
    return out;
  }

  /**
   * Known words one or two edits away from `word` (typos: "Voicemial", "Meting"), for a suggestion, never
   * a decision. Only words of 5 letters or more, so short words do not turn into each other.
   */
  nearMisses(word: string): string[] {
    if (word.length < 5) return [];
    const limit = word.length >= 8 ? 2 : 1;
    const out: string[] = [];
    for (const known of this.singles.keys()) {
      if (known.length >= 4 && Math.abs(known.length - word.length) <= limit && editDistance(word, known, limit) <= limit) out.push(known);
    }
    return out;
  }

  private startsPhrase(word: string): boolean {
    return this.byFirst.has(word);
  }

  private fits(phrase: readonly string[], ws: readonly string[], at: number): boolean {
    if (at + phrase.length > ws.length) return false;
    return phrase.every((p, k) => k === 0 || forms(ws[at + k]!).includes(p));
  }

  /** A known word that may be part of a compound. */
  private part(word: string): boolean {
    const c = this.single(word);
    return c !== undefined && (c !== this.joiner || word.length >= 4);
  }

  /** `word` as 2–3 known words, or null. Parts are at least 2 letters, the word at least 6. */
  private compound(word: string, parts: number): string[] | null {
    if (word.length < 6) return null;
    for (let cut = word.length - 2; cut >= 2; cut--) {
      const head = word.slice(0, cut);
      const tail = word.slice(cut);
      if (!this.part(head)) continue;
      if (this.part(tail)) return [head, tail];
      const rest = parts > 1 && tail.length >= 6 ? this.compound(tail, parts - 1) : null;
      if (rest) return [head, ...rest];
    }
    return null;
  }
}

/** A word and the forms it may have without a plural ending: meetings → meeting, Termine → termin, DMs → dm. */
function forms(word: string): string[] {
  const out = [word];
  const n = word.length;
  if (n >= 3 && word.endsWith('s')) out.push(word.slice(0, -1));
  if (n >= 5 && word.endsWith('es')) out.push(word.slice(0, -2));
  if (n >= 6 && word.endsWith('en')) out.push(word.slice(0, -2));
  if (n >= 6 && word.endsWith('e')) out.push(word.slice(0, -1));
  return out;
}

/** Damerau–Levenshtein distance, giving up (returning limit + 1) once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (i > 0 && best > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}
