import { csvCell } from './safe.js';

/** One CSV line; each cell made safe for spreadsheets by render/safe. */
export function csvLine(cells: readonly (string | number | null)[]): string {
  return cells.map(csvCell).join(',');
}
