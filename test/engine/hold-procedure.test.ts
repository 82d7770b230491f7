import { strict as assert } from 'node:assert';
import { applyFixes } from '../../server/src/engine';
import { findingsOf, flagged } from '../helpers';

const RULE = 'hold-procedure';

describe('hold-procedure', () => {
  it('flags a wait with no reason, in simplified and traditional', () => {
    assert.deepEqual(flagged('坐席:好的,请稍等。\n坐席:感谢您的等候。\n', RULE), ['请稍等']);
    assert.deepEqual(flagged('坐席:好的,請您稍候。\n坐席:感謝您的等候。\n', RULE), ['請您稍候']);
  });

  it('passes the model wordings of the standards: a reason for a short wait; reason and consent or time for a hold', () => {
    const models = [
      // 《2008年呼入服务质量规范》 四(二)1
      '坐席:请稍等,我正在帮您查询。\n坐席:感谢您的等候。\n',
      // 000 四(二)1 word for word: the errand is left unsaid.
      '坐席:请稍等,我正在帮您……\n坐席:感谢您的等候。\n',
      '坐席:請稍等,我正在幫您查詢。\n坐席:感謝您的等候。\n',
      // 《客户服务外包中心服务人员的素质标准》 通话中的礼仪 4: why, consent, how long
      '坐席:我帮您查询一下,大约需要一分钟,可以吗?\n客户:可以。\n【保持】\n坐席:感谢您的耐心等待。\n',
      '坐席:我幫您查詢一下,大約需要一分鐘,可以嗎?\n客户:可以。\n【保持】\n坐席:感謝您的耐心等待。\n',
    ];
    for (const m of models) assert.deepEqual(flagged(m, RULE), [], m);
  });

  // Fuzz seed 942: 8周 of …5678周末好 read as eight weeks, off the line, until the greeting became 您好.
  it('reads a number before 周末 as no count of weeks', () => {
    assert.deepEqual(flagged('坐席:请稍等13812345678周末好!\n', 'hold-procedure'), ['请稍等']);
    assert.deepEqual(flagged('坐席:请您再耐心等待2周。\n', 'hold-procedure'), []);
  });

  it('asks more of a hold direction than of a word: consent or how long', () => {
    assert.deepEqual(flagged('坐席:我帮您查询一下,请稍等。【保持】\n坐席:感谢您的等候。\n', RULE), ['请稍等']);
    assert.match(findingsOf('坐席:我帮您查询一下,请稍等。【保持】\n', RULE)[0].message.zh, /同意/);
    assert.deepEqual(flagged('坐席:我帮您查询一下,请稍等。\n坐席:感谢您的等候。\n', RULE), []);
    assert.deepEqual(flagged('坐席:我帮您核实一下,请您稍等两分钟。【保持】\n', RULE), []);
    // 【查询中】 is a wait on an open line, like the words; 保持 is the hold key.
    assert.deepEqual(flagged('坐席:我帮您查询一下。【查询中】\n坐席:感谢您的等候。\n', RULE), []);
    assert.deepEqual(flagged('坐席:好的。【查询中】\n坐席:感谢您的等候。\n', RULE), ['【查询中】']);
  });

  it('reads the customer\'s request just before the wait as its reason', () => {
    assert.deepEqual(flagged('客户:我想查一下话费。\n坐席:好的,请您稍等。\n', RULE), []);
    assert.deepEqual(flagged('客户:我想查一下話費。\n坐席:【記錄】\n坐席:好的,請您稍等。\n', RULE), []);
    assert.deepEqual(flagged('客户:好的。\n坐席:请您稍等。\n', RULE), ['请您稍等']);
    // A hold still asks consent or a time, whatever the customer asked.
    assert.deepEqual(flagged('客户:我想查一下话费。\n坐席:好的,请您稍等。【保持】\n', RULE), ['请您稍等']);
  });

  it('hears putting the caller through as the reason for the wait', () => {
    assert.deepEqual(flagged('坐席:請稍等,我幫您接通客房部!\n【轉接之後對方無人接聽】\n坐席:對不起,電話沒人接。\n', RULE), []);
  });

  it('reads a customer who chose to wait as the reason and the consent, not a customer complaining of the wait', () => {
    assert.deepEqual(flagged('坐席:真不巧,他在开会。\n客户:那我等他。\n坐席:好的,请您稍等。\n', RULE), []);
    assert.deepEqual(flagged('坐席:經理正在接別的電話。\n客户:我可以等。\n坐席:那請您稍等。\n', RULE), []);
    assert.deepEqual(flagged('客户:我等不了了!\n坐席:请您稍等。\n', RULE), ['请您稍等']);
    assert.deepEqual(flagged('客户:我等了半天了!\n坐席:请您稍等。\n', RULE), ['请您稍等']);
  });

  it('reads the reason in the agent turn before, which the customer answered', () => {
    assert.deepEqual(flagged('坐席:好的,我帮您看一下。\n客户:好。\n坐席:请稍等。\n', RULE), []);
    // Two agent turns back is another exchange.
    assert.deepEqual(flagged('坐席:我帮您看一下。\n客户:好。\n坐席:好的。\n客户:嗯。\n【保持】\n', RULE), ['【保持】']);
  });

  it('has nothing to say where nobody waits, or where 稍候 closes the call', () => {
    assert.deepEqual(flagged('坐席:您好,请问有什么可以帮您?\n客户:查话费。\n坐席:您本月话费58元。\n', RULE), []);
    assert.deepEqual(flagged('坐席:请您稍候对我的服务进行评价,再见!\n', RULE), []);
    assert.deepEqual(flagged('# 结束\n坐席:请稍等,不要挂机。\n', RULE), []);
  });

  it('offers the reason in front of the words, in the line\'s script and comma width, as a choice only', () => {
    const text = '坐席:好的,請稍等。\n';
    const [f] = findingsOf(text, RULE);
    assert.equal(f.fixes.length, 1);
    assert.ok(!f.fixes[0].preferred);
    assert.equal(applyFixes(text, f.fixes[0].edits).text, '坐席:好的,我幫您查詢一下,請稍等。\n');
    assert.deepEqual(findingsOf('坐席:【保持】\n', RULE)[0].fixes, []);
  });

  it('does not read a hand-off or "try again later" as a hold', () => {
    assert.deepEqual(flagged('客户:这个找哪个部门?\n坐席:请稍等,我将您的电话转接给社保科,他将继续为您服务。\n', RULE), []);
    assert.deepEqual(flagged('坐席:系统正在升级,请您稍候再试。\n', RULE), []);
  });

  it('takes what the agent says it will do as the reason, and a customer request phrased 能…吗', () => {
    assert.deepEqual(flagged('坐席:我们会马上与维修班组联系,安排人员上门,请稍候。\n', RULE), []);
    // A fault being fixed is the reason too.
    assert.deepEqual(flagged('坐席:对不起,机器暂时出现了故障,我们正在抓紧排除,请稍候。\n坐席:感谢您的等候。\n', RULE), []);
    assert.deepEqual(flagged('坐席:對不起,系統出了故障,請稍候。\n坐席:感謝您的等候。\n', RULE), []);
    assert.deepEqual(flagged('客户:能帮我看看账单吗?\n坐席:好的,您稍等。\n坐席:感谢您的等候。\n', RULE), []);
  });

  it('reads slash alternatives as one wait: one finding, not one per choice', () => {
    assert.deepEqual(flagged('坐席:请稍候/您稍等\n', RULE), ['请稍候']);
  });

  it('asks nothing of a wait that hands the call on: fetching the person asked for, or putting the caller through', () => {
    assert.deepEqual(flagged('客户:我找一下张医生。\n坐席:请您稍等,我马上去请XX(医生、护士)。谢谢!\n', RULE), []);
    assert.deepEqual(flagged('客户:請幫我轉王先生。\n坐席:好的,請稍候!\n', RULE), []);
    assert.deepEqual(flagged('客户:嗯。\n坐席:好的,请稍候!\n', RULE), ['请稍候']);
    // The person asked for said to be at hand: the agent fetches them.
    assert.deepEqual(flagged('坐席:她在隔壁,请您稍等。\n', RULE), []);
    assert.deepEqual(flagged('坐席:他就在旁邊,請稍候。\n', RULE), []);
    assert.deepEqual(flagged('坐席:他不在,请稍候。\n', RULE), ['请稍候']);
    // A colleague fetched to take the phone: the customer waits for them.
    assert.deepEqual(flagged('坐席:不好意思,请稍等,我找一位懂维修的同事接听。\n', RULE), []);
  });

  it('hears the reason said after the wait: the work nearly done, or whom the customer waits for busy now', () => {
    assert.deepEqual(flagged('坐席:请稍等,您的证明很快就办好。\n', RULE), []);
    assert.deepEqual(flagged('坐席:請稍候,馬上就為您辦好。\n', RULE), []);
    assert.deepEqual(flagged('坐席:请您稍等,王医生现在还有病人,看完马上叫您。\n', RULE), []);
    assert.deepEqual(flagged('坐席:请稍等,师傅正在接待客人。\n', RULE), []);
    // What the customer is told after the wait that is no errand.
    assert.deepEqual(flagged('坐席:请稍等,天气很快就会好起来。\n', RULE), ['请稍等']);
  });
});
