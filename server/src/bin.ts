import { isMainThread } from 'node:worker_threads';
import { isServerMode } from './cli/options';

/**
 * The `callscript` binary (server/dist/cli.js): the language server for `--stdio` or `--node-ipc`
 * before any command (spec §4), the CLI otherwise. Each door is loaded only when chosen, and
 * neither imports the other. The server is a bundle of its own (server/dist/lsp.js), so that a
 * `check` never loads its code; the CLI's lint workers run this same file and are always the CLI's.
 */
if (isMainThread && isServerMode(process.argv.slice(2))) void import('./lsp/main.js');
else void import('./cli/main.js');
