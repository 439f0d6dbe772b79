import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_KEYS, ConfigSchema, configJsonSchema } from '../../src/config-schema.js';
import { closestName } from '../../src/did-you-mean.js';
import { formatInputError, InputError } from '../../src/errors.js';
import { loadConfig } from '../../src/io/config.js';
import { findConfigFile } from '../../src/io/config-find.js';
import { memoryIo } from '../io-helpers.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'funnel-config-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Writes a config file in its own folder and returns what loading it says: the values, or the messages. */
async function load(text: string, name = 'funnel.config.json'): Promise<{ values?: unknown; errors?: string[] }> {
  const folder = await mkdtemp(join(dir, 'c-'));
  await writeFile(join(folder, name), text);
  try {
    return { values: (await loadConfig(join(folder, name), memoryIo({ cwd: folder }))).values };
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return { errors: formatInputError(err).split('\n') };
  }
}

describe('funnel.config.json: accepted settings', () => {
  it('takes the issue\'s example as it is', async () => {
    const { values } = await load('{"map": {"Gesprekken": "reached"}, "outcome": {"Demo gepland": "meeting"}, "tz": "Europe/Brussels", "daysPerWeek": 5}');
    expect(values).toEqual({ map: { Gesprekken: 'reached' }, outcome: { 'Demo gepland': 'meeting' }, tz: 'Europe/Brussels', daysPerWeek: 5 });
  });
  it('takes a UTF-8 BOM and a $schema key', async () => {
    const { values } = await load('\uFEFF{"$schema": "./node_modules/funnel-cli/dist/funnel.config.schema.json", "alpha": 0.01}');
    expect(values).toEqual({ $schema: './node_modules/funnel-cli/dist/funnel.config.schema.json', alpha: 0.01 });
  });
  it('resolves the baseline against the config file\'s folder, not the working directory', async () => {
    const folder = await mkdtemp(join(dir, 'b-'));
    await mkdir(join(folder, 'data', 'deep'), { recursive: true });
    await writeFile(join(folder, 'funnel.config.json'), '{"baseline": "data/base.json"}');
    const loaded = await loadConfig(join(folder, 'funnel.config.json'), memoryIo({ cwd: join(folder, 'data', 'deep') }));
    expect(loaded.values.baseline).toBe(join('..', 'base.json'));
    expect(loaded.shown).toBe(join('..', '..', 'funnel.config.json'));
  });
});

