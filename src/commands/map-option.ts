import { UsageError } from '../errors.js';
import { MAP_HINT } from '../io/columns.js';

/**
 * `--map "Header Name=field"` → { "Header Name": "field" }. Only the form is checked here; the io layer
 * (headerMap) checks the field names, so every command that reads files accepts the same --map.
 */
export function parseMapOptions(values: readonly string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const value of values) {
    const at = value.lastIndexOf('=');
    if (at < 0) throw new UsageError(`--map "${value}" has no "="`, MAP_HINT);
    map[value.slice(0, at)] = value.slice(at + 1);
  }
  return map;
}
