import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { memoryIo } from './io-helpers.js';

async function help(args: string[]): Promise<string> {
  const io = memoryIo();
  expect(await main(args, io)).toBe(0);
  return io.out.join('');
}

const PAGES = [['--help'], ['report', '--help'], ['plan', '--help'], ['check', '--help'], ['inspect', '--help'], ['track', '--help']];

/** The `$ funnel …` lines of a help page, with `\` continuations joined. */
function examples(text: string): string[][] {
  const joined = text.replace(/ \\\n\s+/g, ' ');
  return [...joined.matchAll(/^\s+\$ funnel (.+?)(?:\s+#.*)?$/gm)].map((m) =>
    [...m[1]!.matchAll(/"([^"]*)"|(\S+)/g)].map((a) => a[1] ?? a[2]!),
  );
}

describe('help pages', () => {
  it.each(PAGES.map((p) => [p.join(' '), p] as const))('funnel %s: plain ASCII, at most 80 columns a line', async (_name, args) => {
    for (const line of (await help([...args])).split('\n')) {
      expect(line, line).toMatch(/^[\x20-\x7e]*$/);
      expect(line.length, line).toBeLessThanOrEqual(80);
    }
  });

  it('each command shows a call-log example of its own command', async () => {
    expect(await help(['plan', '--help'])).toContain('$ funnel plan --meetings-per-day 3 --from calls.csv --tz Europe/Amsterdam');
    expect(await help(['check', '--help'])).toContain('$ funnel check calls.csv --baseline baseline.json --tz Europe/Amsterdam');
    expect(await help(['check', '--help'])).toContain('3 internal error');
    expect(await help(['track', '--help'])).toContain('$ funnel track plan.json calls.csv --tz Europe/Amsterdam');
  });

  it('every example that needs only shipped fixtures runs (exit 0, no stack trace)', async () => {
    let ran = 0;
    for (const page of PAGES) {
      for (const args of examples(await help(page))) {
        const files = args.filter((a) => /\.(csv|json|xml)$/.test(a));
        // -o would leave the example's file in the working tree (test/e2e/html.browser.test.ts runs those).
        if (args.includes('|') || args.includes('>') || args.includes('-o') || files.some((f) => !f.startsWith('fixtures/'))) continue;
        const io = memoryIo();
        const code = await main([...args, '--quiet'], io);
        expect(`${args.join(' ')} -> ${code} ${io.err.join('')}`).toBe(`${args.join(' ')} -> 0 `);
        ran++;
      }
    }
    expect(ran).toBe(13); // root: 2 (report, plan); report: 2; plan: 8 (two of them --by rep); inspect: 1
  });
});
