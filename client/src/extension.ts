import * as path from 'node:path';
import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { TRUST_GRANTED_NOTIFICATION, type CallscriptInitializationOptions } from '../../server/src/lsp/protocol';
import { registerCommands } from './commands';

const CONFIG_GLOB = '**/{callscript.json,.callscript.json}';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const watcher = workspace.createFileSystemWatcher(CONFIG_GLOB);
  context.subscriptions.push(watcher);
  const clientOptions: LanguageClientOptions = {
    // Config files too, so that a broken one shows its problems where it is written.
    documentSelector: [{ language: 'callscript' }, { scheme: 'file', pattern: CONFIG_GLOB }],
    synchronize: { fileEvents: watcher },
    // Read at every (re)start, so that a restart after trust was granted passes the new state.
    initializationOptions: (): CallscriptInitializationOptions => ({ trusted: workspace.isTrusted, watchesConfigFiles: true }),
  };
  client = new LanguageClient('callscript', 'Callscript', serverOptions, clientOptions);
  context.subscriptions.push(
    workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification(TRUST_GRANTED_NOTIFICATION)),
    ...registerCommands(() => client),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
