import { strict as assert } from 'node:assert';
import { findingsOf } from '../helpers';

/**
 * A turn of a few words that says no and nothing else, with no courtesy, is a curt answer. The lines
 * are written for these tests, not taken from a corpus or a wild set, each with look-alikes that
 * must pass: comfort, good news, an affirmation, the agent's own act, a yes-or-no question answered
 * in kind, and any courtesy.
 */

const BARE_NO = '生硬的否定答复';

function bareNoes(script: string): string[] {
  return findingsOf(script, 'taboo-phrase')
    .filter((f) => f.message.zh.includes(BARE_NO))
    .map((f) => script.slice(f.start, f.end));
}

describe('taboo-phrase: curt answers', () => {
  const flagged: Array<[string, string]> = [
    ['客户:这张卡能用吗?\n坐席:用不了。\n', '用不了。'],
    ['客户:能开发票吗?\n坐席:开不了。\n', '开不了。'],
    ['客户:为什么还没到?\n坐席:还没发货。\n', '还没发货。'],
    ['客户:我要退这个。\n坐席:过了七天不退。\n', '过了七天不退。'],
    ['客户:能便宜点吗?\n坐席:便宜不了\n', '便宜不了'],
    ['客户:還有貨嗎?\n坐席:沒貨了。\n', '沒貨了。'],
  ];
  for (const [script, expected] of flagged) {
    it(`flags ${expected}`, () => assert.deepEqual(bareNoes(script), [expected]));
  }

  const passed: string[] = [
    '客户:要排队吗?\n坐席:不用排队。\n',
    '客户:我很急。\n坐席:别着急,马上就好。\n',
    '客户:是这个按钮吗?\n坐席:没错。\n',
    '客户:以后还会这样吗?\n坐席:不会。\n',
    '客户:您知道他的电话吗?\n坐席:不知道。\n',
    '客户:能用吗?\n坐席:不好意思,用不了。\n',
    '客户:能用吗?\n坐席:您这张卡用不了。\n',
    '客户:能用吗?\n坐席:阿姨,这卡用不了。\n',
    '客户:谁来修?\n坐席:我们马上派人。\n',
    '客户:什么意思?\n坐席:可能我没说清楚。\n',
    '客户:怎么还没到?\n坐席:是我们没有及时处理。\n',
    '客户:要交费吗?\n坐席:不收费。\n',
    '客户:能用吗?\n坐席:这张卡暂时用不了,因为已经过了有效期,换一张新卡就可以了。\n',
    '客户:能用吗?\n坐席:用不了?\n',
    '坐席:不用谢。\n',
  ];
  for (const script of passed) {
    it(`passes ${script.split('\n')[1]}`, () => assert.deepEqual(bareNoes(script), []));
  }

  it('leaves a customer turn alone', () => {
    assert.deepEqual(bareNoes('坐席:请问还需要别的吗?\n客户:不用了。\n'), []);
  });

  it('reports the whole turn over its lines, once', () => {
    assert.deepEqual(bareNoes('客户:能退吗?\n坐席:不退。\n  不换。\n'), ['不退。\n  不换。']);
  });

  it('adds nothing where another phrase rule lists the words (不知道 is vague-wording\'s)', () => {
    const script = '客户:为什么还没到?\n坐席:不知道。\n';
    assert.deepEqual(bareNoes(script), []);
    assert.ok(findingsOf(script, 'vague-wording').length >= 1);
  });

  it('passes advice, a condition, an invitation and a question without its mark', () => {
    for (const said of ['这个药饭后吃,别吃多了。', '如果还不会用,', '有什么不明白的再联系。', '是不是没收到']) {
      assert.deepEqual(bareNoes(`客户:好的。\n坐席:${said}\n`), [], said);
    }
  });

  it('adds nothing where taboo-phrase found the words already', () => {
    const script = '客户:能退吗?\n坐席:爱退不退。\n';
    assert.deepEqual(bareNoes(script), []);
    assert.ok(findingsOf(script, 'taboo-phrase').length >= 1);
  });
});
