import { strict as assert } from 'node:assert';
import type { CallscriptConfig } from '../../server/src/engine';
import type { PatternConfig } from '../../server/src/engine/config';
import { findingsOf } from '../helpers';

const NO_PROMISE: PatternConfig = { id: 'no-promise', regex: '保证.{0,4}(解决|退款)', severity: 'warning', message: '不要当场承诺' };

function configWith(...patterns: PatternConfig[]): CallscriptConfig {
  return { patterns };
}

/** Findings of the config's patterns (by their ids), as [id, severity, flagged text]. */
function found(text: string, config: CallscriptConfig, trusted = true): Array<[string, string, string]> {
  const ids = new Set((config.patterns ?? []).map((p) => p.id));
  return findingsOf(text, undefined, { config, trusted })
    .filter((f) => ids.has(f.rule))
    .map((f) => [f.rule, f.severity, text.slice(f.start, f.end)]);
}

describe('custom-patterns', () => {
  it('flags a match in agent text under the pattern’s id, severity and message', () => {
    const text = '坐席:我保证马上给您退款。\n';
    const [f] = findingsOf(text, 'no-promise', { config: configWith(NO_PROMISE), trusted: true });
    assert.equal(f.severity, 'warning');
    assert.deepEqual(f.message, { zh: '不要当场承诺', en: '不要当场承诺' });
    assert.equal(text.slice(f.start, f.end), '保证马上给您退款');
    assert.equal(f.start, 4);
  });

  it('finds nothing in an untrusted workspace', () => {
    assert.deepEqual(found('坐席:我保证马上给您退款。\n', configWith(NO_PROMISE), false), []);
  });

  it('matches the original text: ranges in UTF-16 units, traditional only where the regex says so', () => {
    const text = '坐席:😀我保证退款,我保證解決。\n';
    assert.deepEqual(found(text, configWith(NO_PROMISE)), [['no-promise', 'warning', '保证退款']]);
    const both = { ...NO_PROMISE, regex: '保[证證].{0,4}(解[决決]|退款)' };
    assert.deepEqual(found(text, configWith(both)), [
      ['no-promise', 'warning', '保证退款'],
      ['no-promise', 'warning', '保證解決'],
    ]);
  });

  it('skips customer lines, stage directions, comments and front matter unless the role says otherwise', () => {
    const text = '---\ntitle: 保证退款\n---\n// 保证退款\n坐席:好的【保证退款】。\n客户:你保证退款吗?\n';
    assert.deepEqual(found(text, configWith(NO_PROMISE)), []);
    assert.deepEqual(found(text, configWith({ ...NO_PROMISE, role: 'customer' })), [['no-promise', 'warning', '保证退款']]);
    assert.deepEqual(found(text, configWith({ ...NO_PROMISE, role: 'any' })), [['no-promise', 'warning', '保证退款']]);
  });

  it('anchors ^ and $ at what the speaker says on each line', () => {
    const text = '坐席:好的\n坐席:好的,再见\n';
    assert.deepEqual(found(text, configWith({ id: 'bare-ok', regex: '^好的$', message: '只说“好的”太生硬' })), [['bare-ok', 'warning', '好的']]);
  });

  it('takes the severity from the pattern, else from rules["custom-patterns"], and "off" turns patterns off', () => {
    const plain: PatternConfig = { id: 'p', regex: '退款', message: 'm' };
    const text = '坐席:退款\n';
    assert.deepEqual(found(text, configWith(plain)), [['p', 'warning', '退款']]);
    assert.deepEqual(found(text, { ...configWith(plain), rules: { 'custom-patterns': 'error' } }), [['p', 'error', '退款']]);
    assert.deepEqual(found(text, { ...configWith({ ...plain, severity: 'hint' }), rules: { 'custom-patterns': 'error' } }), [['p', 'hint', '退款']]);
    assert.deepEqual(found(text, configWith({ ...plain, severity: 'off' })), []);
    assert.deepEqual(found(text, { ...configWith(plain), rules: { 'custom-patterns': 'off' } }), []);
  });

  it('is silenced by a directive naming the pattern’s id', () => {
    const text = '// callscript-disable-next-line no-promise\n坐席:我保证退款\n坐席:我保证退款\n';
    const lines = findingsOf(text, 'no-promise', { config: configWith(NO_PROMISE), trusted: true }).map((f) => text.slice(0, f.start).split('\n').length);
    assert.deepEqual(lines, [3]);
  });

  it('runs a catastrophic-backtracking regex in linear time: (a+)+$ on 40,000 a’s returns', () => {
    const line = 'a'.repeat(40000);
    const evil: PatternConfig = { id: 'evil', regex: '(a+)+$', message: 'm' };
    assert.deepEqual(found(`坐席:${line}!\n`, configWith(evil)), []);
    assert.deepEqual(found(`坐席:${line}\n`, configWith(evil)).map(([id, , t]) => [id, t.length]), [['evil', 40000]]);
  });
});
