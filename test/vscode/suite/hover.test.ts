import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, diagnosticsWhen, fixtureUri, hoverText, openFixture, withRule } from './helpers';

describe('hover', () => {
  afterEach(closeAll);

  it('hovering a finding shows its rule, its message and the standards behind it', async () => {
    const uri = fixtureUri('faulty.callscript');
    await openFixture('faulty.callscript');
    const [first] = withRule(await diagnosticsWhen(uri, 'a taboo-phrase finding', (d) => withRule(d, 'taboo-phrase').length > 0), 'taboo-phrase');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, first.range.start.translate(0, 1));
    const text = hoverText(hovers);
    assert.ok(text.includes('不得使用服务忌语') && text.includes(first.message) && text.includes('依据'), text);
  });
});
