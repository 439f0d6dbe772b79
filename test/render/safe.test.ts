import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { annotationData, annotationProperty, csvCell, cut, html, json, markdown, markdownCell, outputNet, quote, terminal, xmlAttr, xmlText } from '../../src/render/safe.js';

// A control or invisible character that the terminal renderer must never let through.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/;

describe('terminal', () => {
  it('shows line breaks and tabs as visible escapes, so one value stays one line', () => {
    expect(terminal('x\n::error title=pwned::injected')).toBe('x\\n::error title=pwned::injected');
    expect(terminal('a\rb\tc')).toBe('a\\rb\\tc');
  });
  it('escapes ESC, BEL, OSC 8 links and the one-byte CSI U+009B', () => {
    expect(terminal('\u001b]8;;https://evil\u0007click\u001b]8;;\u0007')).toBe('\\x1B]8;;https://evil\\x07click\\x1B]8;;\\x07');
    expect(terminal('\u009b31mred')).toBe('\\x9B31mred');
    expect(terminal('\u001b[2J')).toBe('\\x1B[2J');
  });
  it('escapes bidi overrides and isolates, zero-width space and line separators', () => {
    expect(terminal('txt.\u202Eexe')).toBe('txt.\\u202Eexe');
    expect(terminal('\u2066a\u2069\u200B\u2028\u2029\uFEFF')).toBe('\\u2066a\\u2069\\u200B\\u2028\\u2029\\uFEFF');
  });
  it('keeps letters, accents, emoji with joiners and backslashes as they are', () => {
    expect(terminal('Zoë Ünal – 👩\u200D💻 C:\\data')).toBe('Zoë Ünal – 👩\u200D💻 C:\\data');
  });
  it('escapes lone surrogates but keeps pairs', () => expect(terminal('a\uD800b😀')).toBe('a\\uD800b😀'));
  it('escapes a workflow command at the start of any word, so no wrapped line can start one', () => {
    expect(terminal('::add-mask::x')).toBe('\\::add-mask::x');
    expect(terminal('Ann ::stop-commands::t')).toBe('Ann \\::stop-commands::t');
    expect(terminal('\u00A0##[error]x')).toBe('\u00A0\\##[error]x');
    expect(terminal('a::b')).toBe('a::b');
  });
  it('is idempotent', () => {
    for (const s of ['x\n::error::y', '\u001b[31m', '::a ##[b']) expect(terminal(terminal(s))).toBe(terminal(s));
  });
});

describe('cut and quote', () => {
  it('cut shows the start and counts the whole', () => {
    expect(cut('a'.repeat(10_000_000))).toBe(`${'a'.repeat(80)}… (10,000,000 characters)`);
    expect(cut('short')).toBe('short');
  });
  it('never splits a surrogate pair', () => expect(cut(`${'a'.repeat(79)}😀😀`)).toBe(`${'a'.repeat(79)}… (83 characters)`));
  it('quote escapes and cuts', () => expect(quote('a\u001bb')).toBe('"a\\x1Bb"'));
});

describe('markdown', () => {
  it('escapes HTML, so no tag or handler reaches a rendered page', () => {
    expect(markdownCell('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(markdownCell('a & "b"')).toBe('a &amp; &quot;b&quot;');
  });
  it('escapes links, images, emphasis, code, math and table pipes', () => {
    expect(markdownCell('![x](http://e/i.png) [y](z) *b* _i_ `c` $m$ ~s~ a|b \\')).toBe(
      '\\!\\[x\\]\\(http\\://e/i.png\\) \\[y\\]\\(z\\) \\*b\\* \\_i\\_ \\`c\\` \\$m\\$ \\~s\\~ a\\|b \\\\',
    );
  });
  it('takes the autolink from bare URLs', () => expect(markdownCell('www.evil.com https://x')).toBe('www\\.evil.com https\\://x'));
  it('keeps a lone CR or LF from splitting a table row', () => expect(markdownCell('a\rb\nc')).not.toMatch(/[\r\n]/));
  it('at a line start opens no heading, list, rule or code block', () => {
    expect(markdown('# big')).toBe('\\# big');
    expect(markdown('- item')).toBe('\\- item');
    expect(markdown('1. item')).toBe('1\\. item');
    expect(markdown('9.0 %')).toBe('9.0 %');
    expect(markdown('    code')).toBe('&#32;&#32;&#32;&#32;code');
    expect(markdown('> quote')).toBe('&gt; quote');
  });
});

describe('csvCell', () => {
  it('guards a formula at the start', () => {
    for (const c of ['=1+1', '+1', '-1', '@SUM(A1)']) expect(csvCell(c)).toBe(`'${c}`);
  });
  it('guards every piece a ; or , separated spreadsheet would split off', () => {
    expect(csvCell('Ann;=HYPERLINK("http://e","x")')).toBe(`"Ann;'=HYPERLINK(""http://e"",""x"")"`);
    expect(csvCell('Ann, =1')).toBe(`"Ann,' =1"`);
    expect(csvCell('Ann;"=1"')).toBe(`"Ann;'""=1"""`);
  });
  it('shows tab, CR and LF visibly instead of splitting the cell', () => expect(csvCell('\t=1\r\n')).toBe('\\t=1\\r\\n'));
  it('leaves names and numbers alone', () => {
    expect(csvCell('Jean-Luc')).toBe('Jean-Luc');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('xml', () => {
  it('every string becomes valid XML 1.0', () => {
    const nasty = 'a\u0000b\u0008\u000B\u001F\uFFFE\uFFFF\uD800<&>"\'\u009b';
    expect(XMLValidator.validate(`<a b="${xmlAttr(nasty)}">${xmlText(nasty)}</a>`)).toBe(true);
  });
  it('xmlText keeps our own line breaks', () => expect(xmlText('a\nb<')).toBe('a\nb&lt;'));
});

describe('annotations', () => {
  it('escape as the runner expects, and escape other controls visibly', () => {
    expect(annotationData('50%\r\n::x\u001b')).toBe('50%25%0D%0A::x\\x1B');
    expect(annotationProperty('a:b,c')).toBe('a%3Ab%2Cc');
  });
});

describe('html', () => {
  it('escapes the five characters', () => expect(html(`<a href="x" onclick='y'>&`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;'));
});

describe('json', () => {
  it('writes invisible characters as \\u escapes and parses back to the same data', () => {
    const data = { rep: 'a\u202Eb\u0085c\u2028\u001b' };
    const text = json(data);
    expect(text.replace(/\n/g, '')).not.toMatch(UNSAFE);
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('outputNet', () => {
  it('keeps our colour codes, line breaks and tabs, and escapes anything else', () => {
    expect(outputNet('\u001b[31mred\u001b[39m\n\tx\u001b]8;;\u0007\u202E')).toBe('\u001b[31mred\u001b[39m\n\tx\\x1B]8;;\\x07\\u202E');
  });
});
