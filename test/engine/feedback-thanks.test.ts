import { strict as assert } from 'node:assert';
import { applyFixes } from '../../server/src/engine';
import { findingsOf, flagged } from '../helpers';

const RULE = 'feedback-thanks';

describe('feedback-thanks', () => {
  it('flags an answer to a suggestion that does not thank, in simplified and traditional', () => {
    assert.deepEqual(flagged('客户:我建议你们晚上再维护。\n坐席:好的,我们会反馈给相关部门。\n', RULE), ['好的,我们会反馈给相关部门']);
    assert.deepEqual(flagged('客户:我想給你們提點建議,排隊的人太多了。\n坐席:我們會反映的。\n', RULE), ['我們會反映的']);
  });

  it('flags an answer to praise that neither thanks nor answers modestly', () => {
    assert.deepEqual(flagged('客户:你們的服務真周到。\n坐席:這是我的工作。\n', RULE), ['這是我的工作']);
    assert.deepEqual(flagged('客户:你真耐心。\n坐席:还有其他问题吗?\n', RULE), ['还有其他问题吗']);
  });

  it('passes the standards\' model answers and modest ones', () => {
    assert.deepEqual(flagged('客户:我建议你们晚上再维护。\n坐席:谢谢您的建议,我们一定加以改善。\n', RULE), []);
    assert.deepEqual(flagged('客户:你们的服务真好。\n坐席:谢谢,这是我们应该做的。\n', RULE), []);
    assert.deepEqual(flagged('客户:你很专业。\n坐席:您过奖了,这是我应该做的。\n', RULE), []);
    assert.deepEqual(flagged('客户:我建议你们晚上再维护。\n坐席:好的。我们会反馈给公司,再次感谢您对我们工作的支持。\n', RULE), []);
  });

  it('does not read a request for advice, a thanks or an order about attitude as feedback', () => {
    assert.deepEqual(flagged('客户:你建议我怎么办?\n坐席:建议您先重启路由器。\n', RULE), []);
    assert.deepEqual(flagged('客户:你有什么建议吗?\n坐席:您可以先试试重启。\n', RULE), []);
    assert.deepEqual(flagged('客户:谢谢你的帮助。\n坐席:不客气。\n', RULE), []);
    assert.deepEqual(flagged('客户:你态度好一点!\n坐席:非常抱歉。\n', RULE), []);
    assert.deepEqual(flagged('客户:你们服务很差。\n坐席:非常抱歉。\n', RULE), []);
  });

  it('reads only the agent\'s next turn, not a later one', () => {
    assert.deepEqual(flagged('客户:我建议你们晚上再维护。\n坐席:好的。\n客户:嗯。\n坐席:谢谢您的建议。\n', RULE), ['好的']);
  });

  it('offers the standard\'s words at the start of the answer, in its script, none applied by --fix', () => {
    const text = '客户:你們的服務真周到。\n坐席:這是我的工作。\n';
    const [f] = findingsOf(text, RULE);
    assert.equal(f.fixes.length, 1);
    assert.equal(f.fixes[0].preferred, undefined);
    const after = applyFixes(text, f.fixes[0].edits).text;
    assert.equal(after, '客户:你們的服務真周到。\n坐席:謝謝，這是我們應該做的。這是我的工作。\n');
    assert.deepEqual(flagged(after, RULE), []);
  });
});
