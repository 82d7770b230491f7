import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { closeAll, diagnosticsWhen, fixtureUri, openFixture, textWhen, withRule } from './helpers';

describe('code actions', () => {
  afterEach(closeAll);

  it('the quick-fix changes the text and the finding disappears', async () => {
    const uri = fixtureUri('quick-fix.callscript');
    const editor = await openFixture('quick-fix.callscript');
    const [finding] = withRule(await diagnosticsWhen(uri, 'the taboo phrase', (d) => withRule(d, 'taboo-phrase').length === 1), 'taboo-phrase');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', uri, finding.range, vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => a.isPreferred && a.title.startsWith('改为“根据相关规定'));
    assert.ok(fix?.edit, `offered: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const fixed = await textWhen(editor.document, 'to hold the fix', (t) => t.includes('坐席:根据相关规定'));
    assert.ok(!fixed.includes('这是我们公司的规定'), fixed);
    await diagnosticsWhen(uri, 'no findings', (d) => d.length === 0);
  });

  it('"fix all" on save (editor.codeActionsOnSave) cleans the file', async () => {
    const uri = fixtureUri('fix-on-save.callscript');
    const editor = await openFixture('fix-on-save.callscript');
    await diagnosticsWhen(uri, 'the taboo phrase', (d) => withRule(d, 'taboo-phrase').length === 1);
    const lastLine = editor.document.lineAt(9);
    await editor.edit((b) => b.insert(lastLine.range.end, '\n坐席:你先听我说。'));
    await diagnosticsWhen(uri, 'two taboo phrases', (d) => withRule(d, 'taboo-phrase').length === 2);
    await vscode.commands.executeCommand('workbench.action.files.save');
    const saved = fs.readFileSync(uri.fsPath, 'utf8');
    assert.ok(saved.includes('坐席:我再为您说明一下') && saved.includes('坐席:我来为您说明一下'), saved);
    assert.ok(!saved.includes('我已经解释很多次了') && !saved.includes('你先听我说'), saved);
    assert.ok(!editor.document.isDirty);
    await diagnosticsWhen(uri, 'no findings', (d) => d.length === 0);
  });
});
