import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cutPoints } from '../../../src/io/calllog/parts.js';

describe('cutting a call log into parts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'funnel-cuts-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // 10,000 lines of 10 bytes ("line 0000\n"…): every line start is a multiple of 10.
  const file = join(dir, 'lines.csv');
  writeFileSync(file, Array.from({ length: 10_000 }, (_, i) => `line ${String(i).padStart(4, '0')}\n`).join(''));
  const size = 100_000;
  // A part starts at the first line start after its share's end.
  const after = (target: number) => Math.floor(target / 10) * 10 + 10;

  it('cuts into equal ranges at line starts', () => {
    const cuts = cutPoints(file, 0, size, 4);
    expect(cuts).toEqual([0, after(25_000), after(50_000), after(75_000), size]);
  });

  it('gives the first range a lead (this thread reads while workers start), the rest equal', () => {
    const cuts = cutPoints(file, 0, size, 2, 'utf-8', 10_000);
    // 10,000 more for the first part: its share ends at 10,000 + 90,000 / 2 = 55,000.
    expect(cuts).toEqual([0, after(55_000), size]);
    const four = cutPoints(file, 0, size, 4, 'utf-8', 10_000);
    expect(four).toEqual([0, after(32_500), after(55_000), after(77_500), size]);
  });

  it('never gives the first range more than half a range extra', () => {
    // A lead bigger than the file: capped at 100,000 / (2 × 2) = 25,000, so the cut is at 25,000 + 37,500.
    expect(cutPoints(file, 0, size, 2, 'utf-8', 10 ** 9)).toEqual([0, after(62_500), size]);
  });
});
