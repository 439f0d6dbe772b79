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
    return serialize('', value, '') ?? 'undefined';
  } finally {
    keys.clear();
  }
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
    case 'object':
      if (value === null) return 'null';
      if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return serializeUnboxed((value as { toJSON: (key: string) => unknown }).toJSON(key), indent);
      return serializeUnboxed(value, indent);
    default:
      return undefined; // undefined, a function or a symbol
  }
}

/** An object's value as JSON.stringify sees it: Number, String and Boolean objects as their primitives. */
function serializeUnboxed(value: unknown, indent: string): string | undefined {
  if (typeof value !== 'object' || value === null) return serialize('', value, indent);
  if (value instanceof Number) return serialize('', Number(value), indent);
  if (value instanceof String) return serialize('', String(value), indent);
  if (value instanceof Boolean) return serialize('', value.valueOf(), indent);
  return Array.isArray(value) ? list(value, indent) : object(value as Record<string, unknown>, indent);
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
