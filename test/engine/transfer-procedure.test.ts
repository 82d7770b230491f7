import { strict as assert } from 'node:assert';
import { applyFixes } from '../../server/src/engine';
import { findingsOf, flagged } from '../helpers';

const RULE = 'transfer-procedure';
const WELL_ANNOUNCED = '坐席:由于这个问题需要技术部门处理,我帮您转接到技术部,可以吗?\n客户:好的。\n';

describe('transfer-procedure', () => {
  it('hands on a transfer made in the first turn of the next call, after the break that ended the last one', () => {
    // The first call's transfer is pending when the heading ends that call; the next call's first turn transfers too.
    const text = `${WELL_ANNOUNCED}坐席:【转接】\n# 第二通电话\n坐席:您好,由于这个问题需要技术部门处理,我帮您转接到技术部,可以吗?【转接】\n坐席:请讲。\n`;
    assert.deepEqual(flagged(text, RULE), ['请讲']);
  });

  it('flags a transfer announced without why, where or consent, and says which are missing', () => {
    assert.deepEqual(flagged('坐席:好的,现在为您转接。\n', RULE), ['转接']);
    assert.match(findingsOf('坐席:好的,现在为您转接。\n', RULE)[0].message.zh, /原因、转接到哪个部门或哪位同事、征求客户同意/);
    assert.match(findingsOf('坐席:我帮您转接到技术部。\n', RULE)[0].message.zh, /：原因、征求客户同意$/);
    assert.deepEqual(flagged('坐席:好的,現在為您轉接。\n', RULE), ['轉接']);
  });

  it('passes the standards\' model: why, where and consent, in the turn or the agent\'s turn before', () => {
    assert.deepEqual(flagged(WELL_ANNOUNCED, RULE), []);
    assert.deepEqual(flagged('坐席:由於這個問題需要技術部門處理,我幫您轉接到技術部,可以嗎?\n', RULE), []);
    assert.deepEqual(flagged(`${WELL_ANNOUNCED}坐席:好的,正在为您转接,请稍等。\n`, RULE), []);
  });

  it('does not read 转接 that is done already, told to the customer, or the closing\'s rating as an announcement', () => {
    for (const t of ['您的电话已转接过来。', '您可以按0转接人工服务。', '退款会转到您的银行卡。']) assert.deepEqual(flagged(`坐席:${t}\n`, RULE), [], t);
    assert.deepEqual(flagged('# 结束\n坐席:稍后为您转接满意度评价,再见!\n', RULE), []);
    // A rating asked in the words of the standards' variants (本次服务, 进行评价, 转接评价), outside a closing section too.
    assert.deepEqual(flagged('坐席:请您稍后对本次服务进行评价,现在为您转接,请稍等。\n', RULE), []);
    assert.deepEqual(flagged('坐席:請您對本次服務進行評價,我幫您轉接評價系統。\n', RULE), []);
    assert.deepEqual(flagged('坐席:稍后为您转接评价,请不要挂机。\n', RULE), []);
    assert.deepEqual(flagged('坐席:现在为您转接,请稍等。\n', RULE), ['转接']);
  });

  it('reads 转接 in a 是…的 sentence as how transfers are done, not one made now', () => {
    assert.deepEqual(flagged('坐席:不好意思,我们这边都是核实身份以后才转接的。\n', RULE), []);
    assert.deepEqual(flagged('坐席:抱歉,我們公司是需要登記才轉接電話的。\n', RULE), []);
    assert.deepEqual(flagged('坐席:这个是技术部负责的,现在为您转接。\n', RULE), ['转接']);
  });

  it('reads the agent\'s words after a transfer that cannot be made as the same agent\'s, not a receiving one\'s', () => {
    const asked = '坐席:这个需要售后专席处理,我帮您转接到售后专席,您看好吗?\n客户:好的。\n';
    assert.deepEqual(flagged(`${asked}【无法转接时】\n坐席:很抱歉,我先帮您登记,两小时内给您回电。\n`, RULE), []);
    assert.deepEqual(flagged(`${asked}【不能直接轉接】\n坐席:很抱歉,我先幫您登記,兩小時內給您回電。\n`, RULE), []);
    assert.deepEqual(flagged(`${asked}【转接】\n坐席:很抱歉,我先帮您登记。\n`, RULE), ['很抱歉,我先帮您登记']);
  });

  // Seed 911: 信不信由你}转接 passed as 由…转接 until taboo-phrase's fix took 由你 away.
  it('reads 由您 (up to you) as no one who transfers', () => {
    assert.deepEqual(flagged('坐席:信不信由你}转接\n', RULE), ['转接']);
    assert.deepEqual(flagged('坐席:信不信由您,转接\n', RULE), ['转接']);
  });

  it('asks the receiving agent\'s first words to thank for waiting or take up the request', () => {
    assert.deepEqual(flagged(`${WELL_ANNOUNCED}【转接】\n坐席:您好,请问有什么可以帮您?\n`, RULE), ['您好,请问有什么可以帮您']);
    // 《客户服务外包中心服务人员的素质标准》 通话中的礼仪 8, simplified and traditional
    assert.deepEqual(flagged(`${WELL_ANNOUNCED}【转接】\n坐席:先生,不好意思让您久等了,就您所提到的宽带问题……\n`, RULE), []);
    assert.deepEqual(flagged(`${WELL_ANNOUNCED}【轉接】\n坐席:先生,不好意思讓您久等了,就您所提到的寬帶問題……\n`, RULE), []);
    assert.deepEqual(flagged(`${WELL_ANNOUNCED}【转接】\n坐席:您好,关于您的宽带问题,我来为您处理。\n`, RULE), []);
    // Only the first agent turn after the transfer.
    assert.deepEqual(flagged(`${WELL_ANNOUNCED}【转接】\n坐席:让您久等了。\n客户:嗯。\n坐席:您好。\n`, RULE), []);
  });

  it('reads words that announce the transfer after a direction as the transferring agent\'s, not the receiving one\'s', () => {
    // A training page's situation heading, then the transfer asked permission for.
    assert.deepEqual(flagged('【转接客户来电时】\n坐席:您的这件事情会有专人负责,我帮您把电话转接给xxxx好吗?\n', RULE), []);
    // The receiving agent who takes nothing up is still asked to.
    assert.deepEqual(flagged(`${WELL_ANNOUNCED}【转接】\n坐席:您好,我是投诉部的。\n`, RULE), ['您好,我是投诉部的']);
    // An announcement that leaves out the consent is still flagged on its own words.
    assert.deepEqual(flagged('【转接客户来电时】\n坐席:这件事会有专人负责,我帮您把电话转接给投诉部。\n', RULE), ['转接']);
  });

  it('asks nothing of the next call\'s agent after a scene direction that begins another call', () => {
    assert.deepEqual(flagged(`${WELL_ANNOUNCED}【转接】\n【情景二:查询话费】\n坐席:您好,{工号}号为您服务,请问有什么可以帮您?\n`, RULE), []);
    // A direction that says what happens in the call goes on with it: the receiving agent is still asked.
    assert.deepEqual(flagged(`${WELL_ANNOUNCED}【转接】\n【等待3秒】\n坐席:您好,请问有什么可以帮您?\n`, RULE), ['您好,请问有什么可以帮您']);
  });

  it('has nothing to say where nobody transfers', () => {
    assert.deepEqual(flagged('坐席:您好,请问有什么可以帮您?\n客户:查话费。\n坐席:您本月话费58元。\n', RULE), []);
  });

  it('offers the thanks in front of the receiving agent\'s words, as a choice, in the line\'s script', () => {
    const text = `${WELL_ANNOUNCED}【轉接】\n坐席:請問有什麼可以幫您?\n`;
    const [f] = findingsOf(text, RULE);
    assert.ok(!f.fixes[0].preferred);
    const fixed = applyFixes(text, f.fixes[0].edits).text;
    assert.ok(fixed.endsWith('坐席:不好意思讓您久等了,請問有什麼可以幫您?\n'), fixed);
    assert.deepEqual(findingsOf(fixed, RULE), []);
  });

  it('takes the customer\'s own request as the reason and the consent: only where it goes is left to say', () => {
    assert.deepEqual(flagged('客户:我要转人工。\n坐席:好的,我马上为您转接人工客服。\n', RULE), []);
    assert.deepEqual(flagged('客户:我找一下上次那个话务员。\n坐席:请稍候,我马上为您转接。\n', RULE), []);
    assert.deepEqual(flagged('客户:这个得去哪个部门办?\n坐席:请稍等,我将您的电话转接给社保科,他将继续为您服务。\n', RULE), []);
    // Without a request, why and consent are still the agent's to say.
    assert.deepEqual(findingsOf('客户:好的。\n坐席:我将您的电话转接给社保科。\n', RULE).map((f) => f.message.zh), ['“转接”前没有说明：原因、征求客户同意']);
  });

  it('does not read advice to call elsewhere and be transferred there as an announcement', () => {
    assert.deepEqual(flagged('坐席:建议您与××单位联系,您也可以再次拨打114,让接线员帮您转接。\n', RULE), []);
  });

  it('takes a caller who asks for a person or desk by name as reason, consent and where it goes', () => {
    // 总机: 找 + a person, 转 + a person or desk, 在吗 about a person; simplified and traditional.
    assert.deepEqual(flagged('客户:请帮我找王小姐。\n坐席:王小姐的分机号码是3605,我将帮您转接,请稍后!\n', RULE), []);
    assert.deepEqual(flagged('客户:請幫我找王小姐。\n坐席:王小姐的分機號碼是3605,我將幫您轉接,請稍後!\n', RULE), []);
    assert.deepEqual(flagged('客户:帮我转一下客房部。\n坐席:好的,马上为您转接。\n', RULE), []);
    assert.deepEqual(flagged('客户:請問李老師在嗎?\n坐席:好的,我幫您轉接。\n', RULE), []);
    // Not asking for anyone: 找不到 is a complaint, 转告 a message.
    assert.deepEqual(flagged('客户:我找不到客服的电话。\n坐席:好的,现在为您转接。\n', RULE), ['转接']);
    assert.deepEqual(flagged('客户:请帮我转告王先生。\n坐席:好的,现在为您转接。\n', RULE), ['转接']);
  });

  it('takes a caller who asks to book as reason and consent: the agent names the desk after 转接', () => {
    assert.deepEqual(flagged('客户:我想订个房间。\n坐席:好的,马上为您转接客房预订。\n', RULE), []);
    assert.deepEqual(flagged('客户:我想訂個房間。\n坐席:好的,馬上為您轉接客房預訂。\n', RULE), []);
    assert.match(findingsOf('客户:我想订个房间。\n坐席:好的,马上为您转接。\n', RULE)[0].message.zh, /：转接到哪个部门或哪位同事$/);
  });
});
