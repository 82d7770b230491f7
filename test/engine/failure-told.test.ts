import { strict as assert } from 'node:assert';
import { findingsOf, flagged } from '../helpers';

const RULE = 'apology-first';

/** The agent's reply flagged after the customer's words, if any. */
function answered(customer: string, agent: string): string[] {
  return flagged(`客户:${customer}\n坐席:${agent}\n`, RULE);
}

/**
 * The kinds of a failure told that real complaints use and the first lists missed (a supply cut day
 * after day, a notice never given, reported many times, stranded, money taken without cause, a rule
 * held unfair, feelings and staff mistreatment, action demanded, a thing broken in the service's
 * hands), and the situation told as a stage direction. Written for these tests, not copied from a set.
 */
describe('apology-first: the failure told, by kinds real complaints use', () => {
  const reports = [
    '没提前通知一声就把水停了。',
    '连续五天晚上都没有热水。',
    '每到晚上八点就断网。',
    '小区这两天一直停气。',
    '我报修了好几次,到现在还是没人来。',
    '我问了三个部门,都在踢皮球。',
    '我在站台上已经待了五个小时。',
    '航班延误了四个多小时,也没人出来说一声。',
    '停水搞得我们没法做饭。',
    '断网严重影响了孩子上网课。',
    '你们未经我同意就开通了彩铃。',
    '我从来没办过这张卡,怎么还收我年费?',
    '电费单上怎么会有两笔抄表费?',
    '这个规定根本不合理。',
    '明明是你们把表装错了。',
    '我等得急死了。',
    '上门的师傅对我爱理不理。',
    '这事到底有没有人管?',
    '我已经报警了。',
    '快递拆开一看,杯子碎了。',
    '你们营业厅怎么回事,办张卡要这么久?',
    '連續三天停電,你們到底管不管?',
    '热线打了半天都没人接。',
    '我都快气疯了,这也太离谱了。',
    '凭什么收我两次钱?',
    '说好的今天上门呢?',
    '停电害我上班迟到。',
    '办了会员卡半年,一次都没用上过。',
    '买的年卡成了摆设。',
    '预约时间到了我打过去,你们才说要改期?',
    '约好上门又放我鸽子,太过分了!',
    '上个月寄的包裹,到现在还没收到。',
    '服务质量越来越差。',
    '水压低得连热水器都打不着。',
    '每个星期都有人打电话来推销。',
    '为什么不能当天处理?',
    '我订的是单人间,为什么突然让我换房?',
    '新买的冰箱怎么有划痕?',
    '我又来了,这事到底怎么处理?',
    '你们师傅乱停车,行车记录仪全录下来了。',
  ];

  it('hears each kind, in simplified and traditional script', () => {
    for (const r of reports) assert.deepEqual(answered(r, '是系统升级造成的。'), ['是系统升级造成的'], r);
  });

  it('passes the same reports answered with an apology, understanding, thanks for the complaint or comfort', () => {
    assert.deepEqual(answered('停水搞得我们没法做饭。', '非常抱歉给您带来不便,抢修队已经出发。'), []);
    assert.deepEqual(answered('我等得急死了。', '请不要着急,我马上帮您催一下。'), []);
    assert.deepEqual(answered('这个规定根本不合理。', '感谢您对我们工作的监督,您的意见我会如实上报。'), []);
    assert.deepEqual(answered('上门的师傅对我爱理不理。', '您好!对不起,这是我们的服务没做好。'), []);
  });

  it('leaves look-alikes alone: a question, a wish, praise, a notice the customer gives', () => {
    const calm = [
      '我想提前通知你们一下,下周我要出国,号码先停机保号。',
      '每天晚上几点开始供暖?',
      '如果航班延误了,能改签吗?',
      '请问连续包月怎么取消?',
      '我想开通一个彩铃。',
      '你们的师傅态度很好,我想表扬一下。',
      '我想问问怎么报修。',
      '你们说好的优惠还有吗?',
      '你刚才说的那个套餐多少钱?',
      '我明白了,那就办这个吧。',
      '这个功能我从来没用过,怎么关掉?',
      '我从来没看到过合同。',
      '突然停电了,是什么原因?',
      '到现在为止我都很满意。',
    ];
    for (const c of calm) assert.deepEqual(answered(c, '是系统升级造成的。'), [], c);
  });

  it('hears the situation told as a stage direction where the customer has no words of their own', () => {
    const script = '【居民报修三次都无人上门;维修部门回电】\n坐席:您好,这里是维修部,明天上午派人过去。\n';
    assert.deepEqual(flagged(script, RULE), ['您好,这里是维修部,明天上午派人过去']);
    const sorry = '【居民报修三次都无人上门;维修部门回电】\n坐席:您好,非常抱歉让您久等了,明天上午派人过去。\n';
    assert.deepEqual(flagged(sorry, RULE), []);
  });

  it('does not take a direction for the customer side when it tells a call event or a calm request', () => {
    assert.deepEqual(flagged('【客户来电咨询账单】\n坐席:您好,请讲。\n', RULE), []);
    assert.deepEqual(flagged('客户:我查一下话费。\n坐席:好的,请稍等。\n【保持】\n坐席:您本月话费58元。\n', RULE), []);
  });

  it('hears a direction only for the agent words after it, not for those already said', () => {
    const script = '坐席:您好,请问有什么可以帮您?\n【客户投诉上门师傅迟到两个小时】\n坐席:这个我记一下。\n';
    assert.deepEqual(flagged(script, RULE), ['这个我记一下']);
  });

  it('offers the apology after a greeting the reply opens with, not before it', () => {
    const fixed = (script: string) => {
      const edit = findingsOf(script, RULE)[0].fixes[0].edits[0];
      return script.slice(0, edit.start) + edit.newText + script.slice(edit.end);
    };
    assert.equal(fixed('客户:连续三天停电了。\n坐席:您好。是线路检修。\n'), '客户:连续三天停电了。\n坐席:您好。非常抱歉给您带来不便，是线路检修。\n');
    assert.equal(fixed('客户:连续三天停电了。\n坐席:是线路检修。\n'), '客户:连续三天停电了。\n坐席:非常抱歉给您带来不便，是线路检修。\n');
    // A turn that only greets: the apology goes before the greeting, within the turn.
    assert.equal(fixed('客户:连续三天停电了。\n坐席:您好!\n客户:喂?\n'), '客户:连续三天停电了。\n坐席:非常抱歉给您带来不便,您好!\n客户:喂?\n');
  });

  it('leaves a vague answer to vague-wording only where vague-wording reports it', () => {
    const complaint = '客户:连续三天停电了。\n';
    assert.deepEqual(flagged(`${complaint}坐席:我也不清楚。\n`, RULE), []);
    assert.deepEqual(flagged(`${complaint}坐席:我也不清楚。\n`, 'vague-wording'), ['不清楚']);
    const inside = `${complaint}坐席:是线路检修,这个情况我们之前不清楚。\n`;
    assert.deepEqual(flagged(inside, 'vague-wording'), []);
    assert.deepEqual(flagged(inside, RULE), ['是线路检修,这个情况我们之前不清楚']);
  });

  it('hears the complaint answered by the agent\'s next words when a turn only names the matter', () => {
    const lead = '客户:我的订单延迟了,到现在还没收到。\n坐席:关于您提到的订单延迟问题…\n';
    assert.deepEqual(flagged(`${lead}坐席:我们完全理解您的不便,对此深感抱歉。\n`, RULE), []);
    assert.deepEqual(flagged(`${lead}坐席:我们已紧急调货。\n`, RULE), ['我们已紧急调货']);
  });

  it('takes understanding said as imagining the customer\'s feelings', () => {
    assert.deepEqual(answered('服务质量越来越差。', '我可以想象到这个问题给您带来的感受,我马上为您处理。'), []);
  });
});
