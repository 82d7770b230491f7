import { strict as assert } from 'node:assert';
import { findingsOf } from '../helpers';

// A team that takes a phrase out with `remove` means it: a construction that says the same words
// is not reported either.
describe('constructions honour a config\'s remove', () => {
  it('sending elsewhere (negative-wording)', () => {
    const text = '坐席:这个您去问营业厅吧。\n';
    assert.ok(findingsOf(text, 'negative-wording').length > 0);
    const config = { rules: { 'negative-wording': { remove: ['去问营业厅吧'] } } };
    assert.deepEqual(findingsOf(text, 'negative-wording', { config }), []);
  });

  it('impatience (taboo-phrase), and only the words removed', () => {
    const config = { rules: { 'taboo-phrase': { remove: ['行了行了'] } } };
    assert.deepEqual(findingsOf('坐席:行了行了,知道了。\n', 'taboo-phrase', { config }), []);
    assert.ok(findingsOf('坐席:烦不烦啊。\n', 'taboo-phrase', { config }).length > 0);
  });
});
