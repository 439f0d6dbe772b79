import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderCheckJunit } from '../../src/render/check-junit.js';
import { xmlAttr } from '../../src/render/safe.js';
import { ctx, minPass, noData, noise, regression } from './check-results.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testcase' });

describe('renderCheckJunit', () => {
  const xml = renderCheckJunit([regression, noise, minPass, noData], ctx);

  it('is well-formed XML', () => expect(XMLValidator.validate(xml)).toBe(true));

  it('parses back to one test case per check with the counts on the suite', () => {
    const doc = parser.parse(xml);
    const suite = doc.testsuites.testsuite;
    expect(suite).toMatchObject({ name: 'funnel check', tests: '4', failures: '1', errors: '0', skipped: '1' });
    expect(doc.testsuites).toMatchObject({ tests: '4', failures: '1' });
    const cases = suite.testcase as Record<string, any>[];
    expect(cases.map((c) => c.name)).toEqual([
      'meetings/reached vs baseline (team 2026-W46)',
      'meetings/reached vs baseline (team 2026-W46)',
      'meetings/dials minimum (Zoë "Z" <B&B> 2026-W40..2026-W46)',
      'callbacks/reached maximum (team 2026-W46)',
    ]);
    expect(cases[0]!.failure).toMatchObject({ type: 'regression', message: 'below 21.3 % (baseline 23.7 % less 10 %) and p=0.019 < 0.05: unlikely to be noise' });
    expect(cases[0]!.failure['#text']).toContain('value: 5.0 % (2/40)');
    expect(cases[0]!.failure['#text']).toContain("p=0.019 (Fisher's exact test, one-sided, alpha 0.05)");
    expect(cases[1]!.failure).toBeUndefined();
    expect(cases[1]!['system-out']).toContain('could be noise');
    expect(cases[2]!.classname).toBe('funnel.check.rep.Zoë "Z" <B&B>');
    expect(cases[3]!.skipped).toMatchObject({ message: 'no data: 0 reached in 2026-W46' });
  });
});

describe('xmlAttr', () => {
  it('escapes markup, and shows a line break in a value as a visible escape', () => {
    expect(xmlAttr(`a<b>&"c'\nd`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;\\nd');
  });
  // Dropping them silently would make "a\u0000b" and "ab" the same rep in the report.
  it('shows characters XML 1.0 cannot hold as visible escapes', () => expect(xmlAttr('a\u0000b\u001Fc\uD800')).toBe('a\\x00b\\x1Fc\\uD800'));
});
