import { nowFrom } from '../host/argv';
import { isDocumentThread, serveDocumentThread } from './document-thread';
import { startServer } from './server';
import { keepYoungGenerationSmall } from './young-generation';

/**
 * The language server's own entry: `dist/server.js` in the extension (started over IPC) and
 * `server/dist/lsp.js`, which `callscript --stdio` loads so that plain `check` runs never load it.
 * The same file runs the thread a long document is linted on.
 */
keepYoungGenerationSmall();
if (isDocumentThread()) serveDocumentThread();
else startServer(nowFrom(process.argv.slice(2)), __filename);
