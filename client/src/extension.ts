import * as path from 'node:path';
import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { TRUST_GRANTED_NOTIFICATION, type CallscriptInitializationOptions } from '../../server/src/lsp/protocol';
import { registerCommands } from './commands';

const CONFIG_GLOB = '**/{callscript.json,.callscript.json}';

const DOCUMENT_LANGUAGES_SETTING = 'callscript.documentLanguages';
/** The documents besides `.callscript` the server reads as scripts (server/src/formats: DOCUMENT_LANGUAGES). */
const DOCUMENT_LANGUAGES = new Set(['markdown', 'plaintext']);

let client: LanguageClient | undefined;

/** Markdown and plain-text documents are served only when the user opts in (most are not scripts). */
function optedInLanguages(): string[] {
  const value = workspace.getConfiguration().get<unknown>(DOCUMENT_LANGUAGES_SETTING);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && DOCUMENT_LANGUAGES.has(v)) : [];
}

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const watcher = workspace.createFileSystemWatcher(CONFIG_GLOB);
  context.subscriptions.push(watcher);
  const newClient = () => {
    const clientOptions: LanguageClientOptions = {
      // Config files too, so that a broken one shows its problems where it is written.
      documentSelector: [{ language: 'callscript' }, { scheme: 'file', pattern: CONFIG_GLOB }, ...optedInLanguages().map((language) => ({ language }))],
      synchronize: { fileEvents: watcher },
      // Read at every (re)start, so that a restart after trust was granted passes the new state.
      initializationOptions: (): CallscriptInitializationOptions => ({ trusted: workspace.isTrusted, watchesConfigFiles: true }),
    };
    return new LanguageClient('callscript', 'Callscript', serverOptions, clientOptions);
  };
  client = newClient();
  context.subscriptions.push(
    workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification(TRUST_GRANTED_NOTIFICATION)),
    workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration(DOCUMENT_LANGUAGES_SETTING)) return;
      // The document selector is fixed when a client is made: a new selector takes a new client.
      await client?.stop();
      client = newClient();
      await client.start();
    }),
    ...registerCommands(() => client),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
