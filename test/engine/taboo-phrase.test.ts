import { strict as assert } from 'node:assert';
import { applyFixes, preferredEdits } from '../../server/src/engine';
import { findingsOf, flagged } from '../helpers';

describe('taboo-phrase', () => {
  it('flags a listed phrase with other punctuation, spacing, 您 and traditional characters', () => {
    assert.deepEqual(flagged('坐席:我不是跟您说得很清楚了吗?!\n', 'taboo-phrase'), ['我不是跟您说得很清楚了吗']);
    assert.deepEqual(flagged('坐席:這是我們公司的規定。\n', 'taboo-phrase'), ['這是我們公司的規定']);
    assert.deepEqual(flagged('坐席:这 是 我们公司 的规定\n', 'taboo-phrase'), ['这 是 我们公司 的规定']);
    assert.deepEqual(flagged('坐席:喂!讲话!\n', 'taboo-phrase'), ['喂!讲话']);
  });

  it('never flags customer lines, stage directions or comments', () => {
    const text = '客户:喂,你们这是我们公司的规定?\n坐席:您好【喂】\n// 喂\n';
    assert.deepEqual(flagged(text, 'taboo-phrase'), []);
  });

  it('does not flag a phrase inside a longer word', () => {
    assert.deepEqual(flagged('坐席:请按时喂食。\n', 'taboo-phrase'), []);
  });

  it('does not glue a phrase across a sentence end', () => {
    assert.deepEqual(flagged('坐席:这是我们的。自由选择\n', 'taboo-phrase'), []);
  });

  it('points at the original characters in UTF-16 units', () => {
    const text = '坐席:😀信不信由你\n';
    const [f] = findingsOf(text, 'taboo-phrase');
    assert.equal(f.start, 5);
    assert.equal(text.slice(f.start, f.end), '信不信由你');
  });

  it('fixes in the document\'s own script and only the flagged text', () => {
    const text = '坐席:你別激動,我們再看看。\n客户:你别激动\n';
    const fixed = applyFixes(text, preferredEdits(findingsOf(text, 'taboo-phrase'))).text;
    assert.equal(fixed, '坐席:請您不要著急,我們再看看。\n客户:你别激动\n');
  });
});
