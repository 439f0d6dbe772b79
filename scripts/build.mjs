// Builds dist/ for a fast start-up:
// - the CLI is one CommonJS bundle (dist/cli.cjs), so Node reads one file instead of hundreds of modules;
// - bin/funnel.cjs runs it through a V8 code cache (dist/cli.cjs.cache) written here by one warm-up run,
//   which skips parsing and compiling at every start (Node 20 has no compile cache for ES modules);
// - the call-log worker is its own small bundle, so a thread loads only the byte scanner;
// - the HTML renderers are their own bundle too (dist/html.cjs), required only for --format html.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  minify: process.env.FUNNEL_NO_MINIFY !== "1",
  logLevel: 'warning',
  define: { __FUNNEL_VERSION__: JSON.stringify(pkg.version) },
};

/** src/render/html-lazy.ts imports the HTML renderers; in the bundle that import becomes a require of dist/html.cjs. */
const htmlApart = {
  name: 'html-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/html\/index\.js$/ }, (args) => (args.importer.endsWith('html-lazy.ts') ? { path: './html.cjs', external: true } : undefined));
  },
};

await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.cjs',
  format: 'cjs',
  plugins: [htmlApart],
  // import() of the external HTML bundle as require(): the launcher runs cli.cjs as a vm script, which has no ESM loader.
  supported: { 'dynamic-import': false },
  // The worker is found beside the bundle: give CommonJS an import.meta.url.
  define: { ...common.define, 'import.meta.url': '__import_meta_url' },
  banner: { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
});

await build({
  ...common,
  entryPoints: { 'calllog-worker': 'src/io/calllog/calllog-worker.ts' },
  outdir: 'dist',
  format: 'esm',
  // csv-parse and friends may be CommonJS inside: give the ESM bundle a real `require`.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});

await build({ ...common, entryPoints: { html: 'src/render/html/index.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' }, format: 'cjs' });

// The JSON Schema of funnel.config.json, generated from its zod schema so the two cannot drift apart;
// shipped in dist/ for editors ("$schema": "./node_modules/funnel-cli/dist/funnel.config.schema.json").
const schemaModule = await build({ ...common, entryPoints: ['src/config-schema.ts'], format: 'esm', write: false, minify: false, sourcemap: false });
const { configJsonSchema } = await import(`data:text/javascript;base64,${Buffer.from(schemaModule.outputFiles[0].text).toString('base64')}`);
writeFileSync(new URL('../dist/funnel.config.schema.json', import.meta.url), JSON.stringify(configJsonSchema(), null, 2) + '\n');

// Warm-up: the cache holds every function compiled during this run, so run the commonest path.
const warm = spawnSync(process.execPath, ['bin/funnel.cjs', 'report', 'fixtures/reference-week.csv', '--quiet'], {
  cwd: root,
  env: { ...process.env, FUNNEL_WRITE_CODE_CACHE: '1', NO_COLOR: '1' },
  encoding: 'utf8',
});
if (warm.status !== 0) {
  console.error(`build: the warm-up run failed (exit ${warm.status}); dist/ works, but without a code cache\n${warm.stderr}`);
}
