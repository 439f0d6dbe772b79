import { access } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { CONFIG_FILE_NAME } from '../config-name.js';
import { UsageError } from '../errors.js';
import { draftConfig } from '../io/config-draft.js';
import { openDecisions } from '../io/open-decisions.js';
import type { Io } from '../io/process-io.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import type { InspectFormat } from '../render/formats.js';
import { renderInspectJson, type WrittenConfig } from '../render/inspect-json.js';
import { renderInspectText, type InspectView } from '../render/inspect-text.js';
import { terminal } from '../render/safe.js';
import { makeTheme } from '../render/theme.js';
import { schemaReference } from '../schema-location.js';
import { emit, outputLook, warn } from './emit.js';
import { understandInputs, type InputFlags } from './inputs.js';
import type { CommandResult } from './result.js';

export interface InspectOptions extends InputFlags {
  files: string[];
  format: InspectFormat;
  output?: string;
  color: boolean;
  /** --write-config [FILE]: true for the default name. */
  writeConfig?: string | true;
  force?: boolean;
  /** The config file whose settings were applied (set by the CLI), as shown to the user. */
  configUsed?: string;
}

export async function runInspect(opts: InspectOptions, io: Io): Promise<CommandResult> {
  const target = opts.writeConfig === undefined ? null : typeof opts.writeConfig === 'string' ? opts.writeConfig : CONFIG_FILE_NAME;
  const { inputs, problems, warnings } = await understandInputs(opts.files, opts, io);
  const view: InspectView = { inputs, problems, open: openDecisions(inputs, problems), config: opts.configUsed ?? null, files: opts.files };
  const written = target === null ? null : await writeDraft(view, target, Boolean(opts.force), Boolean(opts.quiet), io);
  warn(warnings, io, opts.quiet);
  const look = await outputLook(opts.color, opts.output, io);
  const text = opts.format === 'json' ? renderInspectJson(view, written) : renderInspectText(view, makeTheme(look.color, look.width));
  return { stdout: await emit(text, opts.output, io), exitCode: view.open.length === 0 ? 0 : 2 };
}

/** Writes the starting config atomically, never over a file that is there unless --force. */
async function writeDraft(view: InspectView, target: string, force: boolean, quiet: boolean, io: Io): Promise<WrittenConfig> {
  const path = resolve(io.cwd, target);
  const draft = draftConfig(view.inputs, schemaReference(dirname(path)));
  if (!force && (await access(path).then(() => true, () => false))) {
    throw new UsageError(`${terminal(target)} already exists, and --write-config never replaces a file on its own`, 'add --force to replace it, or name another file: --write-config draft.json');
  }
  // Written without replacing even so: a file that appears meanwhile is refused (EEXIST), not lost.
  await writeFileAtomic(target, JSON.stringify(draft.config, null, 2) + '\n', io.cwd, { replace: force });
  const todo = draft.open === 0 ? 'nothing is left to decide' : `${draft.open} ${draft.open === 1 ? 'entry is' : 'entries are'} marked "?": replace each before funnel reads the file`;
  if (!quiet) io.stderr(`wrote ${terminal(target)}: ${todo}\n`);
  return { path: target, open: draft.open };
}
