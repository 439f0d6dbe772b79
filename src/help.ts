/**
 * Help texts: worked examples first, then what the command does and how it decides.
 * Plain ASCII and at most 80 columns a line: help is read in pipes, pagers and CI logs too
 * (test/help.test.ts holds every text to that).
 */

export const ROOT_EXAMPLES = `
Examples:
  $ funnel report fixtures/reference-week.csv     # totals, ratios, weeks
  $ funnel report team.csv --by rep --format json # per rep, as JSON
  $ funnel plan --meetings-per-day 3              # dials and hours a day
  $ funnel check week.csv --baseline base.json    # exit 1 on a regression
  $ funnel report team.csv --format html -o r.html # a page to send
  $ funnel track plan.json week.csv               # who is on track, and why
  $ funnel inspect export.csv --write-config      # how a file is read; config

Settings: funnel.config.json in this folder or above (--config FILE,
--no-config); flags override it. See "funnel inspect --help".

Exit codes: 0 ok | 1 check found a regression | 2 usage or input error
            3 internal error (a bug: run with --debug and please report it)`;

export const REPORT_EXAMPLES = `
Examples:
  $ funnel report fixtures/reference-week.csv
  $ funnel report fixtures/team-8-weeks.csv --by rep
  $ funnel report calls.csv --by rep --all-reps   # every rep of a big team
  $ funnel report week1.csv week2.csv --format json | jq .ratios
  $ funnel report fixtures/team-8-weeks.csv --by rep --format html -o team.html
  $ cat export.csv | funnel report - --map "Gesprekken=reached"

Input: one row per week (optionally per rep). Headers are matched case-, space-
and accent-insensitively, in English, Dutch and German (Calls, Telefoons,
Anrufe, ...). Delimiter (, ; tab |), encoding (UTF-8, UTF-16 with BOM,
Windows-1252, Mac Roman) and decimal commas are detected. Ratios are pooled
(sum / sum), never averages of weekly ratios.

Intervals are 90 % Wilson score intervals, widened when the weeks wobble more
than chance. With --by rep, each rep's ratios are compared with the rest of the
team by Fisher's exact test (two-sided) on counts corrected for that wobble; a
mark (+ better, - worse; a star or triangle on a terminal) means a
Benjamini-Hochberg adjusted p < 0.05 over all reps. Week-on-week arrows show
only changes beyond chance and the wobble. Methods: docs/statistics.md.`;

export const PLAN_EXAMPLES = `
Examples:
  $ funnel plan --meetings-per-day 3     # from the built-in reference 9/38/106
  $ funnel plan --meetings-per-week 12 --from fixtures/reference-week.csv
  $ funnel plan --meetings-per-day 2 --from fixtures/team-8-weeks.csv \\
      --rep Anna --last 4
  $ funnel plan --meetings-per-day 3 --ratios 9/38/106 --dials-per-hour 20
  $ funnel plan --meetings-per-day 3 --reach-rate 0.36 --meeting-rate 0.24
  $ funnel plan --meetings-per-day 3 --what-if "meetings/reached=0.30" \\
      --format json
  $ funnel plan --meetings-per-day 3 --format html -o plan.html
  $ funnel plan --from team.csv --by rep --meetings-per-week 8 \\
      --format json -o plan.json          # the plan file track reads
  $ funnel plan --from fixtures/team-8-weeks.csv --by rep \\
      --targets fixtures/team-targets.csv
  $ funnel plan --from fixtures/team-8-weeks.csv --backtest --by rep
  $ funnel plan --meetings-per-day 3 --from fixtures/team-8-weeks.csv \\
      --confidence 0.9 --assurance 0.8   # 80 % sure of 9 days in 10

Rates, in this order: --ratios M/R/D (meetings/reached/dials) or --reach-rate
with --meeting-rate; the history in --from (pooled, optionally one --rep and the
--last N weeks); otherwise the built-in reference week 9/38/106.
Time, in this order: --dials-per-hour; --minutes-per-dial and
--minutes-per-conversation; the pace measured from the history's hours column;
otherwise 2 min per dial that does not reach a decision-maker and 5 min per
conversation (about 19.5 dials/h on the reference).

The 90 % range on dials/day is the target divided by the quantiles of the
Jeffreys Beta posterior of meetings/dials (at effective size when the weeks
wobble beyond chance); --confidence P gives the dials/day that book the target
on P of the days to come, expected (chance day to day, the weekly wobble and
the rate's uncertainty); --assurance A asks instead to be A sure of that share.
Rates given without counts have no range. Human output rounds calls up; JSON
keeps exact values.

--by rep plans each rep from their own rates, shrunk toward the team by a Beta
prior fitted to all reps (empirical Bayes), plus the team total (their sum);
--targets FILE gives each rep's meetings a week ("rep,meetings_per_week").
--format json is the plan file for "funnel track" and "funnel check --plan".
--backtest replays the plan made from weeks 1..k against week k+1 for every k
and says how often the actual meetings fell inside its 90 % range.`;

