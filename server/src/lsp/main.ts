import { nowFrom } from '../cli/options';
import { startServer } from './server';

/**
 * The language server's own entry: `dist/server.js` in the extension (started over IPC) and
 * `server/dist/lsp.js`, which `callscript --stdio` loads so that plain `check` runs never load it.
 */
startServer(nowFrom(process.argv.slice(2)));
