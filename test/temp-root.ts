import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every temporary folder of a test run — the tests' own and those of the CLI runs they spawn — goes
 * under one folder made here, which the teardown removes whole: a failed or interrupted test cannot
 * leave `funnel-*` folders behind in the system's temp folder, and no other run's folders are touched.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'funnel-test-run-'));
  const previous = process.env.TMPDIR;
  // Workers and the processes they spawn inherit the environment: os.tmpdir() reads TMPDIR.
  process.env.TMPDIR = root;
  return () => {
    rmSync(root, { recursive: true, force: true });
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  };
}
