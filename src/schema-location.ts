import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the JSON Schema of funnel.config.json is shipped: dist/ beside the built CLI. This module sits
 * directly in src/ so the same relative URL finds it from the bundle (dist/cli.cjs) and from the
 * sources (tests).
 */
const SHIPPED = fileURLToPath(new URL('../dist/funnel.config.schema.json', import.meta.url));

/** The public copy, for a config file that does not sit in a project with funnel-cli installed. */
export const SCHEMA_URL = 'https://unpkg.com/funnel-cli/dist/funnel.config.schema.json';

/**
 * The "$schema" a config file in `folder` should name: the installed package's copy by a relative
 * path (editors resolve it against the file; it is the version that validates the file), else the
 * public URL (never a path on this machine that a teammate's would not have).
 */
export function schemaReference(folder: string): string {
  const rel = relative(folder, SHIPPED);
  if (isAbsolute(rel) || !rel.split(sep).includes('node_modules')) return SCHEMA_URL;
  const posix = rel.split(sep).join('/');
  return posix.startsWith('.') ? posix : `./${posix}`;
}
