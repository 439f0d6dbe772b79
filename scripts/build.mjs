// Bundles src/ into dist/ so start-up loads one small file instead of hundreds of modules;
// code splitting keeps each command (and its heavy dependencies) out of the start-up path.
import { build } from 'esbuild';
import { rmSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

await build({
  // The call-log worker is its own entry so a thread loads only the byte scanner, not the CLI.
  entryPoints: { cli: 'src/cli.ts', 'calllog-worker': 'src/io/calllog/calllog-worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  define: { __FUNNEL_VERSION__: JSON.stringify(pkg.version) },
  // cli-table3 and friends are CommonJS: give the ESM bundle a real `require`.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});
