import { UsageError } from '../errors.js';
import { FIELD_ALIASES, type Field } from '../domain/fields.js';

/** `--map "Header Name=field"` → { "Header Name": "field" }, checked against the known fields. */
export function parseMapOptions(values: readonly string[]): Record<string, Field> {
  const fields = Object.keys(FIELD_ALIASES);
  const map: Record<string, Field> = {};
  for (const value of values) {
    const at = value.lastIndexOf('=');
    const header = value.slice(0, at).trim();
    const field = value.slice(at + 1).trim();
    if (at <= 0 || header === '') throw new UsageError(`--map "${value}" is not of the form "Header Name=field"`, `for example --map "Gesprekken=reached"; fields: ${fields.join(', ')}`);
    if (!fields.includes(field)) throw new UsageError(`--map "${value}": unknown field "${field}"`, `fields: ${fields.join(', ')}`);
    map[header] = field as Field;
  }
  return map;
}
