import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { memoryIo } from './io-helpers.js';

async function run(args: string[]) {
  const io = memoryIo();
  const code = await main(args, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

describe('an option that takes one value, given twice', () => {
  it.each([
    [['plan', '--meetings-per-day', '3', '--meetings-per-day', '2'], '--meetings-per-day', '3', '2'],
    [['plan', '--meetings-per-day', '3', '--days-per-week=5', '--days-per-week', '7'], '--days-per-week', '5', '7'],
    [['report', 'fixtures/reference-week.csv', '-f', 'json', '--format', 'md'], '--format', 'json', 'md'],
    [['check', 'fixtures/check/week1.csv', '--baseline', 'a.json', '--baseline', 'b.json'], '--baseline', 'a.json', 'b.json'],
  ])('%j is a usage error, not "the last one wins"', async (args, name, first, second) => {
    expect(await run(args)).toEqual({ code: 2, out: '', err: `error: ${name} is given twice ("${first}" and "${second}"), and it takes one value\ngive ${name} once\n` });
  });

  it('repeatable options, variadic ones, switches and the same value twice are fine', async () => {
    expect((await run(['check', 'fixtures/check/week1.csv', '--min', 'meetings/dials=0.01', '--min', 'reached/dials=0.1', '-q', '-q'])).code).toBe(0);
    expect((await run(['plan', '--meetings-per-day', '3', '--what-if', 'meetings/reached=0.3', '--what-if', 'reached/dials=0.4', '-q'])).code).toBe(0);
    expect((await run(['plan', '--meetings-per-day', '3', '--meetings-per-day', '3', '-q'])).code).toBe(0);
  });
});
