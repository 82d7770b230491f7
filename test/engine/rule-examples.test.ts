import { strict as assert } from 'node:assert';
import { RULES, type Finding } from '../../server/src/engine';
import type { Rule } from '../../server/src/engine/rule';
import { asDocument, findingsOf } from '../helpers';

/** A rule's findings on an example, with the examples' config: config-driven rules report under the config's ids. */
function findingsBy(rule: Rule, text: string): Finding[] {
  const all = findingsOf(text, undefined, { config: rule.examples.config, trusted: true });
  return all.filter((f) => f.rule === rule.id || !RULES.some((r) => r.id === f.rule));
}

/** The same script as a writer with a Chinese input method types it: full-width punctuation (front matter stays YAML). */
function fullWidth(text: string): string {
  const fm = /^---\r?\n[\s\S]*?\r?\n---(\r?\n|$)/.exec(text);
  const head = fm ? fm[0] : '';
  return head + text.slice(head.length).replace(/[!(),:;?~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

// Every rule carries its own should-flag and should-pass examples; a rule that silently matches
// nothing, or matches everything, fails here.
describe('rule examples', () => {
  for (const rule of RULES) {
    describe(rule.id, () => {
      it('has examples of both kinds and cites a seed', () => {
        assert.ok(rule.examples.flag.length > 0, 'no should-flag examples');
        assert.ok(rule.examples.pass.length > 0, 'no should-pass examples');
        for (const s of rule.sources) assert.match(s.seed, /^\d{3}_[0-9a-f]+\.txt$|^spec/);
      });
      for (const example of rule.examples.flag) {
        it(`flags ${JSON.stringify(example.slice(0, 40))}, in ASCII and full-width punctuation`, () => {
          assert.ok(findingsBy(rule, asDocument(example)).length > 0);
          assert.ok(findingsBy(rule, asDocument(fullWidth(example))).length > 0, fullWidth(example));
        });
      }
      for (const example of rule.examples.pass) {
        it(`passes ${JSON.stringify(example.slice(0, 40))}, in ASCII and full-width punctuation`, () => {
          assert.deepEqual(findingsBy(rule, asDocument(example)), []);
          assert.deepEqual(findingsBy(rule, asDocument(fullWidth(example))), [], fullWidth(example));
        });
      }
    });
  }
});
