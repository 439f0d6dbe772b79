import { describe, expect, it } from 'vitest';
import { detectDelimiter, detectDialect, normaliseLineEnds, takeSepLine } from '../../src/io/dialect.js';

describe('delimiter detection (ours: csv-parse delimiter_auto throws on BOM/umlauts and ignores quotes)', () => {
  it.each([
    ['week,dials,reached\n2026-W45,106,38\n', ','],
    ['week;dials;reached\n2026-W45;106;38\n', ';'],
    ['week\tdials\treached\n2026-W45\t106\t38\n', '\t'],
    // Decimal commas in a ";" file: "," would give a 1-field header.
    ['week;dials;hours\n2026-W45;106;12,5\n2026-W46;98;11,25\n', ';'],
    // Quoted commas in a "," file do not count as delimiters, quoted ";" neither.
    ['"Week, ISO";"a;b";dials\n', ';'],
    ['week,"notes; misc",dials\n2026-W45,"a; b; c",106\n2026-W46,"x;y",98\n', ','],
    // A quoted field with a line break does not break the count.
    ['week,notes,dials\n2026-W45,"line one\nline two, more",106\n2026-W46,ok,98\n', ','],
    // Umlauts and a header with both candidates: consistency over rows decides.
    ['Woche;Verkäufer, Team;Anrufe\n2026-W45;Jürgen;106\n2026-W46;Sören;98\n', ';'],
    // Title lines above the header lower every candidate alike.
    ['Weekly report\nweek;dials;hours\n2026-W45;106;12,5\n2026-W46;98;11\n', ';'],
    // Rows of bare delimiters say nothing.
    ['week,dials\n,,,,,\n2026-W45,106\n', ','],
    // LibreOffice's "other" delimiter; a "|" inside quotes does not count.
    ['week|dials|hours\n2026-W45|106|12,5\n', '|'],
    ['week,notes,dials\n2026-W45,"a|b|c|d",106\n', ','],
  ])('%j → %j', (text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });

  it('falls back to "," for a single column', () => {
    expect(detectDelimiter('week\n2026-W45\n')).toBe(',');
  });

  it('an Excel sep= line wins and is blanked so that line numbers stay physical', () => {
    expect(takeSepLine('sep=;\nweek;dials\n')).toEqual({ delimiter: ';', text: '\nweek;dials\n' });
    expect(takeSepLine('"sep=,"\nweek,dials\n')).toEqual({ delimiter: ',', text: '\nweek,dials\n' });
    expect(takeSepLine('week,dials\n')).toEqual({ text: 'week,dials\n' });
    expect(detectDialect('sep=\t\na;b\tc\n')).toEqual({ delimiter: '\t', declared: true, text: '\na;b\tc\n' });
  });

  it('CRLF and lone CR become LF, one break for one break', () => {
    expect(normaliseLineEnds('a\r\nb\rc\n"d\r\ne"')).toBe('a\nb\nc\n"d\ne"');
  });
});
