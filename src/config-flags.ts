import type { Command } from 'commander';
import { resolve } from 'node:path';
import { findConfigFile } from './io/config-find.js';
import { InputError } from './errors.js';
import type { Io } from './io/process-io.js';
import { terminal } from './render/safe.js';

/**
 * The one place a config file meets the flags: before a command runs, every setting of the file that
 * the command has a flag for becomes that flag's value, unless the flag was given. Commands never
 * know whether a value came from the file or the command line.
 */
export async function applyConfig(cmd: Command, io: Io): Promise<void> {
  const chosen = cmd.opts().config as string | false | undefined;
  if (chosen === false) return; // --no-config
  const path = typeof chosen === 'string' ? resolve(io.cwd, chosen) : findConfigFile(io.cwd);
  if (path === null) return;
  // The schema and the vocabulary (to match map and outcome entries) load only when there is a file.
  const [{ loadConfig }, { mergeUnderFlags }] = await Promise.all([import('./io/config.js'), import('./config-merge.js')]);
  const config = await loadConfig(path, io).catch((err: unknown) => {
    // A draft with open "?" entries is refused like any config: inspect --write-config can start over.
    if (err instanceof InputError && cmd.name() === 'inspect' && cmd.opts().writeConfig !== undefined) {
      throw new InputError([...err.problems, { file: err.problems[0]?.file ?? path, message: 'to write a new draft instead of fixing this one', hint: 'add --no-config --force' }]);
    }
    throw err;
  });
  mergeUnderFlags(cmd, config.values);
  cmd.setOptionValueWithSource('configUsed', config.shown, 'config');
  if (!cmd.opts().quiet) io.stderr(`note: settings from ${terminal(config.shown)} (flags override them; --no-config ignores the file)\n`);
}
