import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli.js';
import { memoryIo } from '../../io-helpers.js';

/**
 * --map (and a config written by `funnel inspect --write-config`, which pins every column) says which
 * column is the duration; the unit its header names must survive it. Mapped, "Talk (ms)" was read in
 * seconds: a thousand times the talk time, exit 0.
 */
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'funnel-mapped-unit-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function talk(header: string, cells: [string, string], map: string[]): Promise<[number, string]> {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.csv`);
  await writeFile(file, `timestamp,outcome,"${header}"\n2026-01-05T09:00:00Z,connected,${cells[0]}\n2026-01-05T10:00:00Z,no answer,${cells[1]}\n`);
  const io = memoryIo({ cwd: dir });
  expect(await main(['report', file, '--format', 'json', '--tz', 'UTC', '--no-config', ...map.flatMap((m) => ['--map', m])], io)).toBe(0);
  const report = JSON.parse(io.out.join(''));
  return [report.totals.talk_seconds, report.input[0].calllog.duration_unit];
}

describe('a mapped duration column keeps the unit its header names', () => {
  it.each([
    ['Talk (ms)', ['90000', '500'], 90.5, 'milliseconds'],
    ['Duration ms', ['90000', '500'], 90.5, 'milliseconds'],
    ['hs_call_duration', ['90000', '500'], 90.5, 'milliseconds'],
    ['Talk time (min)', ['1.5', '0'], 90, 'minutes'],
    ['Call length (sec)', ['90', '1'], 91, 'seconds'],
    ['Gesprächsdauer (Sekunden)', ['90', '1'], 91, 'seconds'],
  ] as const)('%s', async (header, cells, seconds, unit) => {
    expect(await talk(header, [...cells], [])).toEqual([seconds, unit]);
    expect(await talk(header, [...cells], [`${header}=duration`])).toEqual([seconds, unit]);
    expect(await talk(header, [...cells], [`${header}=duration`, 'timestamp=timestamp', 'outcome=outcome'])).toEqual([seconds, unit]);
  });
});
