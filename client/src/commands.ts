import { commands, window, workspace, type Disposable } from 'vscode';
import { CodeActionRequest, type CodeAction, type LanguageClient } from 'vscode-languageclient/node';
import { FIX_ALL_KIND } from '../../server/src/lsp/protocol';
import { say } from './say';
import { WorkspaceLint } from './workspace-lint';

/**
 * The commands of the command palette; each works on whatever client is running now. Linting the
 * workspace and restarting start the server first if no script has been opened yet (a command
 * activates the extension on its own).
 */
export function registerCommands(current: () => LanguageClient | undefined, start: () => Promise<void>): Disposable[] {
  const workspaceLint = new WorkspaceLint(current);
  return [
    workspaceLint,
    commands.registerCommand('callscript.fixAll', () => fixAll(current())),
    commands.registerCommand('callscript.lintWorkspace', async () => {
      await start();
      await workspaceLint.run();
    }),
    commands.registerCommand('callscript.restartServer', async () => {
      const running = current();
      if (running) await running.restart();
      else await start();
    }),
  ];
}

/** The server's fix-all action for the active script, applied unless the script changed meanwhile. */
async function fixAll(client: LanguageClient | undefined): Promise<void> {
  const editor = window.activeTextEditor;
  if (!client || !editor || editor.document.languageId !== 'callscript') {
    void window.showInformationMessage(say({ zh: '请先打开一个话术文件(.callscript)', en: 'Open a call script (.callscript) first' }));
    return;
  }
  const doc = editor.document;
  const version = doc.version;
  const whole = doc.validateRange(doc.lineAt(0).range.union(doc.lineAt(doc.lineCount - 1).range));
  const actions = await client.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: client.code2ProtocolConverter.asUri(doc.uri) },
    range: client.code2ProtocolConverter.asRange(whole),
    context: { diagnostics: [], only: [FIX_ALL_KIND] },
  });
  const action = actions?.find((a): a is CodeAction => 'kind' in a && a.kind === FIX_ALL_KIND);
  if (!action?.edit) {
    void window.showInformationMessage(say({ zh: '没有可以自动修复的问题', en: 'Nothing to fix automatically' }));
    return;
  }
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(action.edit);
  if (doc.version !== version) return;
  await workspace.applyEdit(edit);
}
