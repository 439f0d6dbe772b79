import type { Command } from 'commander';
import { UsageError } from './errors.js';

/**
 * An option that takes one value, given twice: commander silently keeps the last, so
 * `--meetings-per-day 3 … --meetings-per-day 2` planned for 2 without a word. Repeatable options
 * (parsed by `repeatable`, or variadic like --from) and plain switches (--quiet twice is harmless)
 * are left alone.
 */
export function rejectRepeatedOptions(program: Command, argv: readonly string[], repeatable: (value: string, previous?: string[]) => string[]): void {
  const cmd = program.commands.find((c) => c.name() === argv[0]);
  if (!cmd) return;
  const seen = new Map<string, string>();
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (!arg.startsWith('-') || arg === '-') continue;
    const [flag = '', inline] = arg.split(/=(.*)/s);
    const opt = cmd.options.find((o) => o.long === flag || o.short === flag);
    if (!opt || opt.variadic || opt.parseArg === repeatable || !(opt.required || opt.optional)) continue;
    const value = inline ?? argv[i + 1] ?? '';
    const name = opt.long ?? flag;
    const before = seen.get(name);
    if (before !== undefined && before !== value) {
      throw new UsageError(`${name} is given twice ("${before}" and "${value}"), and it takes one value`, `give ${name} once`);
    }
    seen.set(name, value);
  }
}
