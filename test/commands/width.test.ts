import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { memoryIo } from '../io-helpers.js';
import { ROOT } from '../io/io-helpers.js';

async function reportLines(io: ReturnType<typeof memoryIo>): Promise<string[]> {
  expect(await main(['report', 'fixtures/team-8-weeks.csv', '--quiet'], io)).toBe(0);
  return io.out.join('').split('\n');
}

const headOf = (lines: string[]) => lines.filter((l) => /\bWeek\b/.test(l) && l.includes('|'));

describe('layout width', () => {
  it('a pipe gets 80 columns: the wide week table is split into counts and ratios', async () => {
    const lines = await reportLines(memoryIo({ cwd: ROOT, env: { NO_COLOR: '1' } }));
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(headOf(lines)).toHaveLength(2);
  });

  it('a wide terminal gets its width: the week table stays whole', async () => {
    const io = memoryIo({ cwd: ROOT, env: { NO_COLOR: '1' }, stdoutIsTTY: true, columns: 160 });
    const lines = await reportLines(io);
    const heads = headOf(lines);
    expect(heads).toHaveLength(1);
    expect(heads[0]).toMatch(/Dials.*mtg\/dial/);
  });
});
