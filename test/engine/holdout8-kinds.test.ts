import { strict as assert } from 'node:assert';
import { flagged } from '../helpers';

/**
 * The kinds read from held-out 8's first blind run (eval/holdout8/SOURCES.md, "Kinds generalised
 * since"): each kind's forms written here, not the corpus's lines, with polite look-alikes that must
 * stay clean.
 */
const agent = (line: string): string => `坐席:${line}\n`;
const REPLY = '这个是按流程办的。';
const afterCustomer = (customer: string) => flagged(`${customer.startsWith('【') ? customer : `客户:${customer}`}\n坐席:${REPLY}\n`, 'apology-first');

describe('holdout8 kinds: apology-first hears more failures told', () => {
  it('hears feelings named, a charge for what should not count, a promise come apart, the law cited, a failure again and again', () => {
    const turns = [
      '【排队的乘客越来越烦躁】',
      '我现在非常恼火。',
      '为什么连周末也算成计费日?',
      '赠送的流量怎么也算进套餐费里了?',
      '我付了全款,商家却没有发货。',
      '课程跟当初宣传的不一样,我要退费。',
      '收到的衣服和描述不符。',
      '根据消费者权益保护法,这笔钱应该退给我。',
      '你们这里三天两头停电。',
      '楼里总是突然停水,一停就是半天。',
    ];
    for (const t of turns) assert.deepEqual(afterCustomer(t), ['这个是按流程办的'], t);
  });

  it('passes sums, wishes and questions that share the words', () => {
    const turns = ['这里会经常停电吗?', '我怎么都算不对这个账。', '这个怎么也算不明白,你帮我算一下?', '我想换个和原来不同的套餐。', '我想办理却不知道怎么操作。', '我很激动,终于抽中了!'];
    for (const t of turns) assert.deepEqual(afterCustomer(t), [], t);
  });
});

describe('holdout8 kinds: wording', () => {
  it('negative-wording: the customer sent back to where they bought it', () => {
    for (const line of ['哪里买的就哪里去退。', '哪兒辦的去哪兒問。', '你哪里订的找哪里处理。']) assert.equal(flagged(agent(line), 'negative-wording').length, 1, line);
    for (const line of ['请问您在哪里买的?', '请您到购买的网点办理退货。', '建议您哪里买的就到哪里退,那边处理更快。']) assert.deepEqual(flagged(agent(line), 'negative-wording'), [], line);
  });

  it('vague-wording: a likelihood for an answer, and memory for an answer', () => {
    for (const line of ['包裹大概率是丢了。', '多半是线路的问题。', '记不起来。', '我也记不清了。']) assert.equal(flagged(agent(line), 'vague-wording').length, 1, line);
    for (const line of ['如果不续费,大概率会停机。', '我记不清了,我帮您查一下。', '大概率事件是指发生概率很高的事件。']) assert.deepEqual(flagged(agent(line), 'vague-wording'), [], line);
  });

  it('refusal-alternative: what the customer brought declared void, with nothing offered', () => {
    assert.equal(flagged('客户:我丢了一个包裹,这是小票。\n坐席:小票非中文凭证,无效。\n', 'refusal-alternative').length, 1);
    assert.deepEqual(flagged('客户:这个优惠券还能用吗?\n坐席:已经过期了,无效。\n', 'refusal-alternative'), []);
    assert.deepEqual(flagged('客户:我丢了一个包裹,这是小票。\n坐席:小票无效,您可以提供一下付款记录,我们帮您登记。\n', 'refusal-alternative'), []);
  });
});

describe('holdout8 kinds: what opens the answer', () => {
  it("a written reply's preamble announcing the answer below leaves the apology to the answer", () => {
    const preamble = '客户:我们小区老是停水,物业连个人都没有。\n坐席:您好!来信收悉,关于您所反映的停水问题,我们到现场进行了核实,现将情况回复如下:\n';
    assert.deepEqual(flagged(preamble + '坐席:非常抱歉给您带来不便,停水是因为管道老化,本周内更换。\n', 'apology-first'), []);
    assert.equal(flagged(preamble + '坐席:停水是因为管道老化,本周内更换。\n', 'apology-first').length, 1);
  });

  it('对不住 is an apology', () => {
    assert.deepEqual(flagged('客户:你们医生叫我今天来,却没说今天停诊!\n坐席:真对不住您了,今天确实没有号了,我帮您约明天。\n', 'apology-first'), []);
  });
});
