/**
 * Time-zone offsets through Intl (no date library: Intl ships the IANA database with Node).
 * Looking up an offset through Intl costs microseconds, so offsets are cached per quarter hour:
 * every real zone changes its offset only on quarter-hour boundaries.
 */
import { UsageError } from '../../errors.js';

const QUARTER_HOUR = 900_000;

/** The machine's zone, the default for `--tz`. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Checks a zone name early so a typo is a usage error, not a failure deep in the reader. */
export function checkTimeZone(zone: string): string {
  if (/^(utc|etc\/utc|gmt)$/i.test(zone)) return 'UTC'; // no need to wake ICU for the commonest zone
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    throw new UsageError(`unknown time zone "${zone}"`, 'use an IANA name such as Europe/Amsterdam, America/New_York or UTC');
  }
}

export class ZoneOffsets {
  private readonly format: Intl.DateTimeFormat | null;
  private readonly cache = new Map<number, number>();
  private lastBucket = NaN;
  private lastOffset = 0;

  constructor(readonly zone: string) {
    const fixed = zone === 'UTC' || zone === 'Etc/UTC' || zone === 'GMT';
    this.format = fixed
      ? null
      : new Intl.DateTimeFormat('en-US', {
          timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
          hour: 'numeric', minute: 'numeric', second: 'numeric',
        });
  }

  /** Milliseconds to add to a UTC instant to get the wall-clock time in the zone. */
  offsetAt(ms: number): number {
    if (this.format === null) return 0;
    const bucket = Math.floor(ms / QUARTER_HOUR);
    if (bucket === this.lastBucket) return this.lastOffset;
    let offset = this.cache.get(bucket);
    if (offset === undefined) {
      offset = this.compute(bucket * QUARTER_HOUR);
      this.cache.set(bucket, offset);
    }
    this.lastBucket = bucket;
    this.lastOffset = offset;
    return offset;
  }

  private compute(ms: number): number {
    const parts: Record<string, number> = {};
    for (const p of this.format!.formatToParts(ms)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
    const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
    return wall - ms;
  }
}
