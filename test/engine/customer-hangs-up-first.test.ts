import { strict as assert } from 'node:assert';
import { applyFixes } from '../../server/src/engine';
import { stageEventOf } from '../../server/src/engine/stage-events';
import { findingsOf, flagged } from '../helpers';

const RULE = 'customer-hangs-up-first';

describe('customer-hangs-up-first', () => {
  it('flags the agent\'s hang-up direction before the customer says goodbye or hangs up, on the direction', () => {
    assert.deepEqual(flagged('坐席:感谢您的来电,再见!【挂机】\n客户:再见。\n', RULE), ['【挂机】']);
    // On a line of its own, the direction tells what followed the agent's last words: those are flagged.
    assert.deepEqual(flagged('坐席:好的,再见。\n【結束通話】\n', RULE), ['好的,再见。']);
  });

  it('flags a hang-up told on a line of its own on the agent\'s last words, which ended the call', () => {
    const text = '坐席:您好,请讲。\n客户:请问怎么去景区?\n坐席:他们也不清楚,你们找个路人问问好了。\n【没等游客反应过来,接线员已经挂断了电话】\n';
    assert.deepEqual(flagged(text, RULE), ['他们也不清楚,你们找个路人问问好了。']);
    // 繁體 too, and a direction on the agent's own line stays where it is.
    assert.deepEqual(flagged('坐席:他們也不清楚。\n【接線員已經掛斷了電話】\n', RULE), ['他們也不清楚。']);
    assert.deepEqual(flagged('坐席:不在【挂断电话】\n', RULE), ['【挂断电话】']);
  });

  it('reads the standards\' words for hanging up and for a customer who says nothing as stage events', () => {
    assert.equal(stageEventOf('座席再輕輕放下聽筒'), 'agent-hangup');
    assert.equal(stageEventOf('挂电话'), 'agent-hangup');
    assert.equal(stageEventOf('等客户挂电话后再挂'), 'customer-hangup');
    assert.equal(stageEventOf('客户不说话'), 'silence');
    assert.deepEqual(flagged('坐席:再见!【放下电话】\n', RULE), ['【放下电话】']);
  });

  it('lets the agent hang up after the customer\'s goodbye, "nothing else", or hang-up', () => {
    assert.deepEqual(flagged('坐席:请问还有其他可以帮您的吗?\n客户:沒有了。\n坐席:感谢您的来电,再见!【挂机】\n', RULE), []);
    assert.deepEqual(flagged('坐席:再见。\n客户:拜拜。\n坐席:【挂断】\n', RULE), []);
    assert.deepEqual(flagged('坐席:再见。\n【客户挂机】\n【挂机】\n', RULE), []);
    assert.deepEqual(flagged('坐席:感谢您的来电,再见!【等客户挂机后挂机】\n', RULE), []);
  });

  it('reads a hang-up in the customer\'s own turn as the customer\'s', () => {
    assert.deepEqual(flagged('客户:好的,再见。【挂机】\n坐席:【挂机】\n', RULE), []);
  });

  it('lets the agent hang up after closing a silent or noisy line, as the standard says', () => {
    assert.deepEqual(flagged('坐席:对不起,电话杂音太大,稍后再与您联系,好吗?再见!【停顿2秒,挂机】\n', RULE), []);
    assert.deepEqual(flagged('坐席:您能听到我说话吗?\n【客户无声】\n坐席:对不起,我听不到您的声音,请您稍后再拨,再见!\n【挂机】\n', RULE), []);
    // A call back promised on a line that works does not.
    assert.deepEqual(flagged('坐席:好的,我们核实后稍后再与您联系,再见!【挂机】\n', RULE), ['【挂机】']);
  });

  it('flags the agent saying they hang up, and offers to delete it with one mark beside it', () => {
    const text = '坐席:好的,那我先挂了,再见!\n';
    const [f] = findingsOf(text, RULE);
    assert.equal(text.slice(f.start, f.end), '那我先挂了');
    assert.equal(f.fixes[0].preferred, undefined);
    assert.equal(applyFixes(text, f.fixes[0].edits).text, '坐席:好的,再见!\n');
    const end = '坐席:好的,我這邊先掛了。\n';
    assert.equal(applyFixes(end, findingsOf(end, RULE)[0].fixes[0].edits).text, '坐席:好的。\n');
  });

  it('hears 就先 and 先就 before the hang-up as one saying', () => {
    assert.deepEqual(flagged('坐席:您没有其他问题的话,我这边就先挂机了,感谢您的支持,再见!\n', RULE), ['我这边就先挂机了']);
  });

  it('does not take 挂失 or 挂号 for hanging up, nor a customer\'s words', () => {
    assert.deepEqual(flagged('坐席:我帮您挂失了,我挂了号就通知您。\n客户:那我先挂了。\n', RULE), []);
  });
});
