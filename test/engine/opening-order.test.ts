import { strict as assert } from 'node:assert';
import { applyFixes } from '../../server/src/engine';
import { findingsOf, flagged } from '../helpers';

const RULE = 'opening-order';
const INBOUND = '---\ndirection: inbound\n---\n';
const OUTBOUND = '---\ndirection: outbound\n---\n';

describe('opening-order', () => {
  it('flags an inbound opening without an offer of help, and offers to append one', () => {
    const text = `${INBOUND}坐席:您好!我是{公司}客服代表{工号}!\n客户:查话费。\n`;
    const [f] = findingsOf(text, RULE);
    assert.equal(text.slice(f.start, f.end), '您好!我是{公司}客服代表{工号}!');
    assert.equal(f.fixes[0].preferred, undefined);
    const after = applyFixes(text, f.fixes[0].edits).text;
    assert.equal(after, `${INBOUND}坐席:您好!我是{公司}客服代表{工号}!请问有什么可以帮您?\n客户:查话费。\n`);
    assert.deepEqual(flagged(after, RULE), []);
  });

  it('takes the offer from the agent\'s next turns before the customer speaks, not after', () => {
    assert.deepEqual(flagged(`${INBOUND}坐席:您好!我是客服代表{工号}。\n坐席:请问有什么可以帮您?\n`, RULE), []);
    assert.deepEqual(flagged(`${INBOUND}坐席:您好!我是客服代表{工号}。\n客户:喂?\n坐席:请问有什么可以帮您?\n`, RULE).length, 1);
  });

  it('asks no offer of an outbound, callback or undeclared call', () => {
    for (const head of [OUTBOUND, '---\ndirection: callback\n---\n', '']) assert.deepEqual(flagged(`${head}坐席:您好!我是客服代表{工号}。\n`, RULE), []);
  });

  it('flags a greeting that comes after the introduction, on the greeting', () => {
    assert.deepEqual(flagged('坐席:我是XX移动客服代表{工号},您好!\n', RULE), ['您好']);
  });

  it('flags a desk or unit named before the greeting, as offices answer, on the greeting', () => {
    assert.deepEqual(flagged('坐席:秘書室,您好,我是工號{工号}。\n', RULE), ['您好']);
    assert.deepEqual(flagged('坐席:(XX 處) XX 科,您好!工号{工号}為您服務!\n', RULE), ['您好']);
    assert.deepEqual(flagged('坐席:○○处/室/系/所,您好!我是{工号}号。\n', RULE), ['您好']);
    // An address before the greeting is no desk, nor is a sentence that does not greet next.
    assert.deepEqual(flagged('坐席:张先生,您好!我是{工号}号。\n', RULE), []);
    assert.deepEqual(flagged('坐席:您好!我是{工号}号。\n坐席:财务部,马上为您转接。\n', RULE), []);
  });

  it('flags an offer of help before the 工号, on the offer', () => {
    assert.deepEqual(flagged('坐席:您好,请问有什么可以幫您?我是{工号}号。\n', RULE), ['有什么可以幫您']);
  });

  it('flags an opening section that does not greet, with 您好 as a choice, but leaves 喂 to taboo-phrase', () => {
    const text = '# 开场\n坐席：我是{公司}客服代表{工号}。\n';
    const [f] = findingsOf(text, RULE);
    assert.equal(applyFixes(text, f.fixes[0].edits).text, '# 开场\n坐席：您好！我是{公司}客服代表{工号}。\n');
    assert.deepEqual(flagged('# 开场\n坐席:喂,讲话!\n', RULE), []);
  });

  it('on a call that is not inbound, flags the customer\'s name asked before the agent introduces themself', () => {
    const text = `${OUTBOUND}坐席:您好,请问您是王先生吗?我是{公司}客服代表{工号}。\n`;
    const [f] = findingsOf(text, RULE);
    assert.equal(text.slice(f.start, f.end), '请问您是王先生');
    assert.ok(applyFixes(text, f.fixes[0].edits).text.includes('您好,我是{公司}客服代表{工号},请问您是王先生吗?'));
    assert.deepEqual(flagged(`${OUTBOUND}坐席:您好,請問您貴姓?\n`, RULE), ['您貴姓']);
    assert.deepEqual(flagged(`${INBOUND}坐席:您好,请问您贵姓?我是{工号}号,请问有什么可以帮您?\n`, RULE), []);
    // Saying who calls in other words: 我这边是, {公司}, the front matter's company.
    assert.deepEqual(flagged(`${OUTBOUND}坐席:您好,我这边是XX银行,请问您是王先生吗?\n`, RULE), []);
    assert.deepEqual(flagged(`${OUTBOUND}坐席:您好,{公司}信用卡中心,请问您是王先生吗?\n`, RULE), []);
    assert.deepEqual(flagged('---\ndirection: outbound\ncompany: XX银行\n---\n坐席:您好,XX銀行,請問您是王先生嗎?\n', RULE), []);
  });

  it('lets an outbound call check who answers first, when the turn waits for the answer', () => {
    assert.deepEqual(flagged(`${OUTBOUND}坐席:您好,请问是XXX先生/女士吗?\n客户:是我。\n坐席:我是XXX公司的客服代表{工号}。\n`, RULE), []);
    assert.deepEqual(flagged('坐席:您好,請問您是***先生嗎?\n客户:我是,哪位?\n', RULE), []);
    assert.deepEqual(flagged(`${OUTBOUND}坐席:您好,请问是机主本人吗?\n`, RULE), []);
    // A check the agent goes on from without saying who calls has put the name first after all.
    assert.deepEqual(flagged('坐席:您好,请问是××先生/小姐吗?\n客户:是我,什么事?\n坐席:我们非常抱歉地通知您,您的航班时间有变。\n', RULE), ['请问是××先生']);
    // Asking the name, or putting the check before an introduction said in the same breath, is still first.
    assert.deepEqual(flagged(`${OUTBOUND}坐席:您好,请问您贵姓?\n`, RULE), ['您贵姓']);
    assert.deepEqual(flagged(`${OUTBOUND}坐席:您好,请问是王先生吗?我是{公司}客服代表{工号}。\n`, RULE), ['请问是王先生']);
    // The check is no greeting either: said before 您好 it still puts the greeting second.
    assert.deepEqual(flagged(`${OUTBOUND}# 开场\n坐席:请问是王先生吗?您好。\n`, RULE), ['您好']);
  });

  it('reads words under an opening heading as the opening, though a line before the heading that shows nothing began their turn', () => {
    assert.deepEqual(flagged('\u200f\n# 开场\n我是{公司}客服代表{工号}。\n', RULE), ['我是{公司}客服代表{工号}。']);
    assert.deepEqual(flagged('\n# 开场\n我是{公司}客服代表{工号}。\n', RULE), ['我是{公司}客服代表{工号}。']);
  });

  it('says nothing about an excerpt that does not open a call', () => {
    assert.deepEqual(flagged(`${INBOUND}坐席:请稍等,我正在帮您查询。\n客户:好。\n`, RULE), []);
  });
});
