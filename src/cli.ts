import { Command, CommanderError, Option } from 'commander';
import { InputError, MAX_LISTED_PROBLEMS, UsageError } from './errors.js';
import type { Io } from './io/process-io.js';
import { writeHint } from './io/write-hint.js';
import type { CommandResult } from './commands/result.js';
import { CALL_LOG_EXAMPLES, CHECK_EXAMPLES, callLogHelp, INSPECT_EXAMPLES, PLAN_EXAMPLES, REPORT_EXAMPLES, ROOT_EXAMPLES, TRACK_EXAMPLES } from './help.js';
import { CHECK_FORMATS, INSPECT_FORMATS, PLAN_FORMATS, REPORT_FORMATS, TRACK_FORMATS } from './render/formats.js';
import { CONFIG_FILE_NAME } from './config-name.js';
import { problemLines } from './render/problems.js';
import { cut, netted, terminal } from './render/safe.js';

import { rejectRepeatedOptions } from './repeated-options.js';
import { applyConfig } from './config-flags.js';

export { processIo } from './io/process-io.js';

declare const __FUNNEL_VERSION__: string;
const VERSION = typeof __FUNNEL_VERSION__ === 'string' ? __FUNNEL_VERSION__ : '0.0.0-dev';

const EXIT = { ok: 0, usage: 2, bug: 3 } as const;
const COMMANDS = ['report', 'plan', 'check', 'inspect', 'track'] as const;





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

/** Commander's messages repeat what was typed (an unknown option, a bad choice): made safe line by line. */
function commanderOutput(io: Io) {
  return { writeOut: io.stdout, writeErr: io.stderr, outputError: (text: string, write: (s: string) => void) => write(safeLines(text)) };
}

/** Text of several lines, each made safe for the terminal and cut (an error may quote a whole cell). */
function safeLines(text: string, max = 1000): string {
  return text.split('\n').map((line) => terminal(cut(line, max))).join('\n');
}

