import { strict as assert } from 'node:assert';
import { applyFixes, preferredEdits } from '../../server/src/engine';
import { findingsOf, flagged } from '../helpers';

const RULE = 'closing-goodbye';
const BYE = '再见\uFF01';
const BYE_TRADITIONAL = '再見\uFF01';
const COMMA = '\uFF0C';

function fixOnce(text: string): string {
  return applyFixes(text, preferredEdits(findingsOf(text, RULE))).text;
}

describe('closing-goodbye', () => {
  it('flags the last line of the last agent turn when the turn has no 再见', () => {
    const text = '# 结束\n坐席:谢谢您的合作。\n请为我的服务评分。\n客户:好的。\n';
    const [f] = findingsOf(text, RULE);
    assert.equal(text.slice(f.start, f.end), '请为我的服务评分。');
    assert.equal(f.severity, 'warning');
  });

  it('passes 再见 and traditional 再見 anywhere in the last agent turn, whoever speaks last', () => {
    assert.deepEqual(flagged('坐席:谢谢您的合作。请为我的服务评分,再见!\n', RULE), []);
    assert.deepEqual(flagged('坐席:再見,祝您生活愉快。\n客户:谢谢,拜拜。\n', RULE), []);
  });

  it('looks only at the last agent turn', () => {
    assert.deepEqual(flagged('坐席:再见!\n客户:等等,还有个问题。\n坐席:好的,您请讲。\n', RULE), ['好的,您请讲。']);
  });

  // Fuzz seed 949: a stray 「 after the question hid it, and 再见 was applied after the question.
  it('reads a line that ends with a question and then only quotes or brackets as ending with the question: 再见 is only offered', () => {
    assert.equal(fixOnce('坐席:您好,请问是张先生吗?「\n'), '坐席:您好,请问是张先生吗?「\n');
    assert.equal(fixOnce('坐席:您说“好的吗?”\n'), '坐席:您说“好的吗?”\n');
  });

  it('does not take 再见面 for a goodbye', () => {
    assert.deepEqual(flagged('坐席:期待与您再见面。\n', RULE), ['期待与您再见面。']);
  });

  it('leaves stage directions out of the range and skips a turn that only has one', () => {
    assert.deepEqual(flagged('坐席:感谢您的来电【停顿两秒】\n', RULE), ['感谢您的来电']);
    assert.deepEqual(flagged('坐席:感谢您的来电。\n客户:嗯。\n坐席:【挂机】\n', RULE), ['感谢您的来电。']);
  });

  it('says nothing about a script with no agent turns', () => {
    assert.deepEqual(flagged('客户:你好?\n客户:有人吗?\n', RULE), []);
    assert.deepEqual(flagged('// 只有注释\n', RULE), []);
  });

  it('can be switched off for the line by a directive', () => {
    assert.deepEqual(flagged('// callscript-disable-next-line closing-goodbye\n坐席:好的。\n', RULE), []);
  });

  describe('fix', () => {
    it('appends 再见! after a sentence end, and ,再见! after a bare word', () => {
      assert.equal(fixOnce('坐席:谢谢您的合作。\n'), `坐席:谢谢您的合作。${BYE}\n`);
      assert.equal(fixOnce('坐席:谢谢您的合作\n'), `坐席:谢谢您的合作${COMMA}${BYE}\n`);
      assert.equal(fixOnce(`坐席:谢谢您的合作${COMMA}\n`), `坐席:谢谢您的合作${COMMA}${BYE}\n`);
    });

    it('writes traditional text in traditional', () => {
      assert.equal(fixOnce('坐席:感謝您的來電。\n'), `坐席:感謝您的來電。${BYE_TRADITIONAL}\n`);
    });

    it('goes into the spoken text, before a stage direction and trailing spaces, and never touches other lines', () => {
      assert.equal(fixOnce('坐席:感谢您的来电。【停顿两秒】\r\n客户:嗯  \r\n'), `坐席:感谢您的来电。${BYE}【停顿两秒】\r\n客户:嗯  \r\n`);
      assert.equal(fixOnce('坐席:谢谢您  \n'), `坐席:谢谢您${COMMA}${BYE}  \n`);
    });

    it('removes the finding and changes nothing on a second pass', () => {
      for (const text of ['坐席:谢谢。\n', '坐席:感謝您的來電\n客户:嗯\n', '坐席:期待与您再见面\n']) {
        const once = fixOnce(text);
        assert.notEqual(once, text);
        assert.deepEqual(findingsOf(once, RULE), [], once);
        assert.equal(fixOnce(once), once);
      }
    });
  });
});

describe('closing-goodbye fix text', () => {
  it('is typed in the punctuation width of its line', () => {
    const ascii = '坐席:谢谢您的合作, 请为我的服务评分\n';
    const [f] = findingsOf(ascii, 'closing-goodbye');
    assert.equal(f.fixes[0].edits[0].newText, ',再见!');
    const full = '坐席\uFF1A谢谢您的合作\uFF0C请为我的服务评分\n';
    const [g] = findingsOf(full, 'closing-goodbye');
    assert.equal(g.fixes[0].edits[0].newText, '\uFF0C再见\uFF01');
  });

  it('does not ask a goodbye of a last turn that hands the call on', () => {
    assert.deepEqual(flagged('坐席:您好!\n客户:我要找人工。\n坐席:好的,我马上为您转接人工客服。\n', RULE), []);
    assert.deepEqual(flagged('坐席:您好!\n坐席:我將您的電話轉接給技術部,他將繼續為您服務。\n', RULE), []);
    assert.deepEqual(flagged('坐席:您好!\n坐席:好的【转接】\n', RULE), []);
    // 让您久等 is not someone else doing the transfer, 您可以让…转接 is.
    assert.deepEqual(flagged('坐席:您好!\n坐席:好的,让您久等了,马上为您转接。\n', RULE), []);
    // Telling the customer where they could be transferred ends this call like any other turn.
    assert.deepEqual(flagged('坐席:您好!\n坐席:您也可以拨打114,让接线员帮您转接。\n', RULE), ['您也可以拨打114,让接线员帮您转接。']);
  });
});
