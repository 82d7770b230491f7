import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, diagnosticsWhen, fixtureUri, openFixture, ruleOf, withRule } from './helpers';

const quoted = (message: string): string => /“(.*?)”/.exec(message)?.[1] ?? message;

describe('diagnostics', () => {
  afterEach(closeAll);

  it('a faulty script gets its findings: rule ids, messages, ranges, severities', async () => {
    await openFixture('faulty.callscript');
    const diagnostics = await diagnosticsWhen(fixtureUri('faulty.callscript'), '7 findings', (d) => d.length === 7);
    // Where each finding is and what it quotes; the wording around the quote is the rule's to change.
    const summary = diagnostics.map((d) => `${ruleOf(d)} ${d.range.start.line + 1}:${d.range.start.character + 1} ${quoted(d.message)}`);
    assert.deepEqual(summary.sort(), [
      // The customer said 我要投诉 and the answer's rewording apologises for nothing: the apology is still owed.
      'apology-first 14:4 非常抱歉给您带来不便',
      'negative-wording 16:4 但是',
      // The 你 of 信不信由你 is a reviewer's mark of its own (您 is offered, the taboo phrase's rewording preferred).
      'polite-pronoun 14:8 您',
      'polite-pronoun 15:4 您',
      'taboo-phrase 12:4 喂,讲话',
      'taboo-phrase 12:9 这是我们公司的规定',
      'taboo-phrase 14:4 信不信由你',
    ]);
    assert.ok(withRule(diagnostics, 'taboo-phrase').every((d) => d.message.startsWith('服务忌语')), diagnostics.map((d) => d.message).join('\n'));
    assert.ok(diagnostics.every((d) => d.source === 'callscript'));
    for (const d of withRule(diagnostics, 'taboo-phrase')) {
      assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
      assert.ok(typeof d.code === 'object' && d.code.target.toString().endsWith('/docs/rules/taboo-phrase.md'), String(d.code));
    }
    for (const d of [...withRule(diagnostics, 'apology-first'), ...withRule(diagnostics, 'polite-pronoun'), ...withRule(diagnostics, 'negative-wording')]) {
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    }
  });
});
