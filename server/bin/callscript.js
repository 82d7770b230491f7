#!/usr/bin/env node
'use strict';
// An editor's `callscript --stdio` loads the language server's bundle alone, not the CLI's as well.
if (process.argv.includes('--stdio') || process.argv.includes('--node-ipc')) require('../dist/lsp.js');
else require('../dist/cli.js');
