import { commands, languages, ProgressLocation, Uri, window, workspace, type CancellationToken, type Disposable, type TextDocument } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LINT_FILES_REQUEST, type LintFilesParams, type LintFilesResult } from '../../server/src/lsp/protocol';
import { say } from './say';

const BATCH = 50;

/**
 * "Lint the whole workspace": every `.callscript` file's diagnostics in the Problems panel. Open
 * scripts already get theirs from the server as they change, so this collection holds only the
 * closed ones: a script leaves it when opened and comes back (re-linted) when closed.
 */
export class WorkspaceLint implements Disposable {
  private readonly collection = languages.createDiagnosticCollection('callscript-workspace');
  private readonly subscriptions: Disposable[];
  private active = false;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.subscriptions = [
      workspace.onDidOpenTextDocument((d) => this.collection.delete(d.uri)),
      workspace.onDidCloseTextDocument((d) => void this.closed(d)),
    ];
  }

  async run(): Promise<void> {
    const client = this.client();
    if (!client) return;
    await window.withProgress(
      { location: ProgressLocation.Notification, title: say({ zh: '正在检查工作区中的话术', en: 'Linting the call scripts of the workspace' }), cancellable: true },
      async (progress, token) => {
        const uris = await workspace.findFiles('**/*.callscript', undefined, undefined, token);
        this.collection.clear();
        this.active = true;
        for (let i = 0; i < uris.length && !token.isCancellationRequested; i += BATCH) {
          await this.lint(client, uris.slice(i, i + BATCH), token);
          progress.report({ increment: (Math.min(BATCH, uris.length - i) / uris.length) * 100 });
        }
      },
    );
    await commands.executeCommand('workbench.actions.view.problems');
  }

  private async closed(doc: TextDocument): Promise<void> {
    const client = this.client();
    if (this.active && client && doc.languageId === 'callscript' && doc.uri.scheme === 'file') await this.lint(client, [doc.uri]);
  }

  private async lint(client: LanguageClient, uris: Uri[], token?: CancellationToken): Promise<void> {
    const params: LintFilesParams = { uris: uris.map((u) => client.code2ProtocolConverter.asUri(u)) };
    const result = await client.sendRequest<LintFilesResult>(LINT_FILES_REQUEST, params, token);
    const open = new Set(workspace.textDocuments.map((d) => d.uri.toString()));
    for (const file of result.files) {
      const uri = client.protocol2CodeConverter.asUri(file.uri);
      if (open.has(uri.toString())) continue;
      this.collection.set(uri, await client.protocol2CodeConverter.asDiagnostics(file.diagnostics));
    }
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.collection.dispose();
  }
}
