import { describe, expect, it } from 'vitest';
import { fileHeaderVocabulary, readHeaderWords } from '../../src/domain/header-words.js';
import { LEXICONS } from '../../src/domain/vocabulary/index.js';

// The vocabulary is filed once (at build time for the bundle) as one text a header's words are looked up in.
describe('the filed header vocabulary', () => {
  const filed = fileHeaderVocabulary();
  const lines = filed.split('\n').filter((l) => l !== '');

  it('holds every phrase of every language once, under its first word, stem or compound head', () => {
    const phrases = LEXICONS.flatMap((l) => [...Object.values(l.concepts).flat(), ...Object.values(l.change).flat(), ...l.keep]);
    const items = lines.flatMap((l) => l.slice(l.indexOf('\t') + 1).split(';'));
    expect(items).toHaveLength(phrases.length);
    const keyOf = (phrase: string) => {
      const first = phrase.trim().split(' ')[0]!;
      if (first.length > 1 && first.endsWith('*')) return `p${first.slice(0, 2)}`;
      if (first.length > 1 && first.startsWith('*')) return `s${first.slice(-2)}`;
      return `w${first}`;
    };
    for (const line of lines) {
      const key = line.slice(0, line.indexOf('\t'));
      for (const item of line.slice(key.length + 1).split(';')) expect([item, keyOf(item.split('\t')[0]!)]).toEqual([item, key]);
    }
    expect(new Set(lines.map((l) => l.slice(0, l.indexOf('\t')))).size).toBe(lines.length); // one line per key
  });

  it('says what each phrase means: a concept, a change of meaning, or a qualifier that keeps it', () => {
    expect(filed).toContain('\npdi\tdial*\ttdial;'); // "dial*": a stem, filed under "di"
    expect(lines.find((l) => l.startsWith('wcalls\t'))).toContain('calls made\ttdial');
    expect(readHeaderWords('Total Dials')).toEqual([{ words: ['total'], keep: true }, { words: ['dials'], tag: 'dial' }]);
    expect(readHeaderWords('Connect rate').some((h) => h.change === 'a percentage or an average')).toBe(true);
  });
});
