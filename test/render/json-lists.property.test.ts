import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ListOf, jsonNumberListsInline } from '../../src/render/json-lists.js';
import { json } from '../../src/render/safe.js';

/** The way report JSON was written before: pretty JSON, then lists of plain numbers put on one line by a regular expression. */
function stringifyThenCollapse(value: unknown): string {
  return json(value).replace(/\[\n\s*((?:-?\d[\d.eE+-]*|null)(?:,\n\s*(?:-?\d[\d.eE+-]*|null))*)\n\s*\]/g, (_, items: string) => `[${items.split(/,\n\s*/).join(', ')}]`);
}

const number = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -0, 1e21, -1e-7, 5e-324, Number.NaN, Infinity, -Infinity, 0.1 + 0.2));
const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom('\u2028', '\u202E', '\u009B', 'a"b\\c', '\n', '[\n1\n]'));
const leaf = fc.oneof(number, text, fc.boolean(), fc.constant(null), fc.constant(undefined));
const tree = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, tie('list'), tie('object'), tie('numbers')),
  list: fc.array(tie('value'), { maxLength: 5 }),
  numbers: fc.array(fc.oneof(number, fc.constant(null)), { maxLength: 6 }),
  object: fc.dictionary(text, tie('value'), { maxKeys: 5 }),
})).value;

describe('jsonNumberListsInline: pretty JSON with lists of plain numbers on one line, in one pass', () => {
  it('writes what JSON.stringify + the regular expression wrote, for any value', () => {
    fc.assert(fc.property(fc.oneof(fc.array(tree, { maxLength: 4 }), fc.dictionary(text, tree, { maxKeys: 4 })), (v) => {
      expect(jsonNumberListsInline(v)).toBe(stringifyThenCollapse(v));
    }), { numRuns: 2000 });
  });
  it('a ListOf is written as the list of its items made one by one, at any depth', () => {
    fc.assert(fc.property(fc.array(tree, { maxLength: 4 }), fc.integer({ min: 0, max: 3 }), (items, depth) => {
      let lazy: unknown = new ListOf(items, (v) => ({ v }));
      let eager: unknown = items.map((v) => ({ v }));
      for (let d = 0; d < depth; d++) {
        lazy = { d: lazy };
        eager = { d: eager };
      }
      expect(jsonNumberListsInline(lazy)).toBe(stringifyThenCollapse(eager));
    }), { numRuns: 500 });
  });
  it('a rep with weekly columns: lists inline, objects indented', () => {
    const rep = { rep: 'ann', totals: { dials: 10, hours: null }, trend: [0.25, null], weekly: { dials: [4, 6] }, vs_team: [{ p: 1 }], tags: [] };
    expect(jsonNumberListsInline(rep)).toBe('{\n  "rep": "ann",\n  "totals": {\n    "dials": 10,\n    "hours": null\n  },\n  "trend": [0.25, null],\n  "weekly": {\n    "dials": [4, 6]\n  },\n  "vs_team": [\n    {\n      "p": 1\n    }\n  ],\n  "tags": []\n}');
  });
  it('follows toJSON, boxed primitives, functions and undefined as JSON.stringify does', () => {
    const v = { when: new Date(0), n: Object(3) as unknown, s: Object('x') as unknown, f: () => 1, u: undefined, list: [undefined, () => 1, Symbol('s')] };
    expect(jsonNumberListsInline(v)).toBe(stringifyThenCollapse(v));
    expect(jsonNumberListsInline(v)).toContain('"list": [null, null, null]');
  });
  it('escapes characters a terminal would obey, in keys and values, as json() does', () => {
    expect(jsonNumberListsInline({ '\u202Ekey': '\u2028' })).toBe('{\n  "\\u202ekey": "\\u2028"\n}');
  });
});
