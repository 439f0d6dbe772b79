import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileHeaderVocabulary, readHeaderWords, type Hit } from '../../src/domain/header-words.js';
import { LEXICONS } from '../../src/domain/vocabulary/index.js';
import { words } from '../../src/domain/words.js';

/**
 * The reference: every phrase of every bucket a token's keys name, parsed and tried, as the reader did
 * before it skipped phrases whose first word cannot match. Same vocabulary, same order, same choice.
 */
const filed = fileHeaderVocabulary();
function everyPhraseReading(header: string): Hit[] {
  type P = { kind: 'exact' | 'prefix' | 'suffix'; text: string };
  const pattern = (w: string): P => (w.length > 1 && w.endsWith('*') ? { kind: 'prefix', text: w.slice(0, -1) } : w.length > 1 && w.startsWith('*') ? { kind: 'suffix', text: w.slice(1) } : { kind: 'exact', text: w });
  const weight = { exact: 3, suffix: 2, prefix: 1 };
  const bucket = (key: string) => {
    const at = filed.indexOf(`\n${key}\t`);
    if (at === -1) return [];
    return filed.slice(at + key.length + 2, filed.indexOf('\n', at + 1)).split(';').map((item) => {
      const [phrase = '', says = ''] = item.split('\t');
      const patterns = phrase.split(' ').filter((w) => w !== '').map(pattern);
      const hit = says[0] === 't' ? { tag: says.slice(1) } : says[0] === 'c' ? { change: says.slice(1) } : { keep: true as const };
      return { patterns, weight: patterns.reduce((s, p) => s + weight[p.kind], 0), rank: 'tag' in hit ? 3 : 'change' in hit ? 2 : 1, hit };
    });
  };
  const matches = (p: P, w: string) => (p.kind === 'exact' ? w === p.text : p.kind === 'prefix' ? w.startsWith(p.text) : w.length > p.text.length + 2 && w.endsWith(p.text));
  const tokens = words(header);
  const hits: Hit[] = [];
  for (let at = 0; at < tokens.length;) {
    const token = tokens[at]!;
    let best: ReturnType<typeof bucket>[number] | undefined;
    for (const entries of [bucket(`w${token}`), bucket(`p${token.slice(0, 2)}`), bucket(`s${token.slice(-2)}`)]) {
      for (const e of entries) {
        const better = !best || e.patterns.length > best.patterns.length || (e.patterns.length === best.patterns.length && (e.weight > best.weight || (e.weight === best.weight && e.rank > best.rank)));
        if (better && e.patterns.every((p, k) => at + k < tokens.length && matches(p, tokens[at + k]!))) best = e;
      }
    }
    const n = best?.patterns.length ?? 1;
    hits.push({ words: tokens.slice(at, at + n), ...(best?.hit ?? {}) } as Hit);
    at += n;
  }
  return hits;
}

// Words from every language's phrases, their stems grown and shortened, compound heads with a word in front,
// and noise: headers where stems, heads and exact words compete for the same tokens.
const vocabularyWords = [...new Set(LEXICONS.flatMap((l) => [...Object.values(l.concepts).flat(), ...Object.values(l.change).flat(), ...l.keep]).flatMap((p) => p.split(' ')))].filter((w) => w !== '');
const word = fc.oneof(
  fc.constantFrom(...vocabularyWords).chain((w) =>
    w.endsWith('*') ? fc.constantFrom('', 's', 'ed', 'ing', 'en', 'x').map((tail) => w.slice(0, -1) + tail)
    : w.startsWith('*') ? fc.constantFrom('', 'a', 'ab', 'abc', 'kunden').map((head) => head + w.slice(1))
    : fc.constant(w)),
  fc.constantFrom('total', 'per', 'of', '#', '%', 'rate', 'x', 'q1'),
  fc.string({ unit: fc.constantFrom('a', 'e', 'r', 's', 't', 'd', 'c'), minLength: 1, maxLength: 6 }),
);
const header = fc.tuple(fc.array(word, { minLength: 1, maxLength: 5 }), fc.constantFrom(' ', '_', ' - ', '/', ' (')).map(([ws, sep]) => ws.join(sep));

describe('reading a header\'s words', () => {
  it('finds what trying every phrase of the looked-up buckets finds, on headers of vocabulary words and noise', () => {
    fc.assert(fc.property(header, (h) => {
      expect(readHeaderWords(h)).toEqual(everyPhraseReading(h));
    }), { numRuns: 5_000 });
  });

  it('agrees on every single vocabulary word as a header of its own', () => {
    for (const w of vocabularyWords) {
      const h = w.replace(/\*/g, w.endsWith('*') ? 'en' : 'ab');
      expect(readHeaderWords(h)).toEqual(everyPhraseReading(h));
    }
  });
});
