#!/usr/bin/env node
// Thin launcher: the built CLI does the work; this file only binds it to the real process.
// CommonJS on purpose: Node starts a CommonJS entry faster than an ES module one.
'use strict';
const { readFileSync, renameSync, writeFileSync, writeSync } = require('node:fs');
const path = require('node:path');

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // `funnel --version` answers without loading the CLI.
  writeVersion(JSON.parse(readFileSync(path.join(__dirname, '../package.json'), 'utf8')).version + '\n');
} else {
  // The bundle is minified: with --debug, stack traces point into src/ through the source map.
  if (args.includes('--debug')) process.setSourceMapsEnabled(true);
  const cli = loadWithCodeCache(path.join(__dirname, '../dist/cli.cjs'), codeCacheName(args[0]));
  cli.exports.main(args, cli.exports.processIo()).then((code) => {
    process.exitCode = code;
    if (process.env.FUNNEL_WRITE_CODE_CACHE === '1') cli.save();
  });
}

/**
 * Written with write(2), as the CLI writes pipes and files (src/io/process-io.ts): Node's stdout stream would
 * load its stream and socket modules, about 2.5 ms, for one line. A pipe left non-blocking by another process
 * (EAGAIN) gets the rest through the stream. A stdout that cannot take it (`> /dev/full`) is one line and
 * exit 2, as for every result, not a stack trace.
 */
function writeVersion(text) {
  const notWritten = (err) => {
    process.stderr.write(`error: the result could not be written to standard output (${err.code})\n`);
    process.exitCode = 2;
  };
  const bytes = Buffer.from(text);
  let at = 0;
  try {
    while (at < bytes.length) at += writeSync(1, bytes, at);
  } catch (err) {
    if (err.code !== 'EAGAIN') return notWritten(err);
    process.stdout.on('error', notWritten);
    process.stdout.write(bytes.subarray(at));
  }
}

/**
 * Each common command has a code cache of its own: V8 deserializes a whole cache at every start, so a
 * report need not pay for the bytecode of plan and check (about 1 ms of a 30 ms start). Anything else
 * (inspect, track, help, an option before the command) takes the cache of the rest.
 */
function codeCacheName(command) {
  return command === 'report' || command === 'plan' || command === 'check' ? command : 'other';
}

/**
 * Runs the CommonJS bundle through V8's code cache (written by the build's warm-up run), so start-up
 * skips parsing and compiling it. A missing or stale cache (another Node version) is not an error:
 * V8 then compiles as usual.
 */
function loadWithCodeCache(file, cacheName) {
  const { Script } = require('node:vm');
  const cacheFile = `${file}.${cacheName}.cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // The build keeps the bundle ASCII (scripts/build.mjs checks it), so it is read as Latin-1: the same
  // text, decoded without UTF-8's validation (about twice as fast for 400 KB). The build wrote it as a
  // module function already (Module.wrap's wrapper), so the text is compiled as read, not copied.
  const script = new Script(readFileSync(file, 'latin1'), { filename: file, cachedData });
  const module = { exports: {} };
  // The bundle requires Node's own modules, and the HTML renderers (./html.cjs) beside it: this file's
  // require serves both (node:module's createRequire costs a start about 3 M instructions).
  const dir = path.dirname(file);
  const requireFromBundle = (id) => require(id.startsWith('./') ? path.join(dir, id) : id);
  script.runInThisContext()(module.exports, requireFromBundle, module, file, dir);
  return {
    exports: module.exports,
    save() {
      const temp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(temp, script.createCachedData());
      renameSync(temp, cacheFile);
    },
  };
}
