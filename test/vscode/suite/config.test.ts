import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, diagnosticsWhen, fixtureUri, openFixture, withRule } from './helpers';

describe('a broken callscript.json', () => {
  afterEach(closeAll);

  it('shows its error, and its folder\'s scripts are still checked with the defaults', async () => {
    const script = fixtureUri('broken-config/checked.callscript');
    await openFixture('broken-config/checked.callscript');
    // The broken file tries to switch taboo-phrase off: the defaults keep it on.
    await diagnosticsWhen(script, 'the taboo phrase', (d) => withRule(d, 'taboo-phrase').length === 1);
    const config = fixtureUri('broken-config/callscript.json');
    await openFixture('broken-config/callscript.json');
    const problems = await diagnosticsWhen(config, "callscript's error", (d) => d.some((x) => x.source === 'callscript'));
    const ours = problems.filter((x) => x.source === 'callscript');
    assert.ok(ours.every((x) => x.severity === vscode.DiagnosticSeverity.Error), JSON.stringify(ours));
    assert.ok(ours.some((x) => x.range.start.line === 4), JSON.stringify(ours.map((x) => x.range.start)));
  });
});
