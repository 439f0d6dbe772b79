/**
 * A header cell as the vocabulary reads it: its words, grouped into the longest phrases of
 * src/domain/vocabulary/ (any language), each saying what it means. Pure; the index is built on
 * first use (start-up never pays for it when no header is read).
 */
import { LEXICONS, type Change, type Tag } from './vocabulary/index.js';
import { words } from './words.js';

/** One phrase found in a header: what it says, and the words that said it. */
export interface Hit {
  words: string[];
  tag?: Tag;
  change?: Change;
  /** A qualifier that keeps the meaning ("total", "aantal", "#"). */
  keep?: true;
}

type Pattern = { kind: 'exact' | 'prefix' | 'suffix'; text: string };
interface Entry {
  patterns: Pattern[];
  /** Exact words weigh more than stems: "lange" (exact) beats "lang*". */
  weight: number;
  /** Concepts before changes before keeps when two phrases match the same words. */
  rank: number;
  hit: Omit<Hit, 'words'>;
}

/**
 * A phrase as the vocabulary gives it, filed under its first word; made an Entry only when a header has
 * that word. Start-up pays for filing some 1,400 phrases, not for splitting and weighing each one.
 */
interface Filed {
  phrase: string;
  rank: number;
  hit: Omit<Hit, 'words'>;
}

/** Entries of one key, in the vocabulary's order (the first of equally good phrases wins). */
interface Bucket {
  filed: Filed[];
  entries?: Entry[];
}

interface Index {
  byFirstWord: Map<string, Bucket>;
  /** Phrases starting with a stem, by the stem's first two letters; with a compound's head, by its last two. */
  byPrefix: Map<string, Bucket>;
  bySuffix: Map<string, Bucket>;
}

let index: Index | undefined;

function pattern(word: string): Pattern {
  if (word.length > 1 && word.endsWith('*')) return { kind: 'prefix', text: word.slice(0, -1) };
  if (word.length > 1 && word.startsWith('*')) return { kind: 'suffix', text: word.slice(1) };
  return { kind: 'exact', text: word };
}

const WEIGHT = { exact: 3, suffix: 2, prefix: 1 } as const;

const patternsOf = (phrase: string): Pattern[] => phrase.split(' ').filter((w) => w !== '').map(pattern);

/** The first word of a phrase, as patternsOf(phrase)[0] would have it, without splitting the rest. */
function firstWord(phrase: string): string | undefined {
  if (phrase.startsWith(' ')) return phrase.split(' ').find((w) => w !== '');
  const space = phrase.indexOf(' ');
  const word = space === -1 ? phrase : phrase.slice(0, space);
  return word === '' ? undefined : word;
}

function buildIndex(): Index {
  const byFirstWord = new Map<string, Bucket>();
  const byPrefix = new Map<string, Bucket>();
  const bySuffix = new Map<string, Bucket>();
  const file = (m: Map<string, Bucket>, key: string, f: Filed) => {
    const bucket = m.get(key);
    if (bucket) bucket.filed.push(f);
    else m.set(key, { filed: [f] });
  };
  const add = (phrase: string, rank: number, hit: Omit<Hit, 'words'>) => {
    const word = firstWord(phrase);
    if (word === undefined) return;
    const first = pattern(word);
    const f = { phrase, rank, hit };
    if (first.kind === 'prefix') file(byPrefix, first.text.slice(0, 2), f);
    else if (first.kind === 'suffix') file(bySuffix, first.text.slice(-2), f);
    else file(byFirstWord, first.text, f);
  };
  for (const lexicon of LEXICONS) {
    for (const [tag, phrases] of Object.entries(lexicon.concepts) as [Tag, readonly string[]][]) for (const p of phrases) add(p, 3, { tag });
    for (const [change, phrases] of Object.entries(lexicon.change) as [Change, readonly string[]][]) for (const p of phrases) add(p, 2, { change });
    for (const p of lexicon.keep) add(p, 1, { keep: true });
  }
  return { byFirstWord, byPrefix, bySuffix };
}

function entriesOf(bucket: Bucket | undefined): readonly Entry[] {
  if (!bucket) return [];
  return (bucket.entries ??= bucket.filed.map(({ phrase, rank, hit }) => {
    const patterns = patternsOf(phrase);
    return { patterns, weight: patterns.reduce((s, p) => s + WEIGHT[p.kind], 0), rank, hit };
  }));
}

function matches(p: Pattern, word: string): boolean {
  if (p.kind === 'exact') return word === p.text;
  // A stem or a compound's head needs a word longer than itself to stand for ("dial*" is not "dia").
  if (p.kind === 'prefix') return word.startsWith(p.text);
  return word.length > p.text.length + 2 && word.endsWith(p.text);
}

function entryMatches(entry: Entry, tokens: readonly string[], at: number): boolean {
  return entry.patterns.every((p, k) => at + k < tokens.length && matches(p, tokens[at + k]!));
}

const better = (a: Entry, b: Entry | undefined) =>
  !b || a.patterns.length > b.patterns.length || (a.patterns.length === b.patterns.length && (a.weight > b.weight || (a.weight === b.weight && a.rank > b.rank)));

/** The phrases of a header, left to right; words no phrase knows are hits with nothing set. */
export function readHeaderWords(header: string): Hit[] {
  index ??= buildIndex();
  const tokens = words(header);
  const hits: Hit[] = [];
  for (let at = 0; at < tokens.length;) {
    let best: Entry | undefined;
    const token = tokens[at]!;
    for (const bucket of [index.byFirstWord.get(token), index.byPrefix.get(token.slice(0, 2)), index.bySuffix.get(token.slice(-2))]) {
      for (const e of entriesOf(bucket)) if (better(e, best) && entryMatches(e, tokens, at)) best = e;
    }
    const n = best?.patterns.length ?? 1;
    hits.push({ words: tokens.slice(at, at + n), ...(best?.hit ?? {}) });
    at += n;
  }
  return hits;
}
