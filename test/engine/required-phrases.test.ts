import { strict as assert } from 'node:assert';
import type { CallscriptConfig } from '../../server/src/engine';
import type { RequireConfig } from '../../server/src/engine/config';
import { findingsOf } from '../helpers';

const RATING: RequireConfig = {
  id: 'closing-rating',
  section: 'closing',
  role: 'agent',
  phrases: ['请为我的服务评分'],
  severity: 'info',
  message: '结束语应邀请客户评分',
};

function configWith(...require: RequireConfig[]): CallscriptConfig {
  return { require };
}

/** Findings of the config's requirements, as [id, severity, the text they sit on]. */
function missing(text: string, config: CallscriptConfig): Array<[string, string, string]> {
  const ids = new Set((config.require ?? []).map((r) => r.id));
  return findingsOf(text, undefined, { config })
    .filter((f) => ids.has(f.rule))
    .map((f) => [f.rule, f.severity, text.slice(f.start, f.end)]);
}

describe('required-phrases', () => {
  it('reports a phrase missing from the closing at the closing heading, with id, severity and message', () => {
    const text = '# 开场\n坐席:您好!\n# 结束语\n坐席:谢谢您的合作,再见!\n';
    const [f] = findingsOf(text, 'closing-rating', { config: configWith(RATING) });
    assert.equal(f.severity, 'info');
    assert.equal(text.slice(f.start, f.end), '结束语');
    assert.equal(f.message.zh, '结束语应邀请客户评分(“结束语”小节中坐席没有说“请为我的服务评分”)');
    assert.match(f.message.en, /In section "结束语", the agent does not say "请为我的服务评分"/);
  });

  it('counts the phrase in traditional characters, with other punctuation or spacing', () => {
    for (const said of ['請為我的服務評分', '请 为 我 的 服 务 评 分', '请为我的服务,评分']) {
      assert.deepEqual(missing(`# 结束\n坐席:谢谢。${said},再见!\n`, configWith(RATING)), [], said);
    }
  });

  it('counts any one of several phrases', () => {
    const either = { ...RATING, phrases: ['请为我的服务评分', '请对我的服务进行评价'] };
    assert.deepEqual(missing('# 结束\n坐席:请对我的服务进行评价。\n', configWith(either)), []);
  });

  it('does not count the phrase outside the scope, in the wrong role, or where it is not spoken', () => {
    const text = [
      '# 开场',
      '坐席:请为我的服务评分',
      '# 结束',
      '客户:请为我的服务评分',
      '坐席:【请为我的服务评分】再见',
      '// 请为我的服务评分',
    ].join('\n');
    assert.deepEqual(missing(text, configWith(RATING)), [['closing-rating', 'info', '结束']]);
    assert.deepEqual(missing(text, configWith({ ...RATING, role: 'customer' })), []);
    assert.deepEqual(missing(text, configWith({ ...RATING, role: 'any' })), []);
  });

  it('checks every section of the scope’s kind, and a named heading only where it exists', () => {
    const text = '# 开场\n坐席:您好\n# 问候\n坐席:您好,请问有什么可以帮您\n# 核实身份\n坐席:请报一下身份证后四位\n';
    const help = { id: 'offer-help', section: 'opening', phrases: ['有什么可以帮您'] };
    assert.deepEqual(missing(text, configWith(help)), [['offer-help', 'warning', '开场']]);
    const verify = { id: 'verify', section: '核实身份', phrases: ['核实'] };
    assert.deepEqual(missing(text, configWith(verify)), [['verify', 'warning', '核实身份']]);
    assert.deepEqual(missing('坐席:您好\n', configWith(verify)), []);
  });

  it('without headings, takes the first and the last agent turn as opening and closing', () => {
    const text = '坐席:您好,我是客服代表{工号}\n客户:嗯\n坐席:谢谢,再见!\n';
    assert.deepEqual(missing(text, configWith(RATING)), [['closing-rating', 'info', '坐席:谢谢,再见!']]);
    const offer = { id: 'offer-help', section: 'opening', phrases: ['有什么可以帮您'] };
    assert.deepEqual(missing(text, configWith(offer)), [['offer-help', 'warning', '坐席:您好,我是客服代表{工号}']]);
  });

  it('scopes to the whole script by default and then reports at its first line', () => {
    const thanks = { id: 'thanks', phrases: ['谢谢'] };
    assert.deepEqual(missing('---\ntitle: x\n---\n坐席:您好\n# 结束\n坐席:謝謝\n', configWith(thanks)), []);
    assert.deepEqual(missing('坐席:您好\n客户:谢谢\n', configWith(thanks)), [['thanks', 'warning', '坐席:您好']]);
  });

  it('takes the severity from the entry, else from rules["required-phrases"], and "off" turns it off', () => {
    const thanks: RequireConfig = { id: 'thanks', phrases: ['谢谢'] };
    const text = '坐席:您好\n';
    assert.deepEqual(missing(text, { ...configWith(thanks), rules: { 'required-phrases': 'error' } }), [['thanks', 'error', '坐席:您好']]);
    assert.deepEqual(missing(text, configWith({ ...thanks, severity: 'off' })), []);
    assert.deepEqual(missing(text, { ...configWith(thanks), rules: { 'required-phrases': 'off' } }), []);
  });

  it('is silenced for a file by a directive naming the id', () => {
    assert.deepEqual(missing('// callscript-disable-file thanks\n坐席:您好\n', configWith({ id: 'thanks', phrases: ['谢谢'] })), []);
  });
});
