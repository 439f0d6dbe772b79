/**
 * A header cell as the vocabulary reads it: its words, grouped into the longest phrases of
 * src/domain/vocabulary/ (any language), each saying what it means. Pure; a header reads only the
 * phrases filed under its own words (start-up never pays for the rest).
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

/** A concept (rank 3), a change of meaning (2) or a qualifier that keeps it (1). */
type Says = { tag: Tag } | { change: Change } | { keep: true };

/**
 * The vocabulary filed under each phrase's first word, as one text a bucket is looked up in with indexOf:
 * a line per key, `\n` + kind (w: an exact word, p: a stem's first two letters, s: a compound head's last
 * two) + key + `\t`, then the key's phrases in the vocabulary's order, each `phrase\tsays`, joined by `;`.
 * Filing 1,300 phrases into maps at every start cost a millisecond and 400 KB of short-lived objects; a
 * header reads the few buckets its words need. The build writes this text into the bundle
 * (scripts/build.mjs); run from src/ (tests), it is made here on first use, by the same function.
 */
declare const __FUNNEL_HEADER_INDEX__: string | undefined;

let filed: string | undefined;
/** Buckets read so far, by kind + key: the key's filed phrases (empty when none). */
const buckets = new Map<string, readonly string[]>();
/** Filed phrases made Entries so far. */
const entries = new Map<string, Entry>();

function pattern(word: string): Pattern {
  if (word.length > 1 && word.endsWith('*')) return { kind: 'prefix', text: word.slice(0, -1) };
  if (word.length > 1 && word.startsWith('*')) return { kind: 'suffix', text: word.slice(1) };
  return { kind: 'exact', text: word };
}

const WEIGHT = { exact: 3, suffix: 2, prefix: 1 } as const;
const KIND = { exact: 'w', prefix: 'p', suffix: 's' } as const;

const patternsOf = (phrase: string): Pattern[] => phrase.split(' ').filter((w) => w !== '').map(pattern);

const saysText = (says: Says) => ('tag' in says ? `t${says.tag}` : 'change' in says ? `c${says.change}` : 'k');
const saysOf = (text: string): Says => (text[0] === 't' ? { tag: text.slice(1) as Tag } : text[0] === 'c' ? { change: text.slice(1) as Change } : { keep: true });
const rankOf = (says: Says) => ('tag' in says ? 3 : 'change' in says ? 2 : 1);

/** The filed text of every phrase of every language (see __FUNNEL_HEADER_INDEX__). */
export function fileHeaderVocabulary(): string {
  const lines = new Map<string, string[]>();
  const add = (phrase: string, says: Says) => {
    const first = patternsOf(phrase)[0];
    if (first === undefined) return;
    if (/[\t\n;]/.test(phrase + saysText(says))) throw new Error(`vocabulary: a tab, line break or ";" in "${phrase}"`);
    const key = KIND[first.kind] + (first.kind === 'prefix' ? first.text.slice(0, 2) : first.kind === 'suffix' ? first.text.slice(-2) : first.text);
    const line = lines.get(key);
    if (line) line.push(`${phrase}\t${saysText(says)}`);
    else lines.set(key, [`${phrase}\t${saysText(says)}`]);
  };
  for (const lexicon of LEXICONS) {
    for (const [tag, phrases] of Object.entries(lexicon.concepts) as [Tag, readonly string[]][]) for (const p of phrases) add(p, { tag });
    for (const [change, phrases] of Object.entries(lexicon.change) as [Change, readonly string[]][]) for (const p of phrases) add(p, { change });
    for (const p of lexicon.keep) add(p, { keep: true });
  }
  return [...lines].map(([key, phrases]) => `\n${key}\t${phrases.join(';')}`).join('') + '\n';
}

/** The phrases filed under a kind + key, in the vocabulary's order, as filed text (`phrase\tsays`). */
function bucket(key: string): readonly string[] {
  let items = buckets.get(key);
  if (items) return items;
  filed ??= typeof __FUNNEL_HEADER_INDEX__ === 'string' ? __FUNNEL_HEADER_INDEX__ : fileHeaderVocabulary();
  const at = filed.indexOf(`\n${key}\t`);
  items = at === -1 ? [] : filed.slice(at + key.length + 2, filed.indexOf('\n', at + 1)).split(';');
  buckets.set(key, items);
  return items;
}

/** A filed phrase made an Entry, once. */
function entryOf(item: string): Entry {
  let entry = entries.get(item);
  if (entry) return entry;
  const [phrase = '', says = ''] = item.split('\t');
  const patterns = patternsOf(phrase);
  const hit = saysOf(says);
  entry = { patterns, weight: patterns.reduce((s, p) => s + WEIGHT[p.kind], 0), rank: rankOf(hit), hit };
  entries.set(item, entry);
  return entry;
}

const SPACE = 32;
const TAB = 9;
const STAR = 42;

/**
 * Whether a filed phrase's first word can stand for the token, read off the filed text itself: a bucket
 * holds up to 31 phrases (all stems from "re": recall*, result*, reunion*…), and a header's token matches
 * a few, so only those become Entries (a weekly header's words made some 120 KB of objects when every
 * phrase of every bucket did). The same test as matches() on the first pattern, so no match is lost.
 */
function firstWordMatches(item: string, token: string): boolean {
  let start = 0;
  while (item.charCodeAt(start) === SPACE) start++;
  let end = start;
  while (end < item.length && item.charCodeAt(end) !== SPACE && item.charCodeAt(end) !== TAB) end++;
  const length = end - start;
  if (length > 1 && item.charCodeAt(end - 1) === STAR) return token.length >= length - 1 && same(item, start, token, 0, length - 1);
  if (length > 1 && item.charCodeAt(start) === STAR) return token.length > length - 1 + 2 && same(item, start + 1, token, token.length - (length - 1), length - 1);
  return token.length === length && same(item, start, token, 0, length);
}

/** The n characters of a from `at` are those of b from `bAt`. */
function same(a: string, at: number, b: string, bAt: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (a.charCodeAt(at + k) !== b.charCodeAt(bAt + k)) return false;
  return true;
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
  const tokens = words(header);
  const hits: Hit[] = [];
  for (let at = 0; at < tokens.length;) {
    let best: Entry | undefined;
    const token = tokens[at]!;
    for (const items of [bucket(`w${token}`), bucket(`p${token.slice(0, 2)}`), bucket(`s${token.slice(-2)}`)]) {
      for (const item of items) {
        if (!firstWordMatches(item, token)) continue;
        const e = entryOf(item);
        if (better(e, best) && entryMatches(e, tokens, at)) best = e;
      }
    }
    const n = best?.patterns.length ?? 1;
    hits.push({ words: tokens.slice(at, at + n), ...(best?.hit ?? {}) });
    at += n;
  }
  return hits;
}
