#!/usr/bin/env node
// perf-target: the built command-line checker (`npm run build:node` first).
require('../dist/src/cli/main.js').runCli(process.argv.slice(2));
