import { Command, CommanderError, Option } from 'commander';
import { InputError, UsageError, formatInputError } from './errors.js';
import type { Io } from './io/process-io.js';
import type { CommandResult } from './commands/result.js';

export { processIo } from './io/process-io.js';

declare const __FUNNEL_VERSION__: string;
const VERSION = typeof __FUNNEL_VERSION__ === 'string' ? __FUNNEL_VERSION__ : '0.0.0-dev';

const EXIT = { ok: 0, usage: 2, bug: 3 } as const;

const ROOT_EXAMPLES = `
Examples:
  $ funnel report fixtures/reference-week.csv          totals, ratio chain, week by week
  $ funnel report team.csv --by rep --format json      per-rep comparison as JSON
  $ funnel plan --meetings-per-day 3                   dials and hours for 3 meetings a day

Exit codes: 0 ok · 1 check found a regression · 2 usage or input error · 3 internal error (a bug)`;

const REPORT_EXAMPLES = `
Examples:
  $ funnel report fixtures/reference-week.csv
  $ funnel report fixtures/team-8-weeks.csv --by rep
  $ funnel report week1.csv week2.csv --format json | jq .ratios
  $ cat export.csv | funnel report - --map "Gesprekken=reached"

Input: one row per week (optionally per rep). Headers are matched case-, space- and
accent-insensitively, in English, Dutch and German (Calls, Telefoons, Anrufe, ...).
Delimiter (, ; tab), encoding (UTF-8, UTF-16 with BOM, Windows-1252) and decimal
commas are detected. Ratios are pooled (sum ÷ sum), never averages of weekly ratios.

Intervals are 90 % Wilson score intervals. With --by rep, each rep's meetings/reached
is compared with the rest of the team by Fisher's exact test (two-sided); a mark
(★ better, ▽ worse) means p < 0.05.`;

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Colour and Unicode only when a person is watching a capable terminal. */
export function wantsColor(io: Io, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.TERM === 'dumb') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdoutIsTTY;
}

function buildProgram(io: Io, setResult: (r: Promise<CommandResult>) => void): Command {
  const program = new Command('funnel')
    .description('Turn an inside-sales team’s effort into predictable results: ratios, plans and CI checks.')
    .version(VERSION, '-V, --version')
    .option('--debug', 'show internal details (stack traces) on errors')
    .showSuggestionAfterError(true)
    .showHelpAfterError('(run with --help for usage and examples)')
    .addHelpText('after', ROOT_EXAMPLES)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  program
    .command('report')
    .description('totals, ratio chain, week-by-week evolution and per-rep comparison of weekly activity tables')
    .argument('<file...>', 'CSV files with one row per week (and rep); - reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'csv', 'md']).default('table'))
    .addOption(new Option('--by <dimension>', 'compare each rep against the rest of the team').choices(['rep']))
    .option('--map <header=field>', 'map an unrecognised header to a field (repeatable), e.g. "Gesprekken=reached"', collect, [])
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('--no-color', 'plain text without colour or Unicode symbols')
    .option('-q, --quiet', 'no notices or warnings on stderr')
    .addHelpText('after', REPORT_EXAMPLES)
    .action(async (files: string[], opts: Record<string, unknown>) => {
      const { runReport } = await import('./commands/report.js');
      setResult(runReport({ files, ...opts, color: wantsColor(io, opts.color as boolean | undefined) } as never, io));
    });

  addCallLogOptions(program);
  for (const cmd of program.commands) cmd.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  return program;
}

// --- call-log options, shared by every command that reads activity (report, plan --from, check) ---
const CALL_LOG_HELP = `
Call logs: a CRM or dialer export with one row per call (a timestamp and an outcome column, optionally
rep and duration) is recognised by its columns and counted per ISO week and rep: every call is a dial;
outcomes such as connected, meeting booked or callback count as reached (HubSpot, Salesforce, Close,
Aircall, Pipedrive, Ringover labels in English, Dutch and German). Weeks are counted in --tz, by default
the machine's time zone; timestamps without an offset are taken as wall-clock time in that zone.
  $ funnel report calls.csv --tz Europe/Amsterdam --outcome "Demo gepland=meeting"`;

function addCallLogOptions(program: Command): void {
  for (const cmd of program.commands.filter((c) => ['report', 'plan', 'check'].includes(c.name()))) {
    cmd
      .option('--log', 'read the inputs as call logs (one row per call) even if their columns are not recognised')
      .option('--outcome <label=stage>', 'map a call outcome to dial (no_answer), reached, meeting, callback, callback_short or callback_long (repeatable)', collect, [])
      .option('--tz <zone>', 'IANA time zone that call-log weeks are counted in (default: this machine\'s zone)')
      .option('--skip-bad-rows', 'skip unreadable call-log rows with a counted warning instead of failing')
      .addHelpText('after', CALL_LOG_HELP);
  }
}

/** Runs the CLI with the given arguments. The one place where errors become exit codes. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let pending: Promise<CommandResult> | undefined;
  const program = buildProgram(io, (r) => (pending = r));
  if (argv.length === 0) {
    io.stdout(program.helpInformation() + ROOT_EXAMPLES.trimStart() + '\n');
    return EXIT.ok;
  }
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync([...argv], { from: 'user' });
    if (!pending) return EXIT.ok;
    const result = await pending;
    if (result.stdout) io.stdout(result.stdout.endsWith('\n') ? result.stdout : result.stdout + '\n');
    return result.exitCode;
  } catch (err) {
    return reportError(err, io, debug);
  }
}

function reportError(err: unknown, io: Io, debug: boolean): number {
  if (err instanceof CommanderError) {
    // Commander has already printed help, the version, or the usage message.
    return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (err instanceof InputError) {
    io.stderr(formatInputError(err) + '\n');
    return EXIT.usage;
  }
  if (err instanceof UsageError) {
    io.stderr(`error: ${err.message}${err.hint ? `\n${err.hint}` : ''}\n`);
    return EXIT.usage;
  }
  const detail = err instanceof Error ? (debug ? (err.stack ?? err.message) : err.message) : String(err);
  io.stderr(
    `internal error: ${detail}\n` +
      (debug ? '' : 'Run again with --debug for details. ') +
      'This is a bug in funnel: please report it with the command you ran.\n',
  );
  return EXIT.bug;
}
