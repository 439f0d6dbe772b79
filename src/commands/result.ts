import type { Rendered } from '../render/formats.js';

/** What a command hands back to the CLI: the text for stdout and the verdict. It never exits itself. */
export interface CommandResult {
  stdout: Rendered;
  exitCode: number;
}
