import { strict as assert } from 'node:assert';
import { findingsOf, flagged } from '../helpers';

const RULE = 'read-back';

describe('read-back', () => {
  it('flags an answer that acts on a number, an address, a date or an amount without confirming it', () => {
    assert.deepEqual(flagged('客户:13912345678。\n坐席:好的,我马上为您办理。\n', RULE), ['好的,我马上为您办理']);
    assert.deepEqual(flagged('客户:139 1234 5678。\n坐席:好的,馬上為您辦理。\n', RULE), ['好的,馬上為您辦理']);
    assert.deepEqual(flagged('客户:我家在人民路88号。\n坐席:好的,师傅明天上门。\n', RULE), ['好的,师傅明天上门']);
    assert.deepEqual(flagged('客户:3月5号上午。\n坐席:好的,已为您预约。\n', RULE), ['好的,已为您预约']);
    assert.deepEqual(flagged('客户:我充了100元。\n坐席:好的,我帮您查一下。\n', RULE), ['好的,我帮您查一下']);
    assert.deepEqual(flagged('客户:{手机号}\n坐席:好的。\n', RULE), ['好的']);
    assert.deepEqual(flagged('客户:{手机号}\n坐席:好的,{手机号},马上为您办理。\n', RULE), []);
    assert.match(findingsOf('客户:13912345678。\n坐席:好的。\n', RULE)[0].message.zh, /13912345678/);
  });

  it('passes the standards\' model wordings and a detail said back', () => {
    const models = [
      // 《服务热线呼叫操作标准流程》 三.1
      '您的意思是13912345678,对吗?',
      '為了確保我理解無誤,您剛才提到的是人民路88號,是嗎?',
      // 《客户服务外包中心服务人员的素质标准》 通话中的礼仪 3
      '先生,您好,您是说13912345678?',
      '跟您确认一下,您的号码是13912345678。',
      '好的,13912345678,我帮您查询。',
    ];
    for (const m of models) assert.deepEqual(flagged(`客户:我的号码是13912345678。\n坐席:${m}\n`, RULE), [], m);
  });

  it('reads a masked number back as said, grouped or not: what hardcoded-pii\'s mask writes', () => {
    for (const said of ['138****5678', '138-****-5678', '138 **** 5678']) {
      assert.deepEqual(flagged(`客户:13812345678\n坐席:您的号码是 ${said} 吗?\n`, RULE), [], said);
    }
  });

  it('has nothing to say where the customer gives no detail, or the agent never answers', () => {
    assert.deepEqual(flagged('客户:我想查一下话费。\n坐席:好的,请稍等,我正在帮您查询。\n', RULE), []);
    assert.deepEqual(flagged('客户:我想查5月的话费。\n坐席:好的。\n', RULE), []);
    // Asking about an amount is not giving one; the hotline is not the customer's number.
    assert.deepEqual(flagged('客户:这个套餐是88元吗?\n坐席:是的。\n', RULE), []);
    assert.deepEqual(flagged('客户:我打了10086没人接。\n坐席:非常抱歉。\n', RULE), []);
    assert.deepEqual(flagged('坐席:请问您的号码?\n客户:13912345678。\n', RULE), []);
    // Numbers in the agent's own text are not the customer's.
    assert.deepEqual(flagged('坐席:您的号码是13912345678。\n坐席:好的。\n', RULE), []);
  });

  it('reads a figure the customer questions as no detail given: the answer explains it', () => {
    assert.deepEqual(flagged('客户:为什么我的物业费从每月200元涨到250元?\n坐席:根据业委会决议,物业费调整为每平方米1.5元。\n', RULE), []);
    assert.deepEqual(flagged('客户:怎麼又扣了30元?\n坐席:這是本月的來電顯示功能費。\n', RULE), []);
    // A detail given beside the question, or an amount asked for, is still read back.
    assert.deepEqual(flagged('客户:为什么扣钱?我的号码是13912345678。\n坐席:好的,我马上为您查询。\n', RULE), ['好的,我马上为您查询']);
    assert.deepEqual(flagged('客户:我要充值100元。\n坐席:好的,马上为您办理。\n', RULE), ['好的,马上为您办理']);
  });

  it('leaves the read-back to a booking\'s summary before the goodbye, in either script', () => {
    const booking = '客户:我订明天的票,身份证号是110101199003071234。\n坐席:好的,明天还有上午10点的车次,票价是80元,您要靠窗的座位吗?\n客户:要靠窗的。\n';
    assert.deepEqual(flagged(`${booking}坐席:好的,您订的是明天上午10点的车票,靠窗座位,身份证号110101199003071234,是这样的吗?\n客户:是的。\n坐席:已为您订好,再见。\n`, RULE), []);
    assert.deepEqual(flagged(`客户:卡號是6222020200112233。\n坐席:好的,您要辦理哪項業務呢?\n客户:掛失。\n坐席:跟您核對一下,您要掛失尾號2233的卡,對嗎?\n`, RULE), []);
    // No summary, or a summary only after the goodbye (the next call's), or one that confirms nothing.
    assert.deepEqual(flagged(`${booking}坐席:好的,已为您订好,再见。\n`, RULE), ['好的,明天还有上午10点的车次,票价是80元,您要靠窗的座位吗']);
    assert.deepEqual(flagged(`${booking}坐席:好的,再见。\n客户:你好,我想改签。\n坐席:跟您确认一下,您要改签哪天的票?\n`, RULE), ['好的,明天还有上午10点的车次,票价是80元,您要靠窗的座位吗']);
    assert.deepEqual(flagged(`${booking}坐席:目前我们无法确认座位。\n`, RULE), ['好的,明天还有上午10点的车次,票价是80元,您要靠窗的座位吗']);
  });
});
