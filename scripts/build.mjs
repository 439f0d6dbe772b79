// Builds dist/ for a fast start-up:
// - the CLI is one CommonJS bundle (dist/cli.cjs), so Node reads one file instead of hundreds of modules;
// - bin/funnel.cjs runs it through a V8 code cache (dist/cli.cjs.COMMAND.cache) written here by warm-up runs,
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

/** The wrapper of Node's CommonJS modules (Module.wrap); bin/funnel.cjs runs dist/cli.cjs as this function. */
const CJS_WRAPPER = '(function (exports, require, module, __filename, __dirname) { ';

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

/** A module of src/ bundled in memory and imported, to run part of funnel at build time. */
async function importBundled(entry) {
  const bundled = await build({ ...common, entryPoints: [entry], format: 'esm', write: false, minify: false, sourcemap: false });
  return import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
}

/** src/render/html-lazy.ts imports the HTML renderers; in the bundle that import becomes a require of dist/html.cjs. */
const htmlApart = {
  name: 'html-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/html\/index\.js$/ }, (args) => (args.importer.endsWith('html-lazy.ts') ? { path: './html.cjs', external: true } : undefined));
  },
};

/**
 * Dependencies do work at load time or first use that funnel does not need; the bundle leaves it out (~6 ms a start):
 * - commander requires node:child_process (which loads net, stream, dgram…) only to spawn executable
 *   sub-commands, which funnel has none of: required when first used instead;
 * - chalk's own colour detection (supports-color: os, tty, environment) sets the level of its default
 *   instance, which funnel never uses: the theme makes `new Chalk({ level })` from wantsColor (src/cli.ts);
 * - cli-table3 measures cells with string-width, whose emoji expression is costly to compile: text of
 *   one-column characters (ASCII, Latin letters, dashes and quotes) is measured directly (scripts/shims/string-width.cjs).
 * - zod's set-up (its schema classes: ~140 KB of objects, a young-generation collection) is needed only by a
 *   weekly row that is not plainly valid (src/schema.ts): the bundle requires src/row-schema.ts at its first use.
 * The build fails if a new commander, or src/schema.ts, no longer has the line replaced, rather than silently keeping it.
 */
const loadTimeTrims = {
  name: 'load-time-trims',
  setup(b) {
    const eager = "const childProcess = require('node:child_process');";
    b.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes(eager)) throw new Error(`build: ${args.path} no longer has "${eager}": check the lazy child_process`);
      return { contents: text.replace(eager, "const childProcess = { get spawn() { return require('node:child_process').spawn; } };"), loader: 'js' };
    });
    // src/schema.ts imports the zod schema of a row (src/row-schema.ts); the bundle requires it at first use.
    // A require of our own module, not of zod: esbuild still shakes zod's unused parts (and its locales) out.
    const rowSchemaImport = "import { makeRowSchema, type Row } from './row-schema.js';";
    b.onLoad({ filter: /[\\/]src[\\/]schema\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes(rowSchemaImport)) throw new Error(`build: ${args.path} no longer has "${rowSchemaImport}": check the lazy row schema`);
      const lazy = "import type { Row } from './row-schema.js'; let rowSchemaModule; const makeRowSchema = () => (rowSchemaModule ??= require('./row-schema.js')).makeRowSchema();";
      return { contents: text.replace(rowSchemaImport, lazy), loader: 'ts' };
    });
    // cli-table3 measures every cell with string-width: one-column text is measured without it (see the shim).
    b.onResolve({ filter: /^string-width$/ }, (args) =>
      /[\\/]cli-table3[\\/]/.test(args.importer) ? { path: fileURLToPath(new URL('./shims/string-width.cjs', import.meta.url)) } : undefined,
    );
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'no-detection' }));
    b.onLoad({ filter: /.*/, namespace: 'no-detection' }, () => ({ contents: 'export default { stdout: false, stderr: false };', loader: 'js' }));
  },
};

// The header vocabulary filed under each phrase's first word, once here instead of at every start (src/domain/header-words.ts).
const headerIndex = await importBundled('src/domain/header-words.ts').then((m) => m.fileHeaderVocabulary());

