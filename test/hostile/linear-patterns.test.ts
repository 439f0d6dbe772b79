import { describe, expect, it } from 'vitest';
import { parseShare } from '../../src/core/check-spec.js';
import { parseWhatIf } from '../../src/commands/plan-options.js';
import { fieldForHeader, isSummaryLabel, normaliseHeader } from '../../src/domain/fields.js';
import { matchCallLogHeader, matchWeeklyHeader } from '../../src/domain/header-match.js';
import { builtInStage } from '../../src/domain/outcomes.js';
import { resolveWeekLabels } from '../../src/domain/weeks.js';
import { words } from '../../src/domain/words.js';
import { parseDuration } from '../../src/io/calllog/duration.js';
import { parseTimestamp, slashOrder } from '../../src/io/calllog/timestamp.js';
import { ZoneOffsets } from '../../src/io/calllog/zone.js';
import { detectDecimalMark, otherLocaleThousands, parseHours, parseNumber } from '../../src/io/numbers.js';
import { csvCell, markdown, terminal, xmlAttr } from '../../src/render/safe.js';

/**
 * Every pattern that sees a cell must run in linear time: a week cell "a" + 100,000 spaces + "b" took
 * 17 s through a backtracking regex. Each reader runs on 1 KB and 100 KB hostile cells, in this process,
 * and the time per call may grow at most ~10 times faster than the cell (100×): a quadratic pattern grows
 * 10,000×. A ratio of two runs side by side, not a wall-clock limit.
 */

const zone = new ZoneOffsets('Europe/Brussels');
const quietly = (f: () => unknown) => () => {
  try {
    f();
  } catch {
    // usage errors are an answer too
  }
};

const READERS: Record<string, (cell: string) => unknown> = {
  'week label': (c) => resolveWeekLabels([c, '2026-W05']),
  'number': (c) => parseNumber(c, ','),
  'hours': (c) => parseHours(c, '.'),
  'decimal mark': (c) => detectDecimalMark([c], ';'),
  'other-locale thousands': (c) => otherLocaleThousands(c, '.'),
  'timestamp': (c) => parseTimestamp(c, zone),
  'slash order': (c) => slashOrder(c),
  'duration': (c) => parseDuration(c, 'seconds', false),
  'header': (c) => [fieldForHeader(c), matchWeeklyHeader(c), matchCallLogHeader(c), normaliseHeader(c), words(c)],
  'summary label': (c) => isSummaryLabel(c),
  'outcome': (c) => builtInStage(c),
  'share flag': (c) => parseShare(c),
  'what-if flag': (c) => quietly(() => parseWhatIf(c))(),
  'safe renderers': (c) => [terminal(c), markdown(c), csvCell(c), xmlAttr(c)],
};

/** Cells that make backtracking patterns explode: long runs between parts that almost match. */
const SHAPES: Record<string, (n: number) => string> = {
  'spaces between words': (n) => `a${' '.repeat(n)}b`,
  'spaces after a number': (n) => `1${' '.repeat(n)}x`,
  'spaces after a time': (n) => `2026-01-05 9:12${' '.repeat(n)}x`,
  'spaces after a unit': (n) => `1 h${' '.repeat(n)}x`,
  'spaces before a bracket': (n) => `Dials${' '.repeat(n)}(x`,
  'spaces around =': (n) => `a${' '.repeat(n)}`,
  'digits': (n) => '1'.repeat(n),
  'dashes': (n) => `1${' -'.repeat(n / 2)}`,
  'letters': (n) => 'W'.repeat(n),
  'colons': (n) => ':'.repeat(n),
};

/** Nanoseconds per call: repeated until 5 ms have passed, the fastest of three rounds. */
function cost(read: (cell: string) => unknown, cell: string): number {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    let calls = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0n;
    do {
      read(cell);
      calls++;
      elapsed = process.hrtime.bigint() - start;
    } while (elapsed < 5_000_000n);
    best = Math.min(best, Number(elapsed) / calls);
  }
  return best;
}

describe('every cell-reading pattern runs in linear time', () => {
  for (const [reader, read] of Object.entries(READERS)) {
    it(reader, () => {
      const growth: Record<string, number> = {};
      for (const [shape, make] of Object.entries(SHAPES)) {
        const small = cost(read, make(1_000));
        const large = cost(read, make(100_000));
        growth[shape] = Math.round(large / small);
      }
      // Linear is about 100 (often less: long cells are refused at their length); quadratic 10,000.
      for (const [shape, g] of Object.entries(growth)) expect({ shape, growth: g, linear: g < 1_000 }).toMatchObject({ shape, linear: true });
    });
  }
});