export const CHECK_EXAMPLES = `
Examples:
  $ funnel report last-quarter.csv --format json > baseline.json
  $ funnel check this-week.csv --baseline baseline.json
  $ funnel check team.csv --min "meetings/reached=20%" --window 4 --by rep
  $ funnel check team.csv --baseline baseline.json --all --format json \\
      --junit funnel.xml
  $ funnel check team.csv --baseline baseline.json --format html -o check.html
  $ funnel check this-week.csv --plan plan.json --by rep

Checks the latest week (or --window N weeks, or --all) against fixed bounds
(--min/--max "RATIO=VALUE"; ratios: reached/dials, meetings/reached,
meetings/dials, callbacks/reached) and/or a baseline written by
"funnel report --format json".

Noise-aware: a check fails only when the value is beyond its bound AND the
shortfall is significant, one-sided, after Holm's adjustment over all checks
of the run (a run fails falsely at most --alpha of the time):
  --min/--max b  binomial test, H0 "ratio >= b" (p = P(X <= x | n, b)),
                 mirrored for --max
  --baseline     non-inferiority: H0 "current >= (1 - tolerance) x baseline",
                 Farrington-Manning score test (the baseline's own
                 uncertainty counts)
Weeks that wobble more than chance count at their effective size (measured
from the baseline's weeks and the input's earlier weeks).
--strict compares point values only. With --by rep each rep is held to the same
rep in the baseline when it has data there, else to the team. A zero
denominator is "no data".
--plan FILE holds the team (and with --by rep each rep) to a plan file: it
fails when the meetings fall short of the planned meetings beyond chance
(Beta-Binomial with the plan's rate uncertainty and week-to-week wobble;
Holm-adjusted across team and reps).
When GITHUB_ACTIONS=true: ::error/::warning annotations on stderr, and a
Markdown summary appended to $GITHUB_STEP_SUMMARY.

Exit codes: 0 all checks pass
            1 at least one regression (or no data with --require-data)
            2 usage or input error
            3 internal error (a bug: run with --debug and please report it)`;

export const TRACK_EXAMPLES = `
Examples:
  $ funnel plan --from team.csv --by rep --meetings-per-week 8 \\
      --format json -o plan.json
  $ funnel track plan.json this-quarter.csv          # this week so far
  $ funnel track plan.json team.csv --as-of 2026-11-18 --period month
  $ funnel track plan.json team.csv --format json | jq '.reps[].status'
  $ funnel track plan.json team.csv --format html -o track.html

Per week and rep: planned vs actual dials, conversations, meetings and hours,
and the meeting gap split into effort = (planned - actual dials) x planned
meetings/dial and conversion = actual dials x planned meetings/dial - actual
meetings (conversion split again into reach and meeting rate).
The current period (--period week or month, working days from the plan's
days per week; a week that straddles two months is split by working days) is
pro-rated to the working days done by --as-of, which counts as done.
Status from the chance to still reach the period's target at the pace so far
(Beta-Binomial: the plan's rate uncertainty and week-to-week wobble): ahead
(75 %+), on track (25 %+), behind; "behind beyond chance" when the meetings so
far fall short of plan and the effort (dials against their usual spread) or
the conversion (meetings given the dials) shortfall has p < --alpha,
Holm-adjusted across team and reps (the tests of "funnel check --plan").`;

export const INSPECT_EXAMPLES = `
Examples:
  $ funnel inspect fixtures/nl-export.csv
  $ funnel inspect calls.csv --tz Europe/Amsterdam --format json
  $ funnel inspect export.csv --write-config   # then replace each "?" in it

Shows how each file was read: encoding, delimiter, decimal and thousands
marks, weekly table or call log and why, the header line, each column's field
and the words that decided it, the week rule with examples and the range of
weeks; for call logs the timestamp format and time zone, directions, the
duration unit and every outcome label with its stage and count.

--write-config writes funnel.config.json (or FILE) with everything that was
understood, and "?" wherever only you can decide; funnel refuses the file
until each "?" is replaced. It never replaces a file without --force.

Exit codes: 0 everything needed is understood
            2 something is not (an unknown outcome or a missing column)
            3 internal error (a bug: run with --debug and please report it)`;

/** The call-log paragraph, with an example of the command it is printed under. */
export function callLogHelp(example: string): string {
  return `

Call logs: a CRM or dialer export with one row per call (a timestamp and an
outcome column, optionally rep and duration) is recognised by its columns and
counted per ISO week and rep: every call is a dial; outcome labels are read by
their words in English, Dutch, German, French, Spanish and Italian (meeting
booked > callback > conversation with the decision-maker > no answer). A label
it cannot read stops the run with the --outcome flags to paste;
--unknown-outcomes dial counts such labels as plain dials. Inbound calls are
skipped; --direction "Value=outbound" settles a direction value it cannot read.
Weeks are counted in --tz, by default the machine's time zone; timestamps
without an offset are taken as wall-clock time in that zone. Columns are found
by their words in the same languages; name any other with --map "Header=role"
(timestamp, date, time, rep, outcome, direction, duration, contact or ignore).
A log without a direction column counts every call as outbound.
  $ ${example}
  $ funnel report export.csv --map "Anruf am=timestamp" --duration-unit ms
  $ funnel report calls.csv --unknown-outcomes dial --direction "True=outbound"`;
}

export const CALL_LOG_EXAMPLES = {
  report: 'funnel report calls.csv --tz Europe/Amsterdam --outcome "Demo=meeting"',
  plan: 'funnel plan --meetings-per-day 3 --from calls.csv --tz Europe/Amsterdam',
  check: 'funnel check calls.csv --baseline baseline.json --tz Europe/Amsterdam',
  track: 'funnel track plan.json calls.csv --tz Europe/Amsterdam',
} as const;
