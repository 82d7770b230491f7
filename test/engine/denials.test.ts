import { strict as assert } from 'node:assert';
import { findingsOf, flagged } from '../helpers';

const RULE = 'negative-wording';
const said = (text: string) => flagged(`坐席:${text}\n`, RULE);

describe('negative-wording: denials and defences said to a complaint (rules/denials.ts)', () => {
  it('flags the procedure pleaded as the answer, and the rule as the end of the talk', () => {
    assert.deepEqual(said('我是按流程操作。'), ['我是按流程操作']);
    assert.deepEqual(said('我只是按規定辦事。'), ['我只是按規定辦事']);
    assert.deepEqual(said('银行规定如此。'), ['银行规定如此']);
    // How it goes told to a calm customer, or a promise to follow it.
    assert.deepEqual(said('我们是按流程办理的,预计三天到账。'), []);
    assert.deepEqual(said('我会按流程为您办理。'), []);
    assert.deepEqual(said('我是按流程操作的,我帮您再查一下。'), []);
  });

  it('flags the customer\'s account or the report denied outright, and a complaint found groundless', () => {
    assert.deepEqual(said('我们的师傅绝对不会说这样的话。'), ['绝对不会说这样的话']);
    assert.deepEqual(said('经查,并未像网上所说的那样。'), ['并未像网上所说的']);
    assert.deepEqual(said('他并不是真的要赶您下车。'), ['并不是真的要']);
    assert.deepEqual(said('接到投诉后我们进行了检测,信号正常。'), ['投诉后我们进行了检测,信号正常']);
    // A promise of care, a condition, a check that goes on to what will be done, a colleague spoken for.
    assert.deepEqual(said('我们会确保不会说这样的话。'), []);
    assert.deepEqual(said('接到投诉后我们进行了检测,信号正常,我们会再派人复查。'), []);
    assert.deepEqual(said('相信同事并不是有意无礼。'), []);
  });

  it('flags the cause disowned and helplessness pleaded', () => {
    assert.deepEqual(said('机器坏了,又不是我的原因。'), ['不是我的原因']);
    assert.deepEqual(said('长期收不上费,我们也很无奈。'), ['我们也很无奈']);
    assert.deepEqual(said('这不是您的原因,是系统的问题。'), []);
    assert.deepEqual(said('我们也很无奈,我帮您向上级反映。'), []);
  });

  it('flags the customer\'s own loss laid back on them, as passing the buck; not a product\'s terms read out', () => {
    assert.deepEqual(said('账户安全由您自己负责。'), ['安全由您自己负责']);
    assert.deepEqual(findingsOf('坐席:账户安全由您自己负责。\n', RULE)[0].message.zh.startsWith('推诿'), true);
    assert.deepEqual(said('投资有风险,损失由您自己承担。'), []);
    assert.deepEqual(said('账户安全由您自己负责,我帮您开通短信提醒。'), []);
  });
});

