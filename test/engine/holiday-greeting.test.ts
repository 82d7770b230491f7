import { strict as assert } from 'node:assert';
import { LunarDay } from 'tyme4ts';
import { applyFixes, lint, parseDocument, preferredEdits, type CallscriptConfig, type Finding } from '../../server/src/engine';
import { IncrementalLinter } from '../../server/src/engine/incremental-lint';
import { findingsOf, flagged } from '../helpers';

const RULE = 'holiday-greeting';
/** The helpers' "now" when a script has no valid: Wednesday 2027-03-03 10:00 in Shanghai. */
const NOW = new Date('2027-03-03T10:00:00+08:00');

const script = (valid: string, body: string, eol = '\n') => ['---', `valid: ${valid}`, '---', ...body.split('\n')].join(eol) + eol;
const fixedOnce = (text: string, findings: Finding[]) => applyFixes(text, preferredEdits(findings)).text;
const fixTexts = (f: Finding) => f.fixes.flatMap((x) => x.edits.map((e) => e.newText));

describe('holiday-greeting', () => {
  describe('the window must cover the whole valid range (spec §3 boundaries)', () => {
    const greet = '坐席:新春快乐!我是客服代表{工号}。';
    const cases: Array<[string, number]> = [
      ['2027-02-05 15:00 ~ 2027-02-12 24:00', 0],
      ['2027-02-05 15:00 ~ 2027-02-13 00:00', 0],
      ['2027-02-05 15:00 ~ 2027-02-13 00:01', 1],
      ['2027-02-05 14:59 ~ 2027-02-12 24:00', 1],
      ['2027-02-06 ~ 2027-02-12', 0],
      ['2027-02-04 ~ 2027-02-06', 1],
      ['2027-02-13', 1],
    ];
    for (const [valid, count] of cases) {
      it(`${count ? 'flags' : 'passes'} 新春快乐 with valid ${valid}`, () => {
        assert.equal(findingsOf(script(valid, greet), RULE).length, count);
      });
    }

    it('checks 元宵 and 中秋 by the day and from 07:00', () => {
      assert.deepEqual(flagged(script('2027-02-20 07:00 ~ 2027-02-20 24:00', '坐席:元宵节快乐!'), RULE), []);
      assert.deepEqual(flagged(script('2027-02-20 06:59 ~ 2027-02-20 12:00', '坐席:元宵节快乐!'), RULE), ['元宵节快乐']);
      assert.deepEqual(flagged(script('2025-10-06 07:00 ~ 2025-10-06 24:00', '坐席:中秋节快乐!'), RULE), []);
      assert.deepEqual(flagged(script('2025-10-05', '坐席:中秋快乐!'), RULE), ['中秋快乐']);
    });

    it('accepts either greeting where windows overlap (中秋 inside 国庆, 2020-10-01)', () => {
      const text = script('2020-10-01 07:00 ~ 2020-10-01 24:00', '坐席:中秋快乐!\n坐席:节日快乐!\n坐席:国庆快乐!');
      assert.deepEqual(findingsOf(text, RULE), []);
    });

    it('takes the also-accepted greetings and 除夕 on 腊月廿九 (2026-02-16)', () => {
      assert.deepEqual(flagged(script('2026-02-16 15:00 ~ 2026-02-23 24:00', '坐席:春节快乐!'), RULE), []);
      assert.deepEqual(flagged(script('2026-02-16 14:00 ~ 2026-02-16 18:00', '坐席:春节快乐!'), RULE), ['春节快乐']);
    });
  });

  describe('findings and fixes with valid', () => {
    it('is an error that fixes to the greeting right for valid', () => {
      const text = script('2027-03-03', '坐席:新春快乐!我是客服代表{工号}。');
      const [f] = findingsOf(text, RULE);
      assert.equal(f.severity, 'error');
      assert.deepEqual(fixTexts(f), ['您好']);
      assert.match(f.message.zh, /春节 2028-01-25 15:00 ~ 2028-02-01 24:00/);
    });

    it('flags the wrong holiday greeting for the holiday (新年快乐 during 春节)', () => {
      const text = script('2027-02-06 ~ 2027-02-08', '坐席:新年快乐!我是客服代表{工号}。');
      const [f] = findingsOf(text, RULE);
      assert.match(f.message.zh, /不是春节的问候语/);
      assert.deepEqual(fixTexts(f), ['新春快乐']);
    });

    it('fixes to 周末好 on a plain weekend, to both greetings where two holidays cover valid', () => {
      assert.deepEqual(fixTexts(findingsOf(script('2027-03-06', '坐席:圣诞快乐!'), RULE)[0]), ['周末好']);
      assert.deepEqual(fixTexts(findingsOf(script('2020-10-01 08:00 ~ 2020-10-01 20:00', '坐席:新年快乐!'), RULE)[0]), ['中秋快乐', '节日快乐']);
    });

    it('reads traditional text and fixes in traditional characters', () => {
      const text = script('2027-02-20 08:00 ~ 2027-02-20 20:00', '坐席:新春快樂!我是客服代表{工號}。');
      const [f] = findingsOf(text, RULE);
      assert.equal(text.slice(f.start, f.end), '新春快樂');
      assert.deepEqual(fixTexts(f), ['元宵節快樂']);
      assert.deepEqual(flagged(script('2027-02-06', '坐席:新春快樂!'), RULE), []);
    });

    it('finds a greeting written with spaces or full-width punctuation', () => {
      assert.deepEqual(flagged(script('2027-03-03', '坐席:祝您 新春 快乐!'), RULE), ['新春 快乐']);
      assert.deepEqual(flagged(script('2027-03-03', '坐席:新春。快乐'), RULE), []);
    });

    it('never flags customer lines, stage directions or comments', () => {
      const text = script('2027-03-03', '客户:新春快乐!\n坐席:您好【新春快乐】\n// 新春快乐');
      assert.deepEqual(findingsOf(text, RULE), []);
    });

    it('leaves a script its fixes produce unflagged', () => {
      const text = script(
        '2027-02-06 ~ 2027-02-08',
        '# 开场\n坐席:新年快乐!我是客服代表{工号}。\n客户:新年快乐\n坐席:圣诞快乐,再见!\n坐席:新春快乐!',
        '\r\n',
      );
      const fixed = fixedOnce(text, findingsOf(text, RULE));
      assert.equal(fixed, text.replace('坐席:新年快乐', '坐席:新春快乐').replace('圣诞快乐', '新春快乐'));
      assert.deepEqual(findingsOf(fixed, RULE), []);
    });
  });

  describe('fixes that read right in their sentence', () => {
    it('turns a greeting after 祝您 or 您 into a wish, not 祝您您好 or 您您好', () => {
      for (const [line, fixed] of [
        ['坐席:祝您新年快乐,再见!', '坐席:祝您生活愉快,再见!'],
        ['坐席:祝您中秋节快乐,再见!', '坐席:祝您生活愉快,再见!'],
        ['坐席:也祝您和家人中秋快乐!', '坐席:也祝您和家人生活愉快!'],
        ['坐席:祝您新年快樂,再見!', '坐席:祝您生活愉快,再見!'],
        // 祝 left unsaid: the greeting is for the 您 before it, and 您您好 says 您 twice.
        ['坐席:您新年快乐!', '坐席:您生活愉快!'],
        ['坐席:妳和家人新年快乐!', '坐席:妳和家人生活愉快!'],
      ]) {
        const text = script('2027-03-03', line);
        assert.equal(fixedOnce(text, findingsOf(text, RULE)), script('2027-03-03', fixed));
      }
    });

    it('keeps the holiday\'s own greeting after 祝您 when the script is spoken in another holiday', () => {
      const text = script('2027-02-08', '坐席:祝您中秋快乐,再见!');
      assert.equal(fixedOnce(text, findingsOf(text, RULE)), script('2027-02-08', '坐席:祝您新春快乐,再见!'));
    });

    it('deletes a greeting whose replacement already stands beside it', () => {
      const text = script('2027-03-03', '坐席:新春快乐!您好!我是客服代表{工号}。');
      assert.equal(fixedOnce(text, findingsOf(text, RULE)), script('2027-03-03', '坐席:您好!我是客服代表{工号}。'));
    });
  });

  describe('a config holiday (端午)', () => {
    const config: CallscriptConfig = { holidays: [{ name: '端午', lunar: '05-05', from: '07:00', to: '24:00', greeting: '端午节快乐!' }] };
    const solar = LunarDay.fromYmd(2027, 5, 5).getSolarDay();
    const day = `${solar.getYear()}-${String(solar.getMonth()).padStart(2, '0')}-${String(solar.getDay()).padStart(2, '0')}`;

    it('is a greeting checked against its own window', () => {
      assert.deepEqual(flagged(script(`${day} 07:00 ~ ${day} 24:00`, '坐席:端午节快乐!'), RULE, { config }), []);
      assert.deepEqual(flagged(script(`${day} 06:00 ~ ${day} 24:00`, '坐席:端午節快樂!'), RULE, { config }), ['端午節快樂']);
    });

    it('is the fix where it covers valid', () => {
      const [f] = findingsOf(script(`${day} 08:00 ~ ${day} 20:00`, '坐席:中秋快乐!'), RULE, { config });
      assert.deepEqual(fixTexts(f), ['端午节快乐']);
    });

    it('is not known without the config', () => {
      assert.deepEqual(flagged(script('2027-03-03', '坐席:端午节快乐!'), RULE), []);
    });
  });

  describe('a holiday greeting with no valid', () => {
    it('is a warning that says now is outside the window and adds valid for the next window', () => {
      const text = '# 开场\n坐席:新春快乐!我是客服代表{工号}。\n';
      const [f] = findingsOf(text, RULE);
      assert.equal(f.severity, 'warning');
      assert.match(f.message.zh, /没有 valid/);
      assert.match(f.message.zh, /现在\(2027-03-03 10:00\)不在春节时间窗内/);
      const fixed = fixedOnce(text, [f]);
      assert.equal(fixed, '---\nvalid: 2028-01-25 15:00 ~ 2028-02-01 24:00\n---\n' + text);
      const fm = parseDocument(fixed).frontMatter;
      assert.deepEqual(fm.problems, []);
      assert.deepEqual(findingsOf(fixed, RULE), []);
    });

    it('offers the window it is in when now is inside one, and does not say now is outside', () => {
      const now = new Date('2027-02-07T09:00:00+08:00');
      const text = '坐席:新春快乐!\n';
      const [f] = findingsOf(text, RULE, { now });
      assert.doesNotMatch(f.message.zh, /不在/);
      assert.equal(fixedOnce(text, [f]), '---\nvalid: 2027-02-05 15:00 ~ 2027-02-12 24:00\n---\n坐席:新春快乐!\n');
    });

    it('writes valid into an existing front matter with its CRLF line endings, once for all greetings', () => {
      const text = '\uFEFF---\r\ntitle: 春节外呼\r\n---\r\n坐席:新春快乐!\r\n坐席:春节快乐!\r\n';
      const found = findingsOf(text, RULE);
      assert.equal(found.length, 2);
      assert.equal(found.filter((f) => f.fixes.length > 0).length, 1);
      const fixed = fixedOnce(text, found);
      assert.equal(fixed, '\uFEFF---\r\ntitle: 春节外呼\r\nvalid: 2028-01-25 15:00 ~ 2028-02-01 24:00\r\n---\r\n坐席:新春快乐!\r\n坐席:春节快乐!\r\n');
      const result = lint(fixed, { now: NOW });
      assert.deepEqual(result.doc.frontMatter.problems, []);
      assert.deepEqual(result.findings.filter((f) => f.rule === RULE), []);
    });

    it('adds a front matter block at the top of a script with a BOM', () => {
      const text = '\uFEFF坐席:中秋快乐!\n';
      const fixed = fixedOnce(text, findingsOf(text, RULE));
      assert.equal(fixed, '\uFEFF---\nvalid: 2027-09-15 07:00 ~ 2027-09-15 24:00\n---\n坐席:中秋快乐!\n');
    });

    it('applies the window of a holiday every greeting is said for (新年好 and 新春快乐: 春节, though 元旦 comes first)', () => {
      const now = new Date('2027-09-15T10:00:00+08:00');
      const text = '坐席:新年好!\n坐席:新春快乐!\n';
      const fixed = fixedOnce(text, findingsOf(text, RULE, { now }));
      assert.equal(fixed, '---\nvalid: 2028-01-25 15:00 ~ 2028-02-01 24:00\n---\n' + text);
      assert.deepEqual(findingsOf(fixed, RULE, { now }), []);
    });

    // Fuzz seed 127: the 春节 window was applied, and the fix that followed changed 中秋快乐 into
    // 新春快乐, a greeting the writer never chose for that line.
    it('only offers valid where the greetings name holidays no one window serves (新春快乐 and 中秋快乐)', () => {
      const now = new Date('2027-02-06T10:00:00+08:00');
      const text = '坐席:新春快乐!\n坐席:中秋快乐!\n';
      const found = findingsOf(text, RULE, { now });
      assert.equal(found.length, 2);
      const [offer] = found[0].fixes;
      assert.equal(offer.preferred, undefined);
      assert.equal(applyFixes(text, offer.edits).text, '---\nvalid: 2027-02-05 15:00 ~ 2027-02-12 24:00\n---\n' + text);
      assert.equal(fixedOnce(text, found), text);
    });

    it('sees, a segment at a time, a greeting of another holiday in any segment, as a whole lint does', () => {
      const options = { now: new Date('2027-02-06T10:00:00+08:00'), trusted: true };
      for (const text of ['坐席:新春快乐!\n坐席:新春快乐!\n坐席:您好\n坐席:中秋快乐!\n', '坐席:新年好!\n坐席:新年快乐!\n坐席:新春快乐!\n']) {
        const whole = lint(text, options).findings;
        assert.deepEqual(new IncrementalLinter(options, 1).update(text).findings, whole, JSON.stringify(text));
        assert.equal(whole.find((f) => f.rule === RULE && f.fixes.length > 0)?.fixes[0].preferred, undefined, JSON.stringify(text));
      }
    });

    it('offers no valid line where a broken valid is already there', () => {
      const text = '---\nvalid: 明天\n---\n坐席:新春快乐!\n';
      const [f] = findingsOf(text, RULE);
      assert.equal(f.severity, 'warning');
      assert.deepEqual(f.fixes, []);
    });

    it('is never more severe than the configured severity', () => {
      const config: CallscriptConfig = { rules: { [RULE]: 'info' } };
      assert.equal(findingsOf('坐席:新春快乐!\n', RULE, { config })[0].severity, 'info');
      assert.equal(findingsOf(script('2027-03-03', '坐席:新春快乐!'), RULE, { config })[0].severity, 'info');
    });
  });
});
