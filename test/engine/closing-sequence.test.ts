import { strict as assert } from 'node:assert';
import { applyFixes } from '../../server/src/engine';
import { findingsOf, flagged } from '../helpers';

const RULE = 'closing-sequence';
const INBOUND = '---\ndirection: inbound\n---\n';
const OPENING = '坐席:您好!我是{公司}客服代表{工号},请问有什么可以帮您?\n客户:查话费。\n坐席:您本月话费58元。\n';

/** The text a fix leaves. */
const applied = (text: string, fix: { edits: readonly { start: number; end: number; newText: string }[] }) => applyFixes(text, fix.edits).text;

describe('closing-sequence', () => {
  it('flags the goodbye turn of a closing section that neither asks nor thanks, once, naming both', () => {
    const text = `${INBOUND}# 开场\n${OPENING}# 结束\n坐席:祝您生活愉快,再见。\n`;
    const [f, ...rest] = findingsOf(text, RULE);
    assert.equal(rest.length, 0);
    assert.equal(text.slice(f.start, f.end), '祝您生活愉快,再见。');
    assert.equal(f.message.zh, '结束通话前没有询问客户是否还有其他需要、也没有感谢客户');
    assert.equal(f.severity, 'warning');
  });

  it('offers fixes that each complete the closing, none preferred', () => {
    const text = `${INBOUND}${OPENING}坐席:祝您生活愉快,再见!\n`;
    const [f] = findingsOf(text, RULE);
    assert.ok(f.fixes.every((x) => !x.preferred));
    const results = f.fixes.map((x) => applied(text, x));
    assert.ok(results[0].endsWith('坐席:请问还有其他可以帮您的吗?\n坐席:感谢您的来电,祝您生活愉快,再见!\n'), results[0]);
    for (const after of results) assert.deepEqual(flagged(after, RULE), [], after);
  });

  it('writes its fixes in the goodbye line\'s script and punctuation width', () => {
    const text = `${INBOUND}${OPENING}坐席：祝您生活愉快，再見。\n`;
    const [f] = findingsOf(text, RULE);
    assert.ok(applied(text, f.fixes[0]).endsWith('坐席：請問還有其他可以幫您的嗎？\n坐席：感謝您的來電，祝您生活愉快，再見。\n'), applied(text, f.fixes[0]));
  });

  it('thanks an outbound or callback customer for their time, and asks them nothing else', () => {
    const text = '---\ndirection: outbound\n---\n坐席:您好!我是客服代表{工号},今天联系您是……\n客户:好的。\n坐席:好的,再见!\n';
    const [f] = findingsOf(text, RULE);
    assert.equal(f.message.zh, '结束通话前没有感谢客户');
    assert.deepEqual(f.fixes.map((x) => x.edits[0].newText), ['感谢您的接听,', '谢谢您的合作,']);
  });

  it('asks the question only on inbound calls', () => {
    const call = `${OPENING}坐席:感谢您的来电,再见!\n`;
    assert.deepEqual(flagged(call, RULE), []);
    assert.deepEqual(flagged(`${INBOUND}${call}`, RULE), ['感谢您的来电,再见!']);
  });

  it('takes an invitation to get in touch again as the question, but not as the thanks, on an inbound call', () => {
    assert.deepEqual(flagged(`${INBOUND}${OPENING}坐席:感谢您的来电,如有需要,請及時與我們聯繫,再見!\n`, RULE), []);
    const [f] = findingsOf(`${INBOUND}${OPENING}坐席:如有需要,请及时与我们联系,再见!\n`, RULE);
    assert.equal(f.message.zh, '结束通话前没有感谢客户');
  });

  it('takes the question and thanks from earlier agent turns, not from later ones or the customer', () => {
    assert.deepEqual(flagged(`${INBOUND}${OPENING}坐席:请问还有其他可以帮您的吗?\n客户:没有了。\n坐席:感谢您的来电。\n客户:不客气。\n坐席:再见!\n`, RULE), []);
    assert.deepEqual(flagged(`${INBOUND}# 结束\n坐席:再见!\n客户:请问还有其他可以帮您的吗?感谢您的来电。\n`, RULE), ['再见!']);
    // 感谢您的等候 thanks for a wait, not for the call.
    assert.deepEqual(flagged(`# 结束\n坐席:感谢您的等候。\n坐席:再见!\n`, RULE), ['再见!']);
  });

  it('judges only goodbyes that close a call: in a closing section, or the last agent turn after an opening', () => {
    // An excerpt: no opening, no closing section.
    assert.deepEqual(flagged('坐席:好的,已经为您办理。\n客户:好。\n坐席:再见!\n', RULE), []);
    // A goodbye that the agent's last turn is not, outside a closing section.
    assert.deepEqual(flagged(`${OPENING}坐席:再见!\n客户:等等。\n坐席:您请讲。\n`, RULE), []);
    // After an opening section, the last turn is judged even when its first turn does not greet.
    assert.deepEqual(flagged('# 开场\n坐席:请问是王先生吗?\n客户:是。\n坐席:再见!\n', RULE), ['再见!']);
    // No goodbye at all is closing-goodbye's one finding, not this rule's.
    assert.deepEqual(flagged(`${INBOUND}# 结束\n坐席:好的。\n`, RULE), []);
  });

  it('reads a goodbye under a closing heading as the closing, though a line before the heading that shows nothing began its turn', () => {
    assert.deepEqual(flagged('\u200f\n# 结束\n祝您生活愉快,再见。\n', RULE), ['祝您生活愉快,再见。']);
    assert.deepEqual(flagged('\n# 结束\n祝您生活愉快,再见。\n', RULE), ['祝您生活愉快,再见。']);
  });

  it('leaves the closing of a silent or noisy line to silent-line, and takes 再见面 for no goodbye', () => {
    assert.deepEqual(flagged('# 结束\n坐席:对不起,电话杂音太大,稍后再与您联系,好吗?再见!\n', RULE), []);
    assert.deepEqual(flagged('# 结束\n坐席:好的,我们核实后稍后再与您联系,再见!\n', RULE), ['好的,我们核实后稍后再与您联系,再见!']);
    assert.deepEqual(flagged('# 结束\n坐席:期待与您再见面。\n', RULE), []);
  });

  it('takes 打扰您了 as the thanks of a call that did not reach the customer', () => {
    const call = '坐席:您好!请问王先生在吗?\n客户:他不在。\n坐席:好的,我是××保险公司的客服专员,打扰您了,再见。\n';
    assert.deepEqual(flagged(call, RULE), []);
    assert.deepEqual(flagged('坐席:您好!请问王先生在吗?\n客户:他不在。\n坐席:好的,再见。\n', RULE), ['好的,再见。']);
  });

  it('passes a bare goodbye that answers the customer ending the call, in either script', () => {
    const call = '坐席:您好,××电力营业厅。\n客户:我想问下周六交费窗口开不开。\n坐席:周六正常开放。\n客户:行,明白了,谢谢你啊。\n坐席:好的,再见!\n';
    assert.deepEqual(flagged(call, RULE), []);
    assert.deepEqual(flagged(`${INBOUND}${OPENING}客户:好,拜拜。\n坐席:再見!\n`, RULE), []);
    // The customer only answered the agent's question: the agent still closes.
    assert.deepEqual(flagged(`${INBOUND}${OPENING}坐席:请问还有其他可以帮您的吗?\n客户:没有了。\n坐席:好的,再见!\n`, RULE), ['好的,再见!']);
    // A goodbye turn with more to say than goodbye is the agent's own closing.
    assert.deepEqual(flagged(call.replace('坐席:好的,再见!', '坐席:周日不开放,再见!'), RULE), ['周日不开放,再见!']);
  });

  it('takes an apology for the trouble as the thanks (给您添麻烦了, 带来的不便)', () => {
    const OUT = '---\ndirection: outbound\n---\n坐席:您好!我是客服代表{工号},请问是李女士吗?\n客户:是的。\n';
    assert.deepEqual(flagged(`${OUT}坐席:抱歉,是我们登记错了,给您添麻烦了,再见。\n`, RULE), []);
    assert.deepEqual(flagged(`${OUT}坐席:對不起,給您帶來的不便敬請諒解,再見。\n`, RULE), []);
    assert.deepEqual(flagged(`${OUT}坐席:是我们登记错了,再见。\n`, RULE), ['是我们登记错了,再见。']);
  });

  it('asks no question after the goodbye turn says the matter is settled', () => {
    assert.deepEqual(flagged(`${INBOUND}${OPENING}坐席:王女士,您的套餐已经为您变更成功了,感谢您的来电,再见!\n`, RULE), []);
    assert.deepEqual(flagged(`${INBOUND}${OPENING}坐席:您的維修已經預約好了,感謝您的來電,再見!\n`, RULE), []);
    // An answer given is not a matter settled.
    assert.deepEqual(flagged(`${INBOUND}${OPENING}坐席:您的套餐是88元的,感谢您的来电,再见!\n`, RULE), ['您的套餐是88元的,感谢您的来电,再见!']);
    // Settled, the thanks is still asked.
    assert.deepEqual(flagged(`${INBOUND}${OPENING}坐席:您的维修已经预约好了,再见!\n`, RULE), ['您的维修已经预约好了,再见!']);
  });

  it('takes an invitation to get in touch as the whole closing where the script does not say who placed the call', () => {
    const call = '坐席:您好!请问是张先生吗?我是××公司的客服代表,关于您上次反映的问题……\n客户:嗯,你说。\n坐席:如有疑问,欢迎随时来电,再见!\n';
    assert.deepEqual(flagged(call, RULE), []);
    // A callback's own closing thanks (000 (三) 回拨: 很感谢您接受访问), and so does an inbound one.
    assert.deepEqual(flagged(`---\ndirection: callback\n---\n${call}`, RULE), ['如有疑问,欢迎随时来电,再见!']);
  });
});
