import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/funnel.cjs', import.meta.url));

export interface Run {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Runs the real, built CLI as a user would, with colour off and a fixed environment. */
export function funnel(args: readonly string[], options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', TZ: 'Europe/Brussels', ...options.env },
    encoding: 'utf8',
    maxBuffer: 1 << 30, // a report of thousands of reps is megabytes of JSON
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}
