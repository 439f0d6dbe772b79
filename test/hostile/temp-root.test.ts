import { tmpdir } from 'node:os';
import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the test run keeps its temporary folders in one place', () => {
  it('os.tmpdir() is the run folder that the teardown removes', () => {
    expect(basename(tmpdir())).toMatch(/^funnel-test-run-/);
    expect(dirname(tmpdir())).not.toBe(tmpdir());
  });
});
