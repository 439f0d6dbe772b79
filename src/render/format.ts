/** Number formatting shared by every human renderer. JSON never goes through here: it stays unrounded. */

/** 0.236842 → "23.7 %"; null → "–" (no data). */
export function pct(value: number | null, digits = 1, none = '–'): string {
  if (value === null || !Number.isFinite(value)) return none;
  return `${(value * 100).toFixed(digits)} %`;
}

/** Percentage points between two ratios, signed: "+3.2 pp". */
export function pp(delta: number, digits = 1): string {
  const v = (delta * 100).toFixed(digits);
  return `${delta > 0 ? '+' : ''}${v === '-0.0' ? '0.0' : v} pp`;
}

/**
 * Fixed decimals with trailing zeros dropped, thousands grouped like int(): 35.3333 → "35.33",
 * 3 → "3", 603703703.7 → "603,703,703.7" (so a meetings or hours cell reads like the dials beside it).
 */
export function num(value: number | null, digits = 2, none = '–'): string {
  if (value === null || !Number.isFinite(value)) return none;
  return groupThousands(Number(value.toFixed(digits)));
}

/** Whole numbers with thousands separators for readability: 12345 → "12,345". */
export function int(value: number | null, none = '–'): string {
  if (value === null) return none;
  return groupThousands(Math.round(value));
}

/** Round up, for calls: you cannot make a third of a dial. */
export function ceil(value: number | null, none = '–'): string {
  return value === null || !Number.isFinite(value) ? none : int(Math.ceil(value - 1e-9));
}

/** 1234567 → "1,234,567". By hand: the first toLocaleString call initialises ICU (~15 ms of start-up). */
export function groupThousands(n: number): string {
  const [whole = '', fraction] = String(Math.abs(n)).split('.');
  // Three digits or fewer have no thousands to mark (and skip the expression's compilation).
  const grouped = whole.length <= 3 ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (n < 0 ? '-' : '') + grouped + (fraction === undefined ? '' : `.${fraction}`);
}
