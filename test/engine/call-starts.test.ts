import { strict as assert } from 'node:assert';
import { applyFixes } from '../../server/src/engine';
import { flagged, findingsOf } from '../helpers';

/**
 * greeting-employee-id on the first agent turn of a call whose words do not show it opens one
 * (server/src/engine/rules/call-starts.ts): every opening says who is calling. The sentences are the
 * team's own, written to the standards' conventions, with the look-alikes that must pass.
 */

const RULE = 'greeting-employee-id';
const outbound = (body: string) => `---\ndirection: outbound\n---\n${body}`;
const acceptName = { config: { rules: { [RULE]: { acceptName: true } } } };

describe('greeting-employee-id: where a call starts', () => {
  it("asks the ID of an outbound script's first words, whatever they say", () => {
    assert.deepEqual(flagged(outbound('坐席:您的快递已经到小区门口了,麻烦您下来取一下。\n'), RULE), ['您的快递已经到小区门口了']);
    assert.deepEqual(flagged(outbound('坐席:燃氣表明天上午來換,請您留人在家。\n'), RULE), ['燃氣表明天上午來換']);
    // A scene narrated before the words (a report, a lesson) quotes them from somewhere in the call…
    assert.deepEqual(flagged(outbound('【下午,物业的工作人员来电】\n坐席:停水是因为管道检修。\n'), RULE), []);
    // …unless the agent speaks to the customer first: those are the call's first words.
    assert.deepEqual(flagged(outbound('【第一通电话】\n坐席:李阿姨,您家的燃气表该换了。\n'), RULE), ['李阿姨']);
    // Without `direction` nobody knows who dialled: the same words are not read as an opening.
    assert.deepEqual(flagged('坐席:您的快递已经到小区门口了,麻烦您下来取一下。\n', RULE), []);
    assert.deepEqual(flagged(outbound('坐席:您好,我是XX燃气的抄表员{工号},明天上午来换表。\n'), RULE), []);
  });

  it('offers the ID as a choice, never applied, after a first clause that addresses the customer', () => {
    const text = outbound('【第一通电话】\n坐席:李阿姨,您家的燃氣表該換了。\n');
    const [f] = findingsOf(text, RULE);
    assert.deepEqual(f.fixes.map((x) => x.preferred ?? false), [false]);
    assert.ok(applyFixes(text, f.fixes[0].edits).text.endsWith('坐席:李阿姨,我是{工号}號,您家的燃氣表該換了。\n'));
  });

  it('asks the ID of the answer to a customer who opened the call with a hello', () => {
    assert.deepEqual(flagged('客户:您好,我想问一下办卡的事。\n坐席:现在办不了。\n', RULE), ['现在办不了']);
    assert.deepEqual(flagged('【电话接通】\n客户:喂,你好,是售后吗?\n坐席:对,说吧。\n', RULE).length, 1);
    // A customer who starts with the matter is already talking: the excerpt began mid-call.
    assert.deepEqual(flagged('客户:我想问一下办卡的事。\n坐席:现在办不了。\n', RULE), []);
  });

  it('asks the ID of an identity check the next agent turn does not follow with an introduction', () => {
    assert.deepEqual(flagged('坐席:请问是王女士吗?\n客户:是我。\n坐席:您上个月的水费还没交。\n', RULE), ['请问是王女士吗']);
    assert.deepEqual(flagged('坐席:您好,请问是王女士吗?\n客户:是我。\n坐席:您上个月的水费还没交。\n', RULE), ['您好']);
    assert.deepEqual(flagged('坐席:喂,你是王芳,对吧?\n客户:对。\n坐席:你家是不是住三楼?\n', RULE).length, 1);
    // The introduction in the next turn is where the ID is due: it, not the check, is flagged.
    assert.deepEqual(flagged('坐席:请问是王女士吗?\n客户:是我。\n坐席:我是自来水公司的,您上个月的水费还没交。\n', RULE), ['我是自来水公司']);
    assert.deepEqual(flagged('坐席:请问是王女士吗?\n客户:是我。\n坐席:我是自来水公司抄表员{工号},您上个月的水费还没交。\n', RULE), []);
    // An excerpt that stops at the check is not judged.
    assert.deepEqual(flagged('坐席:请问是王女士吗?\n', RULE), []);
  });

  it('reads any interjection said for the ring, and asking who calls, as the opening', () => {
    assert.equal(flagged('坐席:哎,找谁?\n', RULE).length, 1);
    assert.equal(flagged('坐席:喂,有事吗?\n', RULE).length, 1);
    assert.equal(flagged('坐席:你是哪个单位的?\n', RULE).length, 1);
    assert.equal(flagged('坐席:你早。\n', RULE).length, 1);
    assert.deepEqual(flagged('坐席:哎,这个我来帮您看看。\n', RULE), []);
    assert.deepEqual(flagged('坐席:你早干嘛去了?\n', RULE), []);
  });

  it('asks the ID of each way to say an opening that a direction offers as an alternative (【或】)', () => {
    const alternatives = '坐席:您好,XX燃气,{工号}号为您服务。\n【或】\n坐席:您好,XX燃气为您服务。\n';
    assert.deepEqual(flagged(alternatives, RULE), ['您好']);
    assert.deepEqual(flagged('坐席:您好,XX燃气,{工号}号为您服务。\n【稍停5秒】\n坐席:您好,请问有什么可以帮您?\n', RULE), []);
  });

  it('asks the ID of the first turn of the desk a transfer put the call through to', () => {
    const head = '坐席:您好,XX银行,{工号}号为您服务。\n客户:我要办贷款。\n坐席:好的,我为您转接贷款专线,请稍候。\n';
    assert.deepEqual(flagged(`${head}【转接后】\n坐席:您好,请问有什么可以帮您?\n`, RULE), ['您好']);
    assert.deepEqual(flagged(`${head}【转接至贷款专线】\n坐席:您好,这里是贷款专线,请问有什么可以帮您?\n`, RULE), ['您好']);
    assert.deepEqual(flagged(`${head}【转接后】\n坐席:您好,贷款专线{工号}号为您服务。\n`, RULE), []);
    // A transfer that does not go through, or a line picked up again after a wait, keeps the same agent.
    assert.deepEqual(flagged(`${head}【转接占线】\n坐席:您好,贷款专线正忙,请您稍后再拨。\n`, RULE), []);
    assert.deepEqual(flagged(`${head}【接通后要先致歉】\n坐席:您好,对不起,让您久等了。\n`, RULE), []);
  });

  it('leaves the call system’s recorded menu alone: no agent says it', () => {
    assert.deepEqual(flagged('坐席:欢迎致电XX市12345热线,普通话服务请按1,英语服务请按2。\n', RULE), []);
    assert.equal(flagged('坐席:欢迎致电XX市12345热线,请问有什么可以帮您?\n', RULE).length, 1);
  });

  it('reads bare greetings listed one after another, nobody speaking between, as ways to open the call', () => {
    assert.deepEqual(flagged('【接起电话时】\n坐席:您好。\n坐席:早上好。\n', RULE), ['您好', '早上好']);
    assert.deepEqual(flagged('【接起电话时】\n坐席:你好。\n坐席:你早。\n【对方要找的人不在时】\n', RULE).length, 2);
    // A greeting and then the introduction is one opening said in two breaths.
    assert.deepEqual(flagged('坐席:您好!\n坐席:我是XX燃气客服代表{工号},请问有什么可以帮您?\n', RULE), []);
  });

  it('reads a numbered heading written as a direction as the next call of a list', () => {
    const list = '【1.1 预约】\n坐席:您好,明天上午给您换表可以吗?\n客户:可以。\n【1.2 耐心等待】\n坐席:您好,换表师傅半小时后到。\n';
    assert.equal(findingsOf(list, RULE).length, 2);
  });

  it('reads a courier as a company, and a company only in the opener’s own clause', () => {
    assert.deepEqual(flagged('坐席:我是顺丰快递的,您的件到了。\n', RULE), ['我是顺丰快递']);
    assert.deepEqual(flagged('坐席:您好,这里是长城机械厂,我们公司专做叉车。\n', RULE), ['您好']);
  });

  it('with acceptName, reads the agent’s name said with the organisation as the ID, and not a name alone', () => {
    assert.deepEqual(flagged('坐席:您好,我是平安保险的李明,打扰您一分钟。\n', RULE, acceptName), []);
    assert.deepEqual(flagged('坐席:您好,XX公司,敝姓王。\n', RULE, acceptName), []);
    assert.deepEqual(flagged('坐席:您好,我是晚报的记者张敏。\n', RULE, acceptName), []);
    assert.equal(flagged('坐席:您好,我是骑手小张,您的外卖到了。\n', RULE, acceptName).length, 1);
  });
});
