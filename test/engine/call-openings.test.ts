import { strict as assert } from 'node:assert';
import { applyFixes, lint, RULES, type LintOptions } from '../../server/src/engine';
import { findingsOf } from '../helpers';
import { IncrementalLinter } from '../../server/src/engine/incremental-lint';
import { flagged } from '../helpers';

const RULE = 'greeting-employee-id';

/**
 * A 话术库 printing several calls one after another, each headed by a scene direction or a
 * heading, and openings that say no introduction at all: every call's opening gives the ID unless
 * the script gave it before, and a direction that says what happens within a call goes on with it.
 */
describe('call openings (greeting-employee-id)', () => {
  it('reads a greeting after a scene direction or a heading as the opening of the next call', () => {
    const calls = '【初次提醒】\n坐席:您好,这里是XX银行客服,您有一笔还款未到账。\n【二次提醒】\n坐席:您好,再次提醒您,您的账单已逾期。\n';
    assert.deepEqual(flagged(calls, RULE), ['这里是XX银行客服', '您好']);
    assert.deepEqual(flagged('【对外】\n坐席:您好!XX酒店为您服务!\n\n【对内】\n// 住客从房间打来\n坐席:您好!前台为您服务!\n', RULE), ['您好', '您好']);
    assert.deepEqual(flagged('## 场景一\n坐席:您好,这里是XX物业。\n## 场景二:报修\n坐席:您好,请问有什么可以帮您?\n', RULE), ['这里是XX物业', '您好']);
    // The same greeting with no direction before it is a greeting within the call, as before.
    assert.deepEqual(flagged('坐席:您好,这里是XX银行客服。\n客户:嗯。\n坐席:您好,再次提醒您,您的账单已逾期。\n', RULE), ['这里是XX银行客服']);
  });

  it('reads the agent\'s answer to a customer\'s bare hello as a customer-first call\'s opening', () => {
    assert.deepEqual(flagged('坐席:您好,这里是XX客服。\n【客户问候时】\n客户:您好!\n坐席:您好,请问有什么可以帮您?\n', RULE), ['这里是XX客服', '您好']);
    assert.deepEqual(flagged('坐席:您好,这里是XX客服{工号}号。\n【客户问候时】\n客户:您好!\n坐席:您好,请问有什么可以帮您?\n', RULE), []);
    // A customer who says more than hello is answered within the call.
    assert.deepEqual(flagged('坐席:您好,这里是XX客服。\n客户:您好,我想查话费。\n坐席:您好,请问您的手机号码是?\n', RULE), ['这里是XX客服']);
  });

  it('counts the ID given earlier in the script, across scene directions', () => {
    const text = '【问候对方时】\n坐席:您好,欢迎致电XX呼叫中心,{工号}号话务员很高兴为您服务。\n【让客户等候时】\n坐席:您好,对不起,让您久等了。\n';
    assert.deepEqual(flagged(text, RULE), []);
  });

  it('goes on with the same call after a direction that says what happens in it', () => {
    const silence = '坐席:您好,请问有什么可以帮您?\n【稍停5秒还是无声】\n坐席:您好,请问有什么可以帮您?\n【等待3秒左右】\n坐席:您好,您的电话已接通,请讲!\n';
    assert.deepEqual(flagged(silence, RULE), ['您好']);
    assert.deepEqual(flagged('坐席:喂,您好,请问有什么可以帮到您?\n【稍过片刻,转换成普通话】\n坐席:喂,您好!请问有什么可以帮到您?\n', RULE), ['喂']);
    const switchboard = '坐席:您好,XX物业管理处。\n客户:请转1203。\n坐席:请稍候。\n【另一通来电,要转接的电话占线】\n坐席:您好,先生,电话占线,请稍后打来。\n';
    assert.deepEqual(flagged(switchboard, RULE), ['您好']);
    assert.deepEqual(flagged('坐席:您好,这里是XX客服。\n客户:嗯。\n【语气亲切】\n坐席:您好,请问您是张先生吗?我想跟您确认一下地址。\n', RULE), ['这里是XX客服']);
  });

  it('asks the ID of a 喂 answering the call that goes on with a greeting or the desk\'s name, as --fix would leave it', () => {
    const text = '---\ndirection: outbound\n---\n坐席:喂,您好,是李先生吗?我们是XX物业服务中心。\n客户:是我。\n';
    assert.deepEqual(flagged(text, RULE).length, 1);
    assert.deepEqual(flagged(text.replace('喂,', ''), RULE).length, 1);
    assert.deepEqual(flagged('坐席:喂,过来!\n', RULE), []);
  });

  it('asks the ID of an opening with no greeting and no introduction', () => {
    assert.deepEqual(flagged('坐席:请问有什么可以帮您?\n', RULE), ['请问有什么可以帮您']);
    assert.deepEqual(flagged('坐席:亲,在的~\n', RULE), ['亲,在的']);
    assert.deepEqual(flagged('【标准模板】\n坐席:您好,我是售后专员{工号}。\n【禁止出现的话术】\n坐席:亲,在的~\n', RULE), []);
    assert.deepEqual(flagged('【禁止出现的话术】\n坐席:亲,在的~\n【另一句】\n坐席:有什么可以帮助您的吗?\n', RULE), ['亲,在的', '有什么可以帮助您']);
    assert.deepEqual(flagged('坐席:前台为您服务!\n', RULE), ['前台为您服务']);
    // With the ID, or mid-call, the same words pass.
    assert.deepEqual(flagged('坐席:{工号}号为您服务,请问有什么可以帮您?\n', RULE), []);
    assert.deepEqual(flagged('坐席:您好,我是客服代表{工号}。\n客户:查话费。\n坐席:请问还有什么可以帮您?\n', RULE), []);
    assert.deepEqual(flagged('坐席:您本月话费58元。\n客户:好。\n坐席:请问有什么可以帮您?\n', RULE), []);
  });

  it('offers the ID where the opening\'s own words leave room for it, as a choice', () => {
    const fixed = (text: string) => findingsOf(text, RULE).flatMap((f) => f.fixes.map((x) => `${x.preferred ? '*' : ''}${applyFixes(text, x.edits).text}`));
    assert.deepEqual(fixed('坐席:您好!前台为您服务!\n'), ['坐席:您好!前台{工号}号为您服务!\n']);
    assert.deepEqual(fixed('坐席:您好!前臺為您服務!\n'), ['坐席:您好!前臺{工号}號為您服務!\n']);
    assert.deepEqual(fixed('坐席:亲,在的~\n'), ['坐席:亲,我是{工号}号,在的~\n']);
    assert.deepEqual(fixed('坐席:请问有什么可以帮您?\n'), ['坐席:我是{工号}号,请问有什么可以帮您?\n']);
    // A promise to serve is no desk's name: the ID goes after the greeting as before.
    assert.deepEqual(fixed('坐席:您好,我们将竭诚为您服务。\n'), ['坐席:您好,我是{工号}号,我们将竭诚为您服务。\n']);
  });

  it('reads an elderly customer called by a kinship word before the greeting as an address', () => {
    assert.deepEqual(flagged('坐席:陈叔叔早上好!我是社区卫生站的小林。\n', RULE), ['早上好']);
    assert.deepEqual(flagged('坐席:王阿姨,您好,请问有什么可以帮您?\n', RULE), ['您好']);
    assert.deepEqual(flagged('坐席:陈叔叔早上好!我是社区卫生站{工号}号。\n', RULE), []);
  });

  it('reads 我是 + a trade as an introduction, and only as a clause of its own', () => {
    assert.deepEqual(flagged('坐席:你是曾颖吧?\n客户:你是谁?\n坐席:我是送快递的。\n', RULE), ['我是送快递的']);
    assert.deepEqual(flagged('坐席:您好,我是修空调的,工号{工号}。\n', RULE), []);
    assert.deepEqual(flagged('客户:谁?\n坐席:我是收到您的留言才打来的。\n', RULE), []);
  });

  it('finds the same a segment at a time: the direction before a segment\'s first turn is read from the segment before', () => {
    // This rule alone, so that no other rule's borrowed turns make up for its own.
    const options: LintOptions = { now: new Date('2027-03-09T10:00:00+08:00'), trusted: true, rules: RULES.filter((r) => r.id === RULE) };
    const text =
      '坐席:您好,这里是XX银行客服。\n客户:嗯。\n坐席:好的。\n【二次提醒】\n// 另一通\n\n坐席:您好,再次提醒您。\n客户:好。\n【稍停5秒】\n坐席:您好,请问有什么可以帮您?\n【对内】\n坐席:前台为您服务!\n客户:您好!\n坐席:您好,请讲。\n';
    const whole = lint(text, options).findings;
    assert.deepEqual(whole.filter((f) => f.rule === RULE).map((f) => text.slice(f.start, f.end)), ['这里是XX银行客服', '您好', '前台为您服务', '您好']);
    for (const size of [1, 2, 3]) assert.deepEqual(new IncrementalLinter(options, size).update(text).findings, whole);
  });
});
