import { strict as assert } from 'node:assert';
import { flagged } from '../helpers';

const RULE = 'apology-first';

/** The agent's reply flagged after the customer's words, if any. */
function answered(customer: string, agent: string): string[] {
  return flagged(`客户:${customer}\n坐席:${agent}\n`, RULE);
}

describe('apology-first: what a complaint is owed (redress kinds)', () => {
  it('does not take comfort alone for the apology; comfort that goes on to the matter is 先处理心情再处理事情', () => {
    assert.deepEqual(answered('你们的网又断了,到底管不管?', '请您别着急。'), ['请您别着急']);
    assert.deepEqual(answered('你們的網又斷了,到底管不管?', '您別急啊。'), ['您別急啊']);
    assert.deepEqual(answered('你们的网又断了,到底管不管?', '您先别着急,我马上帮您查一下线路。'), []);
    assert.deepEqual(answered('你们的网又断了,到底管不管?', '对不起,请不要着急。'), []);
    // Comfort alone does not close the grievance: the next respondent's excuse is asked the apology too.
    assert.deepEqual(
      flagged('客户:你们的网又断了,到底管不管?\n坐席:您别急。\n【主管接过电话】\n坐席:这是因为线路老化造成的。\n', RULE),
      ['您别急', '这是因为线路老化造成的'],
    );
  });

  it('owes the apology for the service\'s own fault told unasked, and for what it tells next with none yet', () => {
    assert.deepEqual(flagged('【早高峰,站台广播】\n坐席:因供电设备故障,本线列车限速运行,发车间隔延长。\n', RULE), [
      '因供电设备故障,本线列车限速运行,发车间隔延长',
    ]);
    assert.deepEqual(
      flagged('【站台广播】\n坐席:信號設備故障,行車時間需額外十分鐘。\n【手機程式提示】\n坐席:請乘客預留充足時間。\n', RULE),
      ['信號設備故障,行車時間需額外十分鐘', '請乘客預留充足時間'],
    );
    // Apologised in the same sentence, or weighed rather than told, or a calm customer's question answered.
    assert.deepEqual(flagged('【站台广播】\n坐席:因供电设备故障,列车限速运行,给您出行带来不便,深表歉意。\n', RULE), []);
    assert.deepEqual(flagged('【乘车须知】\n坐席:如果遇到设备故障,列车会限速运行,请听从广播。\n', RULE), []);
    assert.deepEqual(answered('请问现在二号线是不是在限速?', '二号线因信号设备故障限速运行。'), []);
    assert.deepEqual(flagged('【回访】\n坐席:您家的线路故障已经修复了,请您确认一下可以正常使用吗?\n', RULE), []);
  });

  it('hears a failure by kind: a wait held too long, dragged out, a spell gone and the thing not come, a service not given as owed', () => {
    const reports = [
      '在窗口排队太久了,一个人都没有。',
      '维修工迟迟不来,我都请了一天假。',
      '外卖下单两个小时了,饭没到。',
      '你们小区的垃圾清运很不及时。',
      '都九点了,挂号窗口还没人上班。',
      '入口的东西处理得这么马虎,吃出病来谁负责?',
      '汤里喝出一根头发。',
      '这杯豆浆喝起来怪怪的,像是要坏了。',
      '楼上漏水给我家造成了很大的损失。',
      '卫生间下水道堵得像个池塘一样。',
      '地铁中断运行了一个多小时。',
      '等咗成粒鐘先有車,真係激氣!',
    ];
    for (const r of reports) assert.deepEqual(answered(r, '是管道老化造成的。'), ['是管道老化造成的'], r);
  });

  it('hears a grievance by how it is put: mistreatment, the work judged, a charge with an account demanded, a thing done to a relative unasked', () => {
    const reports = [
      '保安对我恶言相向,还推搡我。',
      '你们的服务真差。',
      '我的账户突然显示欠费三百元,这是怎么回事?',
      '我妈只是来交电费,你们怎么给她办了一张信用卡?',
    ];
    for (const r of reports) assert.deepEqual(answered(r, '我们是按流程办的。'), ['我们是按流程办的'], r);
  });

  it('leaves a question, a fee standard asked about, and a fault reported calmly to an answer', () => {
    const asked = ['您随便坐,这边请。', '这道菜吃起来是什么味道?', '这个月的电费是怎么算的?', '请问物业费的收费标准是多少?', '麻烦帮我查一下欠费多少?', '我家水管漏了,你们来看看吧。'];
    for (const q of asked) assert.deepEqual(answered(q, '按每度零点五元计算。'), [], q);
  });

  it('takes the feeling named, the fault owned and regret felt as the opening; a bare backchannel waits for the reply proper', () => {
    assert.deepEqual(answered('我打了三次电话都没人管!', '听起来您对我们的服务很失望,我马上帮您跟进。'), []);
    assert.deepEqual(answered('我打了三次电话都没人管!', '经核查,确系我们工作人员失误所致。'), []);
    assert.deepEqual(flagged('客户:我打了三次电话都没人管!\n坐席:嗯。\n坐席:非常抱歉,我马上帮您跟进。\n', RULE), []);
    assert.deepEqual(flagged('客户:我打了三次电话都没人管!\n坐席:嗯。\n坐席:工单还在处理。\n', RULE), ['工单还在处理']);
  });
});
