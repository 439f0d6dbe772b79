#!/usr/bin/env node
// Thin launcher: the built CLI does the work; this file only binds it to the real process.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // Fast path: `funnel --version` answers without loading the CLI (commander and friends).
  const { readFileSync } = await import('node:fs');
  process.stdout.write(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version + '\n');
} else {
  const { main, processIo } = await import('../dist/cli.js');
  process.exitCode = await main(args, processIo());
}
