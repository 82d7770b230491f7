import { strict as assert } from 'node:assert';
import { applyFixes, parseDocument, preferredEdits, type Finding } from '../../server/src/engine';
import { findingsOf, flagged } from '../helpers';

const RULE = 'weekend-greeting';

const script = (valid: string, body: string, eol = '\n') => ['---', `valid: ${valid}`, '---', ...body.split('\n')].join(eol) + eol;
const fixedOnce = (text: string, findings: Finding[]) => applyFixes(text, preferredEdits(findings)).text;
const fixTexts = (f: Finding) => f.fixes.flatMap((x) => x.edits.map((e) => e.newText));

// 2027-03-05 is a Friday.
describe('weekend-greeting', () => {
  describe('周末好 only from Friday 13:00 to Sunday 20:00', () => {
    const greet = '坐席:周末好!我是客服代表{工号}。';
    const cases: Array<[string, number]> = [
      ['2027-03-05 13:00 ~ 2027-03-07 20:00', 0],
      ['2027-03-05 12:59 ~ 2027-03-07 20:00', 1],
      ['2027-03-05 13:00 ~ 2027-03-07 20:01', 1],
      ['2027-03-06', 0],
      ['2027-03-07 ~ 2027-03-07 19:00', 0],
      ['2027-03-07', 1],
      ['2027-03-04 ~ 2027-03-06', 1],
      ['2027-03-06 ~ 2027-03-13', 1],
    ];
    for (const [valid, count] of cases) {
      it(`${count ? 'flags' : 'passes'} 周末好 with valid ${valid}`, () => {
        assert.equal(findingsOf(script(valid, greet), RULE).length, count);
      });
    }

    it('is a warning that fixes to 您好 and reads traditional text', () => {
      const text = script('2027-03-03', '坐席:週末好!我是客服代表{工號}。');
      const [f] = findingsOf(text, RULE);
      assert.equal(f.severity, 'warning');
      assert.equal(text.slice(f.start, f.end), '週末好');
      assert.deepEqual(fixTexts(f), ['您好']);
    });

    it('gives way to a holiday: on a weekend in 春节 it fixes to the holiday greeting', () => {
      const text = script('2027-02-06', '坐席:週末好!');
      const [f] = findingsOf(text, RULE);
      assert.match(f.message.zh, /节日优先于周末/);
      assert.deepEqual(fixTexts(f), ['新春快樂']);
    });

    // Seed 903: a bidi control between 您 and 周末好 hid whom the greeting was for, and the fix
    // wrote 您\u2069您好, which says 您您好 once hidden-characters took the control out.
    it('reads a greeting after 您 as a wish with characters nobody sees between them', () => {
      for (const unseen of ['\u2069', '\u200b', '\u2060\u00ad']) {
        const [f] = findingsOf(script('2027-03-03', `坐席:您和家人${unseen}周末好!`), RULE);
        assert.deepEqual(fixTexts(f), ['生活愉快']);
      }
    });

    it('is wrong on a weekend day a holiday only touches (Christmas Friday 2026)', () => {
      assert.deepEqual(flagged(script('2026-12-25 13:00 ~ 2026-12-27 20:00', '坐席:周末好!'), RULE), ['周末好']);
    });

    it('never flags customer lines or holiday greetings', () => {
      assert.deepEqual(findingsOf(script('2027-03-03', '客户:周末好\n坐席:新春快乐'), RULE), []);
    });
  });

  describe('a valid wholly inside a weekend opens with 周末好', () => {
    it('flags a plain 您好 in the opening section and fixes it to 周末好', () => {
      const text = script('2027-03-06 09:00 ~ 2027-03-07 20:00', '# 开场\n坐席:【微笑】您好!我是客服代表{工号}。\n# 结束\n坐席:您好,再见!');
      const [f, ...rest] = findingsOf(text, RULE);
      assert.equal(rest.length, 0);
      assert.equal(f.start, text.indexOf('您好'));
      assert.equal(f.severity, 'warning');
      const fixed = fixedOnce(text, [f]);
      assert.equal(fixed, text.replace('您好', '周末好'));
      assert.deepEqual(findingsOf(fixed, RULE), []);
    });

    it('writes 週末好 in a traditional script', () => {
      const text = script('2027-03-06', '# 開場\n坐席:您好!我是客服代表{工號},請問您現在方便嗎?');
      assert.deepEqual(fixTexts(findingsOf(text, RULE)[0]), ['週末好']);
    });

    it('reads the first agent turn where there is no opening section', () => {
      const text = script('2027-03-06', '客户:喂?\n坐席:您好!我是客服代表{工号}。\n坐席:您好');
      assert.deepEqual(findingsOf(text, RULE).map((f) => f.start), [text.indexOf('坐席:您好') + 3]);
    });

    it('leaves 您好 alone outside a weekend, in a holiday, or with a greeting in the same turn', () => {
      assert.deepEqual(findingsOf(script('2027-03-05 12:00 ~ 2027-03-06 12:00', '坐席:您好!'), RULE), []);
      assert.deepEqual(findingsOf(script('2027-02-06', '坐席:您好!'), RULE), []);
      assert.deepEqual(findingsOf(script('2027-03-06', '坐席:您好,周末好!'), RULE), []);
      assert.deepEqual(findingsOf('坐席:您好!\n', RULE, { now: new Date('2027-03-06T10:00:00+08:00') }), []);
    });
  });

  describe('with no valid, now is checked', () => {
    it('passes 周末好 at a weekend now and flags it on a weekday', () => {
      assert.deepEqual(findingsOf('坐席:周末好!\n', RULE, { now: new Date('2027-03-05T13:00:00+08:00') }), []);
      assert.deepEqual(flagged('坐席:周末好!\n', RULE, { now: new Date('2027-03-05T12:59:00+08:00') }), ['周末好']);
    });

    it('prefers adding valid for the next plain weekend, keeping 您好 as the other fix', () => {
      const text = '坐席:周末好!我是客服代表{工号}。\r\n';
      const [f] = findingsOf(text, RULE);
      assert.match(f.message.zh, /没有 valid,现在\(2027-03-03 10:00\)不在其内/);
      assert.deepEqual(fixTexts(f), ['---\r\nvalid: 2027-03-05 13:00 ~ 2027-03-07 20:00\r\n---\r\n', '您好']);
      const fixed = fixedOnce(text, [f]);
      assert.deepEqual(parseDocument(fixed).frontMatter.problems, []);
      assert.deepEqual(findingsOf(fixed, RULE), []);
    });

    it('skips weekends a holiday touches when it picks one', () => {
      const now = new Date('2027-09-28T10:00:00+08:00');
      const [f] = findingsOf('坐席:周末好!\n', RULE, { now });
      // 国庆 runs to Sunday 2027-10-03 24:00, so the first plain weekend is the next one.
      assert.equal(fixTexts(f)[0], '---\nvalid: 2027-10-08 13:00 ~ 2027-10-10 20:00\n---\n');
    });
  });
});
