import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, fixtureUri, labelOf, openFixture, textWhen } from './helpers';

async function completionsAt(uri: vscode.Uri, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  return list.items;
}

describe('completion and snippets', () => {
  afterEach(closeAll);

  it('typing a snippet prefix offers the standard greeting, which inserts as the snippet says', async () => {
    const uri = fixtureUri('greeting.callscript');
    const editor = await openFixture('greeting.callscript');
    const start = new vscode.Position(6, 0);
    await editor.edit((b) => b.insert(start, '首问语'));
    const items = await completionsAt(uri, start.translate(0, 3));
    const snippet = items.find((i) => labelOf(i) === '首问语' && i.kind === vscode.CompletionItemKind.Snippet);
    assert.ok(snippet, `offered: ${items.map(labelOf).join(' | ')}`);
    const body = snippet.insertText instanceof vscode.SnippetString ? snippet.insertText : new vscode.SnippetString(String(snippet.insertText));
    assert.ok(await editor.insertSnippet(body, new vscode.Range(start, start.translate(0, 3))));
    // 您好, then the self-introduction with the employee ID (the snippet's punctuation may vary).
    await textWhen(editor.document, 'to hold the standard greeting on line 7', (t) =>
      /^坐席[:：]您好[!！]?我是\{公司\}\{热线\}客服代表\{工号\}/.test(t.split('\n')[6] ?? ''),
    );
  });

  it('completion in a 春节 script offers 新春快乐', async () => {
    const uri = fixtureUri('spring-festival.callscript');
    await openFixture('spring-festival.callscript');
    const items = await completionsAt(uri, new vscode.Position(9, 3));
    assert.ok(items.some((i) => labelOf(i).includes('新春快乐')), `offered: ${items.map(labelOf).join(' | ')}`);
  });
});