function buildProgram(io: Io, setResult: (r: Promise<CommandResult>) => void, only?: string): Command {
  const program = new Command('funnel')
    .description("Turn an inside-sales team's effort into predictable results: ratios, plans and CI checks.")
    .version(VERSION, '-V, --version')
    .option('--debug', 'show internal details (stack traces) on errors')
    .showSuggestionAfterError(true)
    .showHelpAfterError('(run with --help for usage and examples)')
    .addHelpText('after', ROOT_EXAMPLES)
    .exitOverride()
    .configureOutput(commanderOutput(io))
    .hook('preAction', async (_program, command) => {
      // Awaited: the settings must be in place (or refused) before the command runs.
      await applyConfig(command, io);
      // --debug also tells how each input was read, as --verbose does.
      if (program.opts().debug && command.options.some((o) => o.long === '--verbose')) command.setOptionValue('verbose', true);
    });

  const report = program
    .command('report')
    .description('totals, ratio chain, week-by-week evolution and per-rep comparison of weekly activity tables')
    .argument('<file...>', 'CSV files with one row per week (and rep); - reads stdin');
  const fillReport = () =>
    report
      .addOption(new Option('--by <dimension>', 'compare each rep against the rest of the team').choices(['rep']))
      .option('--all-reps', 'list every rep in the table (above 40 reps it shows the flagged, top and bottom ones)')
      .addHelpText('after', REPORT_EXAMPLES + callLogHelp(CALL_LOG_EXAMPLES.report))
      .action(async (files: string[], opts: Record<string, unknown>) => {
        const { runReport } = await import('./commands/report.js');
        setResult(runReport({ files, ...opts, color: wantsColor(io, opts.color as boolean | undefined) } as never, io));
      });

  const plan = program
    .command('plan')
    .description('back-solve the dials, conversations and hours a meeting target needs, with a range');
  const fillPlan = () =>
    plan
      .option('--meetings-per-day <n>', 'target meetings a day (fractions allowed)')
      .option('--meetings-per-week <n>', 'target meetings a week, spread over --days-per-week')
      .option('--days-per-week <n>', 'calling days a week (default: 5)')
      .option('--ratios <m/r/d>', 'rates from counts: meetings/reached/dials, e.g. 9/38/106')
      .option('--reach-rate <rate>', 'reached/dials, e.g. 0.36 (with --meeting-rate; no range then)')
      .option('--meeting-rate <rate>', 'meetings/reached, e.g. 0.24 (with --reach-rate)')
      .option('--from <file...>', 'history: CSV files as for report (- reads stdin)')
      .option('--rep <name>', 'use one rep of the history')
      .option('--last <weeks>', 'use the last N weeks of the history')
      .option('--dials-per-hour <n>', 'time model: a constant pace')
      .option('--minutes-per-dial <min>', 'time model: minutes per dial that does not reach a decision-maker (default: 2)')
      .option('--minutes-per-conversation <min>', 'time model: minutes per conversation with a decision-maker (default: 5)')
      .option('--workday-hours <h>', 'hours in a rep\'s working day (default: 8)')
      .option('--selling-share <share>', 'share of a rep\'s day that goes to selling (default: 0.39)')
      .option('--confidence <p>', 'share of days on which the confident dials book the target, expected (default: 0.9)')
      .option('--assurance <p>', 'stricter: be this sure that the share of days is at least --confidence, e.g. 0.8')
      .option('--what-if <ratio=value>', 'recompute with a changed ratio (repeatable), e.g. "meetings/reached=0.30"', collect, [])
      .addOption(new Option('--by <dimension>', 'plan each rep from their own rates (shrunk toward the team), plus the team total').choices(['rep']))
      .option('--targets <file>', 'with --by rep: each rep\'s meetings a week from a CSV "rep,meetings_per_week"')
      .option('--backtest', 'replay the plan from weeks 1..k against week k+1: how often meetings fell in the 90 % range')
      .addHelpText('after', PLAN_EXAMPLES + callLogHelp(CALL_LOG_EXAMPLES.plan))
      .action(async (opts: Record<string, unknown>) => {
        const { runPlan } = await import('./commands/plan.js');
        setResult(runPlan({ ...opts, color: wantsColor(io, opts.color as boolean | undefined) } as never, io));
      });

  const check = program
    .command('check')
    .description('fail a CI job when funnel ratios regress beyond chance (exit 1), against bounds or a baseline')
    .argument('<file...>', 'CSV files with one row per week (and rep); - reads stdin');
  const fillCheck = () =>
    check
      .option('--min <ratio=value>', 'the ratio must not fall below value (repeatable), e.g. "meetings/reached=0.2" or "=20%"', collect)
      .option('--max <ratio=value>', 'the ratio must not rise above value (repeatable)', collect)
      .option('--baseline <file>', 'a report JSON ("funnel report --format json") to compare with')
      .option('--ratio <name>', 'with --baseline: compare only this ratio (repeatable; default all the baseline records)', collect)
      .option('--tolerance <share>', 'relative drop from the baseline allowed, e.g. 0.1 or 10% (default 0.10)')
      .option('--alpha <share>', 'significance level of the one-sided tests (default 0.05)')
      .option('--strict', 'compare point values only, without significance tests')
      .option('--window <weeks>', 'check the last N weeks pooled instead of the latest week')
      .option('--all', 'check all weeks pooled')
      .addOption(new Option('--by <dimension>', 'check each rep').choices(['rep']))
      .option('--require-data', 'fail when a ratio has no data (zero denominator)')
      .option('--junit <file>', 'also write JUnit XML (one test case per check), atomically')
      .option('--plan <file>', 'a plan file ("funnel plan ... --format json -o plan.json"): fail when behind it beyond chance')
      .addHelpText('after', CHECK_EXAMPLES + callLogHelp(CALL_LOG_EXAMPLES.check))
      .action(async (files: string[], opts: Record<string, unknown>) => {
        const { runCheck } = await import('./commands/check.js');
        setResult(runCheck({ files, ...opts, color: wantsColor(io, opts.color as boolean | undefined) } as never, io));
      });

  const inspect = program
    .command('inspect')
    .description('show how each file is understood (columns, weeks, outcomes); exit 2 when something is not')
    .argument('<file...>', 'CSV files: weekly tables or call logs; - reads stdin');
  const fillInspect = () =>
    inspect
      .option('--write-config [file]', `write a starting config (default: ${CONFIG_FILE_NAME}) with "?" where you decide`)
      .option('--force', 'with --write-config: replace a file that is already there')
      .addHelpText('after', INSPECT_EXAMPLES)
      .action(async (files: string[], opts: Record<string, unknown>) => {
        const { runInspect } = await import('./commands/inspect.js');
        setResult(runInspect({ files, ...opts, color: wantsColor(io, opts.color as boolean | undefined) } as never, io));
      });

  const track = program
    .command('track')
    .description('a saved plan against actuals: per week and rep, the gap (effort or conversion), and who is on track')
    .argument('<plan>', 'a plan file written by "funnel plan ... --format json -o plan.json"')
    .argument('<file...>', 'actuals: CSV files with one row per week (and rep), or call logs; - reads stdin');
  const fillTrack = () =>
    track
      .addOption(new Option('--period <period>', 'the current period: this ISO week, or this calendar month').choices(['week', 'month']).default('week'))
      .option('--as-of <date>', 'the day to track up to, YYYY-MM-DD, counted as done (default: today)')
      .option('--alpha <share>', 'significance level for "behind beyond chance", Holm-adjusted across team and reps (default 0.05)')
      .addHelpText('after', TRACK_EXAMPLES + callLogHelp(CALL_LOG_EXAMPLES.track))
      .action(async (planFile: string, files: string[], opts: Record<string, unknown>) => {
        const { runTrack } = await import('./commands/track.js');
        setResult(runTrack({ plan: planFile, files, ...opts, color: wantsColor(io, opts.color as boolean | undefined) } as never, io));
      });

  // A command's options are built only when it runs (or for help and errors that may show any command):
  // a hundred commander options cost a start about a millisecond. Names, descriptions and arguments are
  // always there, for the root help and "did you mean".
  const options = [[report, fillReport, REPORT_FORMATS, 'report'], [plan, fillPlan, PLAN_FORMATS, 'plan'], [check, fillCheck, CHECK_FORMATS, 'result'], [inspect, fillInspect, INSPECT_FORMATS, 'inspection'], [track, fillTrack, TRACK_FORMATS, 'tracking']] as const;
  for (const [cmd, fill, formats, noun] of options) {
    if (only === undefined || only === cmd.name()) configOptions(outputOptions(inputOptions(fill()), formats, noun));
  }
  for (const cmd of program.commands) cmd.exitOverride().configureOutput(commanderOutput(io));
  return program;
}


