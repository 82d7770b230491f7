import { strict as assert } from 'node:assert';
import { applyFixes, preferredEdits } from '../../server/src/engine/fix';
import { findingsOf } from '../helpers';

/**
 * An exclamation thrown at the customer in a turn with no courtesy at all is 生硬语言, whatever its
 * words. The lines are written for these tests (counters, shops, wards, hotlines), not taken from a
 * corpus or a wild set, each with polite look-alikes that exclaim too and must pass.
 */

const EXCLAIMED = '冲着客户的感叹';

/** The texts of the curt-exclamation findings in a script. */
function exclaimed(script: string): string[] {
  return findingsOf(script, 'taboo-phrase')
    .filter((f) => f.message.zh.includes(EXCLAIMED))
    .map((f) => script.slice(f.start, f.end));
}

const agent = (text: string) => `坐席:${text}\n`;

describe('taboo-phrase: curt exclamations', () => {
  const flagged: Array<[string, string[]]> = [
    ['说了不能退就是不能退!', ['说了不能退就是不能退']],
    ['这个月的名额早没了!', ['这个月的名额早没了']],
    ['又迟到了!', ['又迟到了']],
    ['卡插反了!插反了!', ['卡插反了', '插反了']],
    ['這個沒得退!', ['這個沒得退']],
    ['手续不全,这个月办不了!', ['手续不全,这个月办不了']],
    ['订单取消了嘛!', ['订单取消了嘛']],
    ['X!', ['X']],
  ];
  for (const [text, expected] of flagged) {
    it(`flags ${text}`, () => assert.deepEqual(exclaimed(agent(text)), expected));
  }

  const passed = [
    '早上好,各位!',
    '李女士,好久不见!',
    '祝您生日快乐!',
    '对给患者家属造成的痛苦,我们深深地道歉!',
    '特此致歉!',
    '好的!',
    '收到!',
    '我们马上派人过去!',
    '虽然这不在范围内,我们一定帮您修好!',
    '小心地滑!',
    '那是诈骗电话,千万别转账!',
    '太棒了,又进步了!',
    '别着急,有我们在!',
    '您先坐地铁到终点站,就能到了!',
    '这种收费确实太不合理了!',
    '这款只剩最后两台了!',
    '请稍等,马上就好!',
    '不客气!这是我们应该做的!',
    '再见!',
    'Hello! Can I help you?',
    '外面下雨,要不要先进来?里面暖和!',
    '您这个月的积分已经到账了!',
    '阿姨,这个只能买两瓶哦!',
    '哈哈!',
    '希望下次还能见到大家!',
    '您怎么又来了?!',
    '这个月不给办。',
  ];
  for (const text of passed) {
    it(`passes ${text}`, () => assert.deepEqual(exclaimed(agent(text)), []));
  }

  it('reads courtesy anywhere in the turn, over its lines', () => {
    assert.deepEqual(exclaimed('坐席:这个没得换!\n  麻烦您再看看别的款式。\n'), []);
  });

  it('reads nothing in a turn of marks alone, and reports no range outside the words', () => {
    assert.deepEqual(exclaimed('---\r\ntitle: 外呼\r\n---\r\n坐席:!'), []);
    assert.deepEqual(exclaimed('坐席:!!\n坐席:又错了!\n'), ['又错了']);
  });

  it('leaves a customer turn alone', () => {
    assert.deepEqual(exclaimed('客户:这个没得换!\n坐席:是的,很抱歉,折扣商品不能换。\n'), []);
  });

  it('adds nothing where a listed phrase or a construction already reports the sentence', () => {
    const script = agent('你有病吧!');
    assert.equal(findingsOf(script, 'taboo-phrase').length, 1);
    assert.deepEqual(exclaimed(script), []);
  });

  it('leaves the other rules their findings inside the sentence', () => {
    const rules = findingsOf(agent('你又把表填错了!')).map((f) => f.rule);
    assert.ok(rules.includes('polite-pronoun'), rules.join());
    assert.ok(rules.includes('taboo-phrase'), rules.join());
  });

  it('is still reported after --fix ends the call with a goodbye: a goodbye is no courtesy to the sentence', () => {
    const script = '客户:能换吗?\n坐席:这个没得换!\n';
    const fixed = applyFixes(script, preferredEdits(findingsOf(script))).text;
    assert.match(fixed, /再见/);
    assert.deepEqual(exclaimed(fixed), ['这个没得换']);
  });
});
