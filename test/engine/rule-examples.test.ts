import { strict as assert } from 'node:assert';
import { RULES } from '../../server/src/engine';
import { asDocument, findingsOf } from '../helpers';

/** The same text as a writer with a Chinese input method types it: full-width punctuation. */
function fullWidth(text: string): string {
  return text.replace(/[!(),:;?~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
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
          assert.ok(findingsOf(asDocument(example), rule.id).length > 0);
          assert.ok(findingsOf(asDocument(fullWidth(example)), rule.id).length > 0, fullWidth(example));
        });
      }
      for (const example of rule.examples.pass) {
        it(`passes ${JSON.stringify(example.slice(0, 40))}, in ASCII and full-width punctuation`, () => {
          assert.deepEqual(findingsOf(asDocument(example), rule.id), []);
          assert.deepEqual(findingsOf(asDocument(fullWidth(example)), rule.id), [], fullWidth(example));
        });
      }
    });
  }
});
