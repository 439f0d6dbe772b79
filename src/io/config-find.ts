import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAME } from '../config-name.js';

/**
 * The funnel.config.json that applies in `cwd`: the nearest one in it or a folder above, as eslint,
 * prettier and tsconfig are found; null when there is none up to the file system's root. Only stat
 * calls: a run without a config file loads no schema.
 */
export function findConfigFile(cwd: string): string | null {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (isFile(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false; // absent, or a folder we may not read: as if there were none
  }
}
