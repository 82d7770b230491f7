import { strict as assert } from 'node:assert';
import { flagged } from '../helpers';

const RULE = 'refusal-alternative';

/** The agent's reply flagged after the customer's words, if any. */
function answered(customer: string, agent: string, next = ''): string[] {
  return flagged(`客户:${customer}\n坐席:${agent}\n${next}`, RULE);
}

describe('refusal-alternative: a bare no to what the customer asked for', () => {
  it('flags a reply that only says nothing is left, in simplified and traditional', () => {
    assert.deepEqual(answered('我想订明天上午的票。', '没了。'), ['没了。']);
    assert.deepEqual(answered('那下午的呢?', '也没有了。'), ['也没有了。']);
    assert.deepEqual(answered('给我换个靠窗的座位。', '我们这边没有空位了。'), ['我们这边没有空位了。']);
    assert.deepEqual(answered('請問投訴部門在哪裡?', '沒有。'), ['沒有。']);
  });

  it('flags a reply that says cannot, not needed or not done any more', () => {
    assert.deepEqual(answered('我想约这周六的体检。', '约不了。'), ['约不了。']);
    assert.deepEqual(answered('这件事你们要给个书面说明。', '不需要。'), ['不需要。']);
    assert.deepEqual(answered('下午的门诊我还能来吗?', '今天下午不看了。'), ['今天下午不看了。']);
  });

  it('flags an apology said with a no and nothing offered, asked or not (a bot reply under its intent)', () => {
    for (const [line, expected] of [
      ['不好意思,我们餐厅不提供送餐服务。', '不好意思,我们餐厅不提供送餐服务。'],
      ['很抱歉,没有的。', '很抱歉,没有的。'],
      ['現在所有房間已經訂滿,實在不好意思。', '現在所有房間已經訂滿,實在不好意思。'],
      ['不好意思,早餐时间已经过了。', '不好意思,早餐时间已经过了。'],
      ['对不起,公司没有提供此项服务。', '对不起,公司没有提供此项服务。'],
    ]) {
      assert.deepEqual(flagged(`【can_deliver?】\n坐席:${line}\n`, RULE), [expected], line);
    }
    // The way offered, 002's pardon asked, an apology for something else, a condition to meet, someone away.
    for (const line of [
      '不好意思,我们不提供送餐服务,您可以到一楼餐厅用餐。',
      '对不起,由于条件所限,目前这方面的工作我们无法开展,请您原谅。',
      '不好意思打扰了,没有别的事了。',
      '抱歉,没有问题。',
      '不好意思,店内商品未结账不提供使用哦。',
      '对不起,他不在。',
      '对不起,我们没有办理过这笔业务。',
    ]) {
      assert.deepEqual(flagged(`坐席:${line}\n`, RULE), [], line);
    }
  });

  it('flags a reply that ends in a no of policy after its reason', () => {
    assert.deepEqual(answered('这个商品降价了,我要申请价保。', '活动商品不支持价保。'), ['活动商品不支持价保。']);
    assert.deepEqual(answered('鞋子穿了两天就开胶了,我要退货。', '已穿着的商品,非质量问题不受理。'), ['已穿着的商品,非质量问题不受理。']);
  });

  it('takes an offer back when a 但 follows it with the refusal', () => {
    assert.deepEqual(answered('我要申请保价。', '已为您提交申请,但按照规则无法申请。'), ['无法申请']);
    assert.deepEqual(answered('我要申请保价。', '按照规则无法申请,但我可以为您申请一张优惠券。'), []);
  });

  it('passes the same no with a way offered, in the turn or the agent\'s next', () => {
    assert.deepEqual(answered('我想订明天上午的票。', '上午的没了,我可以为您订下午两点的。'), []);
    assert.deepEqual(answered('我想订明天上午的票。', '没了。', '客户:那怎么办?\n坐席:建议您改订后天上午的。\n'), []);
    assert.deepEqual(answered('这个商品降价了,我要申请价保。', '活动商品不支持价保,您可以申请退货后重新购买。'), []);
  });

  it('leaves a no that answers whether something is so, thanks, or means no trouble', () => {
    const fine = [
      ['是不是扣了我两次钱?', '没有,只扣了一次。'],
      ['是不是扣了我两次钱?', '没有。'],
      ['我还有欠费吗?', '没有了。'],
      ['需要我带身份证吗?', '不需要。'],
      ['有没有别的问题?', '没有。'],
      ['谢谢你啊。', '不用谢。'],
      ['麻烦你了。', '没事。'],
      ['这样登记没错吧?', '错不了。'],
      ['我明天再过来。', '好的,没问题。'],
      ['能开发票吗?', '可以开。'],
      ['如果我不在家呢?', '如果不在家,快递员会放到驿站。'],
      ['帮我查一下欠费。', '没有欠费。'],
      ['我要不要再带一份复印件?', '不需要。'],
      ['这个月的管理费还收吗?', '不收了。'],
      ['维修要等多久?', '用不了。'],
      ['这张卡支持境外消费吗?', '这张卡不支持境外消费。'],
    ];
    for (const [c, a] of fine) assert.deepEqual(answered(c, a), [], `${c} → ${a}`);
  });

  it('leaves a no asked back, and a no that is negative-wording\'s flat refusal', () => {
    assert.deepEqual(answered('我想订明天上午的票。', '没了?'), []);
    assert.deepEqual(answered('能退吗?', '这个办不了。'), []);
    assert.ok(flagged('客户:能退吗?\n坐席:这个办不了。\n', 'negative-wording').length > 0);
  });
});
