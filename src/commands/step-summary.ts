import type { Io } from '../io/process-io.js';

/**
 * Appends Markdown to $GITHUB_STEP_SUMMARY when the runner names one. The summary is a courtesy of the
 * runner's environment: failing to append it must not turn a verdict (0 or 1) into "could not run"
 * (2), so it comes back as a warning.
 */
export async function appendStepSummary(markdown: string, io: Io): Promise<string[]> {
  const summary = io.env.GITHUB_STEP_SUMMARY;
  if (!summary) return [];
  const { appendText } = await import('../io/append-file.js'); // fs/promises: only in a GitHub job
  return appendText(summary, markdown + '\n', io.cwd).then(() => [], (e: unknown) => [`$GITHUB_STEP_SUMMARY not written: ${e instanceof Error ? e.message : String(e)}`]);
}
