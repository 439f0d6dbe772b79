import { jsonString } from './safe.js';

/**
 * json(value) with every list of plain numbers (or nulls) on one line, `[1, 2, null]`: a year of
 * weekly columns for thousands of reps stays readable and small. Written in one pass, following
 * JSON.stringify's rules (toJSON, keys in property order, undefined and functions left out of objects
 * and null in lists, non-finite numbers as null): for 20,000 reps the text is 80 MB, and stringifying
 * it and then rewriting the lists with a regular expression took seconds and several copies of it.
 */
export function jsonNumberListsInline(value: unknown): string {
  keys.clear();
  try {
    const out: string[] = [];
    return writeShallow('', value, '', 0, out) ? out.join('') : 'undefined';
  } finally {
    keys.clear();
  }
}

/**
 * A list whose items are made one at a time as it is written (written as items.map(make)): a report's
 * reps with their weekly columns need not all exist at once.
 */
export class ListOf<T> {
  constructor(
    readonly items: readonly T[],
    readonly make: (item: T) => unknown,
  ) {}
}

/**
 * The top levels (objects, and a ListOf's items) go into `out` piece by piece, each deeper value as one
 * string: the text is copied once, by the final join, instead of once per level of nesting.
 */
const SHALLOW = 2;

function writeShallow(key: string, raw: unknown, indent: string, depth: number, out: string[]): boolean {
  const value = raw instanceof ListOf || typeof raw !== 'object' || raw === null ? raw : asJson(key, raw);
  if (value instanceof ListOf && depth < SHALLOW) {
    // Each item as one string, pushed as it is (no copy); on one line if every item is a plain number.
    const inner = indent + GAP;
    const items = value.items.map((item, i) => serialize(String(i), value.make(item), inner) ?? 'null');
    if (items.length === 0) out.push('[]');
    else if (items.every(isPlainNumber)) out.push(`[${items.join(', ')}]`);
    else {
      items.forEach((item, i) => out.push(i === 0 ? `[\n${inner}` : `,\n${inner}`, item));
      out.push(`\n${indent}]`);
    }
    return true;
  }
  if (depth >= SHALLOW || typeof value !== 'object' || value === null || value instanceof ListOf || Array.isArray(value)) {
    const text = serialize(key, raw, indent); // raw: serialize calls toJSON itself, once
    if (text === undefined) return false;
    out.push(text);
    return true;
  }
  const inner = indent + GAP;
  let written = 0;
  for (const k of Object.keys(value)) {
    const mark = out.length;
    out.push(`${written === 0 ? '{\n' : ',\n'}${inner}${keyText(k)}: `);
    if (writeShallow(k, (value as Record<string, unknown>)[k], inner, depth + 1, out)) written++;
    else out.length = mark;
  }
  out.push(written === 0 ? '{}' : `\n${indent}}`);
  return true;
}

/** An object as JSON.stringify sees it: after toJSON, Number, String and Boolean objects as their primitives. */
function asJson(key: string, value: object): unknown {
  let v: unknown = value;
  if (typeof (v as { toJSON?: unknown }).toJSON === 'function') v = (v as { toJSON: (key: string) => unknown }).toJSON(key);
  if (v instanceof Number) return Number(v);
  if (v instanceof String) return String(v);
  if (v instanceof Boolean) return v.valueOf();
  return v;
}

/** Keys repeat in every rep's object: each is escaped once per call. */
const keys = new Map<string, string>();

function keyText(key: string): string {
  let text = keys.get(key);
  if (text === undefined) {
    text = jsonString(key);
    keys.set(key, text);
  }
  return text;
}

const GAP = '  ';

function serialize(key: string, value: unknown, indent: string): string | undefined {
  switch (typeof value) {
    case 'string':
      return jsonString(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      throw new TypeError('Do not know how to serialize a BigInt');
    case 'object': {
      if (value === null) return 'null';
      if (value instanceof ListOf) return list(value.items.map(value.make), indent);
      const v = asJson(key, value);
      if (typeof v !== 'object' || v === null) return serialize('', v, indent);
      return Array.isArray(v) ? list(v, indent) : object(v as Record<string, unknown>, indent);
    }
    default:
      return undefined; // undefined, a function or a symbol
  }
}

/** A serialized item that is a number or null: such lists go on one line. */
function isPlainNumber(text: string): boolean {
  const c = text.charCodeAt(0);
  return text === 'null' || c === 45 /* - */ || (c >= 48 && c <= 57);
}

function list(values: readonly unknown[], indent: string): string {
  if (values.length === 0) return '[]';
  if (values.every((v) => v === null || typeof v === 'number')) {
    // The common list (a rep's weekly column): numbers and nulls, one line, no recursion.
    let text = '[';
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as number | null;
      text += (i === 0 ? '' : ', ') + (v === null || !Number.isFinite(v) ? 'null' : String(v));
    }
    return text + ']';
  }
  const inner = indent + GAP;
  const items: string[] = new Array<string>(values.length);
  let plain = true;
  for (let i = 0; i < values.length; i++) {
    const item = serialize(String(i), values[i], inner) ?? 'null';
    items[i] = item;
    if (plain && !isPlainNumber(item)) plain = false;
  }
  return plain ? `[${items.join(', ')}]` : `[\n${inner}${items.join(`,\n${inner}`)}\n${indent}]`;
}

function object(value: Record<string, unknown>, indent: string): string {
  const inner = indent + GAP;
  const parts: string[] = [];
  for (const key of Object.keys(value)) {
    const item = serialize(key, value[key], inner);
    if (item !== undefined) parts.push(`${keyText(key)}: ${item}`);
  }
  return parts.length === 0 ? '{}' : `{\n${inner}${parts.join(`,\n${inner}`)}\n${indent}}`;
}
