#!/usr/bin/env node
// Thin launcher: the built CLI does the work; this file only binds it to the real process.
import { main, processIo } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2), processIo());