describe('funnel.config.json: every problem as "FILE: key: what is wrong — how to fix"', () => {
  it('a mistyped key: did you mean', async () => {
    expect((await load('{"dayPerWeek": 5}')).errors).toEqual(['funnel.config.json: dayPerWeek: is not a setting — did you mean "daysPerWeek"?']);
    expect((await load('{"days_per_week": 5}')).errors).toEqual(['funnel.config.json: days_per_week: is not a setting — did you mean "daysPerWeek"?']);
    expect((await load('{"skipBadRow": true}')).errors).toEqual(['funnel.config.json: skipBadRow: is not a setting — did you mean "skipBadRows"?']);
  });
  it('a key far from every setting lists the settings', async () => {
    const [line] = (await load('{"colour": "red"}')).errors ?? [];
    expect(line).toMatch(/^funnel\.config\.json: colour: is not a setting — settings: map, outcome, unknownOutcomes, tz, /);
  });
  it('a flag chosen per run is refused with why', async () => {
    expect((await load('{"format": "json"}')).errors).toEqual(['funnel.config.json: format: --format is chosen per run, not in the config file — remove "format" and give --format on the command line']);
    expect((await load('{"by": "rep"}')).errors).toEqual(['funnel.config.json: by: --by is chosen per run, not in the config file — remove "by" and give --by on the command line']);
  });
  it('numbers out of range, with the value seen and an example', async () => {
    expect((await load('{"tolerance": 2}')).errors).toEqual(['funnel.config.json: tolerance: must be a share from 0 and below 1 (write 10 % as 0.1), got 2 — e.g. "tolerance": 0.1']);
    expect((await load('{"daysPerWeek": "5"}')).errors).toEqual(['funnel.config.json: daysPerWeek: must be a number above 0 and at most 7, got "5" — e.g. "daysPerWeek": 5']);
    expect((await load('{"window": 2.5}')).errors).toEqual(['funnel.config.json: window: must be a whole number of weeks, at least 1, got 2.5 — e.g. "window": 4']);
    expect((await load('{"alpha": 0}')).errors).toEqual(['funnel.config.json: alpha: must be a share above 0 and below 1 (write 5 % as 0.05), got 0 — e.g. "alpha": 0.05']);
  });
  it('an open decision ("?") names the key and the choices', async () => {
    expect((await load('{"map": {"Gesprekken": "?"}, "outcome": {"Demo gepland": "?meeting"}}')).errors).toEqual([
      'funnel.config.json: map.Gesprekken: needs a decision — replace "?" with a field: week, rep, dials, reached, callbacks_short, callbacks_long, callbacks, meetings, hours, year, timestamp, date, time, outcome, direction, duration, contact, ignore',
      'funnel.config.json: outcome["Demo gepland"]: needs a decision (its words suggest meeting) — replace "?meeting" with a stage: dial, reached, meeting, callback, callback_short, callback_long, no_answer',
    ]);
  });
  it('a wrong field, stage or ratio: did you mean', async () => {
    expect((await load('{"map": {"Anrufe": "dails"}}')).errors).toEqual([
      'funnel.config.json: map.Anrufe: "dails" is not a field — did you mean "dials"? use one of week, rep, dials, reached, callbacks_short, callbacks_long, callbacks, meetings, hours, year, timestamp, date, time, outcome, direction, duration, contact, ignore',
    ]);
    expect((await load('{"min": {"meetings/reachd": 0.2}}')).errors).toEqual([
      'funnel.config.json: min["meetings/reachd"]: is not a ratio — did you mean "meetings/reached"? ratios: reached/dials, meetings/reached, meetings/dials, callbacks/reached',
    ]);
    expect((await load('{"ratio": ["meetings/dial"]}')).errors).toEqual([
      'funnel.config.json: ratio[0]: "meetings/dial" is not a ratio — did you mean "meetings/dials"? use one of reached/dials, meetings/reached, meetings/dials, callbacks/reached',
    ]);
  });
  it('an object where one is needed', async () => {
    expect((await load('{"map": "Gesprekken=reached"}')).errors).toEqual([
      'funnel.config.json: map: must be an object of "Header as in the file": "field", got "Gesprekken=reached" — e.g. "map": { "Gesprekken": "reached" }',
    ]);
    expect((await load('[1]')).errors).toEqual(['funnel.config.json: must hold one JSON object — e.g. { "tz": "Europe/Brussels", "map": { "Gesprekken": "reached" } }']);
  });
  it('two entries that read as one header, or one label, but say different things', async () => {
    expect((await load('{"map": {"Gesprekken": "reached", "gesprekken ": "dials"}}')).errors).toEqual([
      'funnel.config.json: map["gesprekken "]: reads as the same header as "Gesprekken" but says "dials", not "reached" — keep one of the two entries',
    ]);
    expect((await load('{"outcome": {"Demo": "meeting", "DEMO!": "meeting"}}')).values).toEqual({ outcome: { Demo: 'meeting', 'DEMO!': 'meeting' } });
  });
  it('the same key twice in one object (JSON would keep the last in silence)', async () => {
    expect((await load('{\n  "outcome": {\n    "Demo": "meeting",\n    "Demo": "dial"\n  }\n}')).errors).toEqual([
      'funnel.config.json:4:5: outcome.Demo: is given twice in the same object, and JSON keeps only the last — keep one of the two entries',
    ]);
  });
  it('settings that exclude each other, as their flags do', async () => {
    expect((await load('{"meetingsPerDay": 3, "meetingsPerWeek": 12}')).errors).toEqual(['funnel.config.json: meetingsPerWeek: meetingsPerDay and meetingsPerWeek exclude each other — keep one target']);
    expect((await load('{"window": 4, "all": true}')).errors).toEqual(['funnel.config.json: all: window and all exclude each other — keep one scope']);
    expect((await load('{"window": 4, "all": false}')).values).toEqual({ window: 4, all: false });
  });
  it('an unknown time zone', async () => {
    expect((await load('{"tz": "Europe/Brusels"}')).errors).toEqual(['funnel.config.json: tz: unknown time zone "Europe/Brusels" — use an IANA name such as Europe/Amsterdam, America/New_York or UTC']);
  });
  it('broken JSON: where, never the file\'s text', async () => {
    expect((await load('{\n  "tz": "UTC",\n}')).errors).toEqual([
      'funnel.config.json:3:1: is not valid JSON — write one JSON object, e.g. { "tz": "Europe/Brussels", "map": { "Gesprekken": "reached" } } (no comments or trailing commas)',
    ]);
    expect((await load('   ')).errors?.[0]).toMatch(/^funnel\.config\.json(:\d+:\d+)?: is empty — /);
  });
  it('every problem of the file at once', async () => {
    expect((await load('{"dayPerWeek": 5, "alpha": 2, "tz": "Nowhere/City"}')).errors).toHaveLength(3);
  });
});

