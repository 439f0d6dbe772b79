import { describe, expect, it } from 'vitest';
import { progressBar, progressLine } from '../../../src/io/calllog/progress.js';

describe('progress on stderr', () => {
  it('shows bytes, rows per second and time left', () => {
    expect(progressLine('calls.csv', 210 * 2 ** 20, 420 * 2 ** 20, 4_800_000, 1)).toBe('calls.csv [##########----------] 50% 210/420 MB · 4.8M rows/s · 1s left');
    expect(progressLine('calls.csv', 0, 420 * 2 ** 20, 0, 0)).toBe('calls.csv [--------------------] 0% 0/420 MB · 0k rows/s · …');
  });

  it('redraws at most five times a second and clears its line at the end', () => {
    const out: string[] = [];
    let now = 0;
    const bar = progressBar('x.csv', 100, (t) => out.push(t), () => now);
    bar.update(10, 10);
    now = 100;
    bar.update(20, 20); // too soon
    now = 250;
    bar.update(50, 50);
    bar.done();
    expect(out).toEqual(['\rx.csv [##########----------] 50% 0/0 MB · 0k rows/s · 1s left\u001b[K', '\r\u001b[K']);
  });

  it('draws nothing for a read that ends before the first redraw', () => {
    const out: string[] = [];
    const bar = progressBar('x.csv', 100, (t) => out.push(t), () => 0);
    bar.update(100, 100);
    bar.done();
    expect(out).toEqual([]);
  });
});
