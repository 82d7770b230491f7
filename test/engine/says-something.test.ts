import { strict as assert } from 'node:assert';
import { applyFixes, lint, preferredEdits, type LintOptions } from '../../server/src/engine';
import { IncrementalLinter } from '../../server/src/engine/incremental-lint';
import { saysSomething, withoutUnseenEnds } from '../../server/src/engine/says-something';
import { findingsOf, flagged } from '../helpers';

const OPTIONS: LintOptions = { now: new Date('2027-02-06T10:00:00+08:00'), trusted: true };

describe('says-something: whether a turn speaks', () => {
  it('is false for nothing, spaces, characters nobody sees and punctuation alone', () => {
    for (const silent of ['', '  \t', '\u200b', '\u200b\u200d\ufe0f\u2060', '\u00ad', '\ufeff ', '\u{e0020}', '。……', ' ,!? ']) {
      assert.equal(saysSomething(silent), false, JSON.stringify(silent));
    }
  });

  it('is true for any word, digit or placeholder name, however hidden among invisible characters', () => {
    for (const said of ['好', '\u200b好\u200b', '1', 'ok', '{工号}', '……嗯']) assert.equal(saysSomething(said), true, JSON.stringify(said));
  });

  it('trims spaces and invisible characters (astral ones whole) off a span, but keeps punctuation', () => {
    const text = ' \u200b好的。\u{e0020}\u200b ';
    const { start, end } = withoutUnseenEnds(text, { start: 0, end: text.length });
    assert.equal(text.slice(start, end), '好的。');
    assert.deepEqual(withoutUnseenEnds('\u200b\u{e0020}', { start: 0, end: 3 }), { start: 3, end: 3 });
  });

  it('closing-goodbye: a last line of a zero-width space says nothing, so 再见 goes on the line before (fuzz seed 20270205)', () => {
    assert.deepEqual(findingsOf('\u200b', 'closing-goodbye'), []);
    assert.deepEqual(findingsOf('坐席:好的,再见!\n坐席:\u200b\n', 'closing-goodbye'), []);
    assert.deepEqual(flagged('坐席:请您稍候。\n坐席:\u200b\n', 'closing-goodbye'), ['请您稍候。']);
    const text = '坐席:请您稍候\u200b\n坐席:\u200b。\n';
    assert.equal(applyFixes(text, preferredEdits(findingsOf(text, 'closing-goodbye'))).text, '坐席:请您稍候，再见！\u200b\n坐席:\u200b。\n');
  });

  it('a segmented lint reads a silent line as a lint of the whole text does', () => {
    for (const text of ['坐席:请您稍候。\n坐席:\u200b\n', '坐席:您好。\n客户:你好\n坐席:\u200b\n客户:喂?\n坐席:。\n', '坐席:\u200b\n坐席:你好,请讲。\n']) {
      const linter = new IncrementalLinter(OPTIONS, 1);
      assert.deepEqual(linter.update(text).findings, lint(text, OPTIONS).findings, JSON.stringify(text));
    }
  });
});
