import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, fixtureUri, openFixture } from './helpers';

describe('outline', () => {
  afterEach(closeAll);

  it('the document symbols are the script\'s sections, subsections nested', async () => {
    const uri = fixtureUri('outline.callscript');
    await openFixture('outline.callscript');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    const sections = (list: readonly vscode.DocumentSymbol[]): string[] =>
      list.filter((s) => s.kind === vscode.SymbolKind.Namespace && s.range.start.line > 0).map((s) => s.name);
    assert.deepEqual(sections(symbols), ['开场', '结束']);
    const opening = symbols.find((s) => s.name === '开场');
    assert.deepEqual(sections(opening?.children ?? []), ['介绍优惠', '处理异议']);
  });
});