/** --map and the call-log flags: every command that reads activity files takes them, with one meaning. */
function inputOptions(cmd: Command): Command {
  return cmd
    .option('--map <header=field>', 'map an unrecognised header to a field (repeatable), e.g. "Gesprekken=reached"', collect, [])
    .option('--log', 'read the inputs as call logs (one row per call) even if their columns are not recognised')
    .option('--outcome <label=stage>', 'map a call outcome to dial (no_answer), reached, meeting, callback, callback_short or callback_long (repeatable)', collect, [])
    .addOption(new Option('--unknown-outcomes <stage>', 'count call outcomes that are not recognised as plain dials instead of stopping').choices(['dial']))
    .option('--direction <value=direction>', 'map a call direction value to inbound or outbound (repeatable)', collect, [])
    .option('--tz <zone>', 'IANA time zone that call-log weeks are counted in (default: this machine\'s zone)')
    .option('--skip-bad-rows', 'skip unreadable call-log rows with a counted warning instead of failing')
    .option('--duration-unit <unit>', 'unit of a call log\'s plain-number durations when its header names none: ms, s, min or h')
    .option('--verbose', 'say on stderr how each call log was read (byte scanner or general reader, threads)');
}

/** funnel.config.json: found from the working directory up, named, or ignored. */
function configOptions(cmd: Command): Command {
  return cmd
    .option('--config <file>', 'settings file (default: funnel.config.json here or in a folder above)')
    .option('--no-config', 'ignore funnel.config.json');
}

