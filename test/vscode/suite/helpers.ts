import * as vscode from 'vscode';

const WAIT_MS = 30_000;

/** The copy of test/e2e/workspace that runTest.ts opened. */
export function fixtureUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('VS Code was started without the fixture workspace');
  return vscode.Uri.joinPath(folder.uri, relativePath);
}

export async function openFixture(relativePath: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(relativePath));
  return vscode.window.showTextDocument(doc);
}

/** The rule id of a callscript diagnostic (`code` carries the rule's doc page as its target). */
export function ruleOf(d: vscode.Diagnostic): string | undefined {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return code === undefined ? undefined : String(code);
}

/**
 * Resolves with a document's diagnostics once they satisfy `holds`, re-checking on every
 * onDidChangeDiagnostics event for that document (no sleeps, no polling).
 */
export function diagnosticsWhen(
  uri: vscode.Uri,
  description: string,
  holds: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const current = (): readonly vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri);
    const finish = (settle: () => void): void => {
      clearTimeout(timer);
      subscription.dispose();
      settle();
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const diagnostics = current();
      if (holds(diagnostics)) finish(() => resolve(diagnostics));
    });
    const timer = setTimeout(() => {
      const seen = current().map((d) => `${ruleOf(d)} ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
      finish(() => reject(new Error(`timed out waiting for ${description} in ${uri.fsPath}; diagnostics: ${JSON.stringify(seen)}`)));
    }, WAIT_MS);
    const now = current();
    if (holds(now)) finish(() => resolve(now));
  });
}

export const withRule = (diagnostics: readonly vscode.Diagnostic[], rule: string): vscode.Diagnostic[] =>
  diagnostics.filter((d) => ruleOf(d) === rule && d.source === 'callscript');

/** Resolves once the document's text satisfies `holds` (checked on every change). */
export function textWhen(doc: vscode.TextDocument, description: string, holds: (text: string) => boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    const finish = (settle: () => void): void => {
      clearTimeout(timer);
      subscription.dispose();
      settle();
    };
    const subscription = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === doc && holds(doc.getText())) finish(() => resolve(doc.getText()));
    });
    const timer = setTimeout(
      () => finish(() => reject(new Error(`timed out waiting for ${doc.uri.fsPath} ${description}; text:\n${doc.getText()}`))),
      WAIT_MS,
    );
    if (holds(doc.getText())) finish(() => resolve(doc.getText()));
  });
}

export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** Leaves the editor as the next test expects it: unsaved edits dropped, editors closed. */
export async function closeAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
