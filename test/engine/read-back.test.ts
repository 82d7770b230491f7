import { strict as assert } from 'node:assert';
import { findingsOf } from '../helpers';

const readBacks = (text: string) => findingsOf(text).filter((f) => f.rule === 'read-back');

describe('read-back: a sum charged or owed tells the matter', () => {
  it('passes a sum the customer says they owe or were charged, in simplified and traditional', () => {
    for (const text of [
      '客户:我骑车忘了关锁,现在显示欠了34块钱。\n坐席:出于人性化考虑,可以免除这次扣费。\n',
      '客户:你们扣了我50元。\n坐席:我马上为您查一下这笔扣费。\n',
      '客户:APP顯示欠款34元。\n坐席:我們馬上為您處理。\n',
    ]) {
      assert.deepEqual(readBacks(text), [], text);
    }
  });

  it('still wants an amount given to act on read back', () => {
    assert.equal(readBacks('客户:我要充值100元。\n坐席:好的,马上为您办理。\n').length, 1);
    assert.equal(readBacks('客户:帮我转账500元。\n坐席:好的,马上办理。\n').length, 1);
  });
});