/** --format, --output, --no-color and --quiet, the same in every command. */
function outputOptions(cmd: Command, formats: readonly string[], noun: string): Command {
  return cmd
    .addOption(new Option('-f, --format <format>', 'output format').choices(formats).default('table'))
    .option('-o, --output <file>', `write the ${noun} to a file (atomically) instead of stdout`)
    .option('--no-color', 'plain text without colour or Unicode symbols')
    .option('-q, --quiet', 'no notices, warnings or progress on stderr');
}

/** Runs the CLI with the given arguments. The one place where errors become exit codes. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const code = await run(argv, io);
  // Help, the version and results alike: what stdout did not take is said once, as exit 2.
  const failed = await io.stdoutSettled?.();
  return failed && code !== EXIT.bug ? resultNotWritten(failed, io) : code;
}

async function run(argv: readonly string[], io: Io): Promise<number> {
  let pending: Promise<CommandResult> | undefined;
  // The command commander will run: the first operand (the root's own options take no values).
  const named = argv.find((a) => a === '-' || !a.startsWith('-'));
  const program = buildProgram(io, (r) => (pending = r), COMMANDS.find((c) => c === named));
  if (argv.length === 0) {
    io.stdout(program.helpInformation() + ROOT_EXAMPLES + '\n');
    return EXIT.ok;
  }
  const debug = argv.includes('--debug');
  try {
    rejectRepeatedOptions(program, argv, collect);
    await program.parseAsync([...argv], { from: 'user' });
    if (!pending) return EXIT.ok;
    const result = await pending;
    for (const piece of netted(result.stdout)) io.stdout(piece);
    return result.exitCode;
  } catch (err) {
    return reportError(err, io, debug);
  }
}

/**
 * The result did not reach its reader: a full disk, a closed pipe. Exit 2, not the verdict (a CI job
 * must not read "passed" or "regression" from a result nobody received), and one line, no stack trace.
 */
function resultNotWritten(err: NodeJS.ErrnoException, io: Io): number {
  const code = err.code ?? 'EIO';
  const hint = code === 'EPIPE' ? 'the program reading the output stopped before the end' : writeHint(code);
  io.stderr(`error: the result could not be written to standard output (${code}) — ${hint}\n`);
  return EXIT.usage;
}

/** In a GitHub Actions job, input problems also become annotations on the file and line. */
async function annotate(err: InputError, io: Io): Promise<void> {
  const { problemAnnotation } = await import('./render/github.js');
  io.stderr(err.problems.slice(0, MAX_LISTED_PROBLEMS).map(problemAnnotation).join('\n') + '\n');
}

async function reportError(err: unknown, io: Io, debug: boolean): Promise<number> {
  if (err instanceof CommanderError) {
    // Commander has already printed help, the version, or the usage message.
    return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (err instanceof InputError) {
    io.stderr(problemLines(err) + '\n');
    if (io.env.GITHUB_ACTIONS === 'true') await annotate(err, io);
    return EXIT.usage;
  }
  if (err instanceof UsageError) {
    // One line each: a line break in them comes from data (a rep's name), never from our wording.
    io.stderr(`error: ${terminal(cut(err.message, 1000))}${err.hint ? `\n${terminal(cut(err.hint, 1000))}` : ''}\n`);
    return EXIT.usage;
  }
  const detail = safeLines(err instanceof Error ? (debug ? (err.stack ?? err.message) : err.message) : String(err));
  io.stderr(
    `internal error: ${detail}\n` +
      (debug ? '' : 'Run again with --debug for details. ') +
      'This is a bug in funnel: please report it with the command you ran.\n',
  );
  return EXIT.bug;
}