await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.cjs',
  format: 'cjs',
  plugins: [htmlApart, loadTimeTrims],
  // import() of the external HTML bundle as require(): the launcher runs cli.cjs as a vm script, which has no ESM loader.
  supported: { 'dynamic-import': false },
  // The worker is found beside the bundle: give CommonJS an import.meta.url, made when first read (not at every start).
  define: { ...common.define, 'import.meta.url': '__import_meta.url', __FUNNEL_HEADER_INDEX__: JSON.stringify(headerIndex) },
  // Written wrapped as Node's Module.wrap would wrap it (same line numbers), so the launcher compiles the file's
  // text as it is read: wrapping at start-up copied all 450 KB into a second string, a young-generation garbage collection.
  banner: { js: `${CJS_WRAPPER}const __import_meta = { get url() { return require('node:url').pathToFileURL(__filename).href; } };` },
  footer: { js: '});' },
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

// A package bundled twice (its ES module and its CommonJS build, say) doubles what every start reads.
{
  const sources = JSON.parse(readFileSync(new URL('../dist/cli.cjs.map', import.meta.url), 'utf8')).sources;
  const twice = sources.filter((s) => /node_modules[\\/].*\.cjs$/.test(s) && sources.includes(s.replace(/\.cjs$/, '.js')));
  if (twice.length) throw new Error(`build: dist/cli.cjs holds both builds of ${twice[0]} (and ${twice.length - 1} more): resolve it to one`);
  // Every start reads the bundle whole: a jump in size (a whole package required instead of imported, which
  // esbuild cannot shake) is a start-up regression. 475 KB in November 2026; raise this on purpose, not by accident.
  const size = readFileSync(new URL('../dist/cli.cjs', import.meta.url)).length;
  if (common.minify && size > 525_000) throw new Error(`build: dist/cli.cjs is ${size} bytes, over its 525,000-byte budget: see what grew (its source map lists the inputs)`);
}

// bin/funnel.cjs reads the bundle as Latin-1, and Node reads a file with one non-ASCII character as a
// two-byte string: the bundles stay ASCII (esbuild escapes strings; a regex literal must be written with
// escapes, \u2013, in src/). An unminified build (for profiling) keeps comments, which may not be.
for (const file of common.minify ? ['dist/cli.cjs', 'dist/html.cjs', 'dist/calllog-worker.js'] : []) {
  const text = readFileSync(new URL(`../${file}`, import.meta.url), 'latin1');
  const at = text.search(/[^\x00-\x7f]/);
  if (at !== -1) throw new Error(`build: ${file} is not ASCII at ${at}: …${text.slice(Math.max(0, at - 60), at + 10)}…`);
}

// The JSON Schema of funnel.config.json, generated from its zod schema so the two cannot drift apart;
// shipped in dist/ for editors ("$schema": "./node_modules/funnel-cli/dist/funnel.config.schema.json").
const { configJsonSchema } = await importBundled('src/config-schema.ts');
writeFileSync(new URL('../dist/funnel.config.schema.json', import.meta.url), JSON.stringify(configJsonSchema(), null, 2) + '\n');

// Warm-up: a cache holds every function compiled during its runs, so run the commonest paths. report, plan
// and check each have a cache of their own (bin/funnel.cjs picks it by the command word); the rest share one.
// A run starts from the cache the one before wrote for its command and adds what it compiled.
// Without --quiet: warnings are part of the common path.
// A coloured report too (a person at a terminal): chalk is loaded only for colour, and its code belongs in the cache.
const PLAIN = { NO_COLOR: '1', FORCE_COLOR: undefined };
const COLOUR = { NO_COLOR: undefined, FORCE_COLOR: '1' };
const WARM_UP = [
  [['report', 'fixtures/reference-week.csv'], PLAIN],
  [['report', 'fixtures/reference-week.csv'], COLOUR],
  [['report', 'fixtures/reference-week.csv', '--format', 'json'], PLAIN],
  [['plan', '--meetings-per-day', '3'], PLAIN],
  [['check', 'fixtures/reference-week.csv', '--min', 'meetings/reached=0.2'], PLAIN],
  [['inspect', 'fixtures/reference-week.csv'], PLAIN],
  [['--help'], PLAIN],
];
for (const [args, look] of WARM_UP) {
  const env = { ...process.env, FUNNEL_WRITE_CODE_CACHE: '1', ...look };
  for (const [name, value] of Object.entries(look)) if (value === undefined) delete env[name];
  const warm = spawnSync(process.execPath, ['bin/funnel.cjs', ...args], { cwd: root, env, encoding: 'utf8' });
  if (warm.status !== 0) {
    console.error(`build: the warm-up run "funnel ${args.join(' ')}" failed (exit ${warm.status}); dist/ works, but its code cache may be partial\n${warm.stderr}`);
    break;
  }
}
