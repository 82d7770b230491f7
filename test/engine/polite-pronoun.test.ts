import { strict as assert } from 'node:assert';
import { applyFixes, preferredEdits } from '../../server/src/engine';
import { findingsOf, flagged } from '../helpers';

const RULE = 'polite-pronoun';
const line = (text: string) => `坐席:${text}\n`;
const fixedOnce = (text: string) => applyFixes(text, preferredEdits(findingsOf(text, RULE))).text;

describe('polite-pronoun', () => {
  it('flags each 你 that addresses the customer, one character each', () => {
    const text = line('你好,请问有什么可以帮你?');
    const found = findingsOf(text, RULE);
    assert.deepEqual(found.map((f) => [f.start, f.end]), [[3, 4], [14, 15]]);
    assert.ok(found.every((f) => f.severity === 'warning'));
  });

  it('flags 你 in traditional text, and the feminine 妳', () => {
    assert.deepEqual(flagged(line('我幫你查一下。'), RULE), ['你']);
    assert.deepEqual(flagged(line('請問妳的電話號碼是多少?'), RULE), ['妳']);
  });

  it('never flags 您 (the view folds 您 into 你; the rule reads the original)', () => {
    assert.deepEqual(flagged(line('您好,请问有什么可以帮您?'), RULE), []);
  });

  describe('passes 你 that does not address the customer', () => {
    const cases = [
      '你们的宽带已经开通了。',
      '你們的寬帶已經開通了。',
      '妳們好。',
      '我们的迷你套餐每月只要十元。',
      '大家你追我赶,名额很快就满了。',
      '您是说“你们的网络太差,你帮我查一下”,对吗?',
      '您是说「你帮我查一下」,对吗?',
      '{你的名字}',
    ];
    for (const text of cases) {
      it(`passes ${JSON.stringify(text)}`, () => {
        assert.deepEqual(flagged(line(text), RULE), []);
      });
    }
  });

  it('checks text after a closed quote again', () => {
    assert.deepEqual(flagged(line('您是说“你帮我查一下”,你看对吗?'), RULE), ['你']);
  });

  it('never flags customer lines, stage directions or comments', () => {
    const text = '客户:你好,你帮我查一下\n坐席:您好【你好要说得亲切】\n// 你好\n';
    assert.deepEqual(flagged(text, RULE), []);
  });

  it('flags a 你 inside a taboo phrase too, its fix offered but not preferred over the taboo rewording', () => {
    const text = line('你别激动。');
    assert.deepEqual(flagged(text, RULE), ['你']);
    const [f] = findingsOf(text, RULE);
    assert.deepEqual(f.fixes.map((x) => x.preferred ?? false), [false]);
    assert.equal(applyFixes(text, preferredEdits(findingsOf(text, 'taboo-phrase').concat(f))).text, line('请您不要着急。'));
    const config = { rules: { 'taboo-phrase': 'off' as const } };
    assert.deepEqual(findingsOf(text, RULE, { config })[0].fixes.map((x) => x.preferred), [true]);
  });

  describe('offers, never applies, 您 for the subject 你 of a curt order or judgement taboo-phrase reports (您给我出去 mocks)', () => {
    const cases = ['你给我出去!', '你給我出去。', '你就给我出去!', '你都给我出去!'];
    for (const text of cases) {
      it(`offers only, on ${JSON.stringify(text)}`, () => {
        const [f] = findingsOf(line(text), RULE);
        assert.ok(f, 'flagged');
        assert.deepEqual(f.fixes.map((x) => x.preferred ?? false), [false]);
      });
    }
    it('still applies 您 where the 你 only stands before a polite request', () => {
      const [f] = findingsOf(line('谢谢你,请您往里走。'), RULE);
      assert.deepEqual(f.fixes.map((x) => x.preferred), [true]);
    });
  });

  it('points at the original character in UTF-16 units', () => {
    const text = '坐席:😀你好\n';
    const [f] = findingsOf(text, RULE);
    assert.deepEqual([f.start, f.end], [5, 6]);
  });

  it('fixes 你 and 妳 to 您 with a one-character edit, preferred', () => {
    const [f] = findingsOf(line('妳好'), RULE);
    assert.deepEqual(f.fixes.map((x) => [x.preferred, x.edits]), [[true, [{ start: 3, end: 4, newText: '您' }]]]);
  });

  it('fixes in one pass, only agent text, and a second pass changes nothing', () => {
    const text = '坐席:你好,我幫你查一下,你們的寬帶。\n客户:你查吧\n坐席:妳好\n';
    const once = fixedOnce(text);
    assert.equal(once, '坐席:您好,我幫您查一下,你們的寬帶。\n客户:你查吧\n坐席:您好\n');
    assert.equal(fixedOnce(once), once);
  });
});