describe('finding funnel.config.json', () => {
  it('walks up from the working directory to the nearest one', async () => {
    const root = await mkdtemp(join(dir, 'walk-'));
    await mkdir(join(root, 'a', 'b', 'c'), { recursive: true });
    await writeFile(join(root, 'funnel.config.json'), '{}');
    await writeFile(join(root, 'a', 'funnel.config.json'), '{}');
    expect(findConfigFile(join(root, 'a', 'b', 'c'))).toBe(join(root, 'a', 'funnel.config.json'));
    expect(findConfigFile(root)).toBe(join(root, 'funnel.config.json'));
  });
  it('ignores a folder of that name, and stops at the root', async () => {
    const root = await mkdtemp(join(dir, 'none-'));
    await mkdir(join(root, 'funnel.config.json'));
    // Nothing above a fresh temporary folder has one (or this machine's test setup is wrong).
    expect(findConfigFile(root)).toBeNull();
  });
});

describe('did you mean', () => {
  const keys = CONFIG_KEYS.filter((k) => k !== '$schema');
  it.each(keys.filter((k) => k.length >= 4))('%s: a dropped letter, a swap of neighbours and snake_case each suggest it', (key) => {
    for (let i = 0; i < key.length; i++) {
      expect(closestName(key.slice(0, i) + key.slice(i + 1), keys), `${key} without letter ${i}`).toBe(key);
    }
    for (let i = 0; i + 1 < key.length; i++) {
      const swapped = key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2);
      if (swapped !== key) expect(closestName(swapped, keys), swapped).toBe(key);
    }
    expect(closestName(key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), keys)).toBe(key);
  });
  it('words unlike every setting suggest nothing', () => {
    for (const word of ['colour', 'verbose', 'output_dir', 'locale', 'currency', 'team', 'x']) expect(closestName(word, keys), word).toBeUndefined();
  });
  it('suggests within a small edit distance only', () => {
    expect(closestName('tolerence', ['tolerance', 'alpha'])).toBe('tolerance');
    expect(closestName('aplha', ['tolerance', 'alpha'])).toBe('alpha');
    expect(closestName('foo', ['tolerance', 'alpha'])).toBeUndefined();
    expect(closestName('TZ', ['tz', 'map'])).toBe('tz');
  });
});

describe('the published JSON Schema', () => {
  it('dist/funnel.config.schema.json is what the zod schema generates (the build wrote it)', async () => {
    const shipped = JSON.parse(await readFile(new URL('../../dist/funnel.config.schema.json', import.meta.url), 'utf8'));
    expect(shipped).toEqual(configJsonSchema());
    expect(shipped.additionalProperties).toBe(false);
    expect(Object.keys(shipped.properties)).toEqual(Object.keys(ConfigSchema.shape));
    expect(shipped.properties.daysPerWeek).toMatchObject({ type: 'number', exclusiveMinimum: 0, maximum: 7 });
  });
  it('is shipped in the package', async () => {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(pkg.files).toContain('dist');
  });
});
