import * as path from 'node:path';
import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { TRUST_GRANTED_NOTIFICATION, type CallscriptInitializationOptions } from '../../server/src/lsp/protocol';
import { DOCUMENT_LANGUAGES_SETTING, optedInLanguages, ServerStart } from './activation';
import { registerCommands } from './commands';

const CONFIG_GLOB = '**/{callscript.json,.callscript.json}';

let client: LanguageClient | undefined;

export function activate(context: ExtensionContext): void {
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
  // Registered before ServerStart's own listener, so that a setting that starts the server for the
  // first time does not also restart it here.
  const restartOnNewLanguages = workspace.onDidChangeConfiguration(async (e) => {
    // Before the server's start, ServerStart decides whether the new setting starts it.
    if (!e.affectsConfiguration(DOCUMENT_LANGUAGES_SETTING) || !client) return;
    // The document selector is fixed when a client is made: a new selector takes a new client.
    await client.stop();
    client = newClient();
    await client.start();
  });
  const serverStart = new ServerStart(async () => {
    client = newClient();
    await client.start();
  });
  context.subscriptions.push(
    restartOnNewLanguages,
    serverStart,
    workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification(TRUST_GRANTED_NOTIFICATION)),
    ...registerCommands(() => client, () => serverStart.start()),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
