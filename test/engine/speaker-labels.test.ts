import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { applyFixes, preferredEdits } from '../../server/src/engine';
import { findingsOf } from '../helpers';

const ROOT = path.resolve(__dirname, '../../..');

/** The labels docs/format.md documents under "Turns", read from the page itself so that the two cannot drift apart. */
function documentedLabels(role: 'agent' | 'customer'): string[] {
  const page = readFileSync(path.join(ROOT, 'docs/format.md'), 'utf8');
  const line = new RegExp(`^- ${role}: (.+)$`, 'm').exec(page)?.[1] ?? '';
  return [...line.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
}

/** Every documented speaker label, by example: one wrong or missing label changes who is checked. */
describe('speaker labels', () => {
  const line = '这是我们公司的规定,你的订单到了。';

  it('documents four customer labels and five agent labels', () => {
    assert.deepEqual(documentedLabels('customer'), ['客户', '用户', 'customer', 'C']);
    assert.deepEqual(documentedLabels('agent'), ['坐席', '座席', '客服', 'agent', 'A']);
  });

  for (const label of documentedLabels('customer')) {
    for (const colon of [':', ':']) {
      it(`never flags or fixes a customer line labelled ${label}${colon}`, () => {
        const text = `坐席:您好。\n${label}${colon}${line}\n`;
        const findings = findingsOf(text).filter((f) => f.start >= text.indexOf(label));
        assert.deepEqual(findings.map((f) => f.rule), []);
        const all = findingsOf(text);
        assert.equal(applyFixes(text, preferredEdits(all)).text.split('\n')[1], `${label}${colon}${line}`);
      });
    }
  }

  for (const label of documentedLabels('agent')) {
    for (const colon of [':', ':']) {
      it(`checks an agent line labelled ${label}${colon}`, () => {
        const text = `${label}${colon}${line}\n`;
        const rules = findingsOf(text).map((f) => f.rule);
        assert.ok(rules.includes('taboo-phrase') && rules.includes('polite-pronoun'), rules.join(', '));
      });
    }
  }
});
