import { strict as assert } from 'node:assert';
import { applyFixes, lineStartsOf, parseDocument, preferredEdits, rangeOf, type CallscriptConfig, type Finding } from '../../server/src/engine';
import { findingsOf } from '../helpers';

const RULE = 'front-matter';

interface Seen {
  severity: string;
  text: string;
  line: number;
  character: number;
  endLine: number;
}

/** Each finding as a writer sees it: severity, the flagged text and where it starts and ends. */
function seen(text: string, config?: CallscriptConfig): Seen[] {
  const starts = lineStartsOf(text);
  return findingsOf(text, RULE, config ? { config } : {}).map((f: Finding) => {
    const r = rangeOf(starts, f.start, f.end);
    return { severity: f.severity, text: text.slice(f.start, f.end), line: r.start.line, character: r.start.character, endLine: r.end.line };
  });
}

function doc(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

describe('front-matter', () => {
  it('passes a well-formed block and a script without one', () => {
    const text = doc('---', 'title: 宽带续约外呼', 'company: XX移动', 'hotline: "10086"', 'direction: outbound  # 外呼', 'valid: 2027-02-05 15:00 ~ 2027-02-13 24:00', 'timezone: Asia/Shanghai', '---', '坐席:您好');
    assert.deepEqual(seen(text), []);
    assert.deepEqual(seen(doc('坐席:您好', '---', 'titel: 不是前置信息', '---')), []);
  });

  describe('unknown keys', () => {
    const text = doc('---', 'title: 宽带', 'titel: 宽带', 'vaild: 2027-02-05', 'owner: 张三', '---', '坐席:您好');

    it('are warnings on the key itself', () => {
      assert.deepEqual(seen(text), [
        { severity: 'warning', text: 'titel', line: 2, character: 0, endLine: 2 },
        { severity: 'warning', text: 'vaild', line: 3, character: 0, endLine: 3 },
        { severity: 'warning', text: 'owner', line: 4, character: 0, endLine: 4 },
      ]);
    });

    it('say "did you mean" and fix the key when a known key is close', () => {
      const [, vaild, owner] = findingsOf(text, RULE);
      assert.match(vaild.message.en, /did you mean "valid"/);
      const [titel] = findingsOf(doc('---', 'titel: 宽带', '---'), RULE);
      assert.match(titel.message.en, /did you mean "title"/);
      assert.equal(vaild.fixes[0].edits[0].newText, 'valid');
      assert.deepEqual(owner.fixes, []);
      const fixed = applyFixes(text, preferredEdits([vaild])).text;
      assert.equal(fixed, text.replace('vaild:', 'valid:'));
      assert.deepEqual(seen(fixed).map((s) => s.text), ['titel', 'owner']);
    });

    it('do not suggest a key the block already has, which the fix would duplicate', () => {
      const [titel] = findingsOf(text, RULE);
      assert.deepEqual(titel.fixes, []);
      assert.doesNotMatch(titel.message.en, /did you mean/);
    });

    it('are fixed for good: a second pass changes nothing', () => {
      const once = applyFixes(text, preferredEdits(findingsOf(text, RULE))).text;
      assert.equal(once, text.replace('vaild:', 'valid:'));
      assert.equal(applyFixes(once, preferredEdits(findingsOf(once, RULE))).text, once);
    });
  });

  describe('valid', () => {
    it('flags a date that does not exist, at the value', () => {
      assert.deepEqual(seen(doc('---', 'valid: 2027-02-30', '---')), [
        { severity: 'error', text: '2027-02-30', line: 1, character: 7, endLine: 1 },
      ]);
    });

    it('flags a value that is not a date range', () => {
      assert.deepEqual(seen(doc('---', 'valid: 春节期间', '---')).map((s) => [s.text, s.line]), [['春节期间', 1]]);
      assert.deepEqual(seen(doc('---', 'valid: 2027-02-05 25:00 ~ 2027-02-06', '---')).map((s) => s.line), [1]);
    });

    it('reads years literally, and a year outside 1970–2200 is an error, not 1927', () => {
      const [f] = findingsOf(doc('---', 'valid: 0027-02-06', '---', '坐席:新春快乐!'), RULE);
      assert.match(f.message.en, /years must be from 1970 to 2200/);
      assert.deepEqual(seen(doc('---', 'valid: 2027-02-06 ~ 2270-02-06', '---')).map((s) => s.text), ['2027-02-06 ~ 2270-02-06']);
      assert.deepEqual(seen(doc('---', 'valid: 1970-01-01 ~ 2200-12-31', '---')), []);
    });

    it('says a single time is not a range, and an empty range is empty, rather than "ends before it starts"', () => {
      const message = (valid: string) => findingsOf(doc('---', `valid: ${valid}`, '---'), RULE)[0]?.message.en;
      assert.match(message('2027-02-05 15:00'), /single moment/);
      assert.match(message('2027-02-06 24:00'), /single moment/);
      assert.match(message('2027-02-05 15:00 ~ 2027-02-05 15:00'), /ends when it starts/);
      assert.match(message('2027-02-05 24:00 ~ 2027-02-06 00:00'), /ends when it starts/);
      assert.match(message('2027-02-05 15:00 ~ 2027-02-05 14:00'), /ends before it starts/);
      assert.equal(message('2027-02-05'), undefined, 'a date alone is its whole day');
    });

    it('flags an end before its start', () => {
      const [f] = findingsOf(doc('---', 'title: x', 'valid: 2027-02-13 ~ 2027-02-05', '---'), RULE);
      assert.match(f.message.en, /ends before it starts/);
    });

    it('points at the key when the value is missing, not at the line break', () => {
      assert.deepEqual(seen(doc('---', 'valid:', '---')), [{ severity: 'error', text: 'valid', line: 1, character: 0, endLine: 1 }]);
    });
  });

  describe('YAML', () => {
    it('flags bad YAML on its own line, not on the closing ---', () => {
      const [s] = seen(doc('---', 'title: 宽带', 'company: [XX移动', '---', '坐席:您好'));
      assert.equal(s.severity, 'error');
      assert.equal(s.line, 2);
      assert.equal(s.endLine, 2);
    });

    it('flags a duplicate key and a block that is not a mapping', () => {
      assert.deepEqual(seen(doc('---', 'title: a', 'title: b', '---')).map((s) => s.line), [2]);
      assert.deepEqual(seen(doc('---', '- 宽带', '---')), [{ severity: 'error', text: '- 宽带', line: 1, character: 0, endLine: 1 }]);
    });

    it('flags a block with no closing ---', () => {
      assert.deepEqual(seen(doc('---', 'title: 宽带', '坐席:您好')), [{ severity: 'error', text: '---', line: 0, character: 0, endLine: 0 }]);
    });

    it('reads a fence that shows as --- as one, whatever invisible characters it holds', () => {
      // Taking the direction mark out (hidden-characters' fix) must not turn script lines into settings.
      for (const fence of ['---\u2069', '\u200b---', '-\u200d--']) {
        const text = doc('---', 'direction: outbound', fence, '坐席:您好');
        assert.deepEqual(seen(text), [], JSON.stringify(fence));
        assert.equal(parseDocument(text).frontMatter.lastLine, 2, JSON.stringify(fence));
      }
    });

    it('flags an unknown direction and time zone', () => {
      assert.deepEqual(seen(doc('---', 'direction: sideways', 'timezone: Mars/Base', '---')).map((s) => s.text), ['sideways', 'Mars/Base']);
    });

    it('reads each channel, and phone where none is given', () => {
      for (const channel of ['phone', 'onsite', 'counter', 'bot']) {
        const text = doc('---', `channel: ${channel}`, '---', '坐席:您好');
        assert.deepEqual(seen(text), []);
        assert.equal(parseDocument(text).frontMatter.channel, channel);
      }
      assert.equal(parseDocument(doc('---', 'title: 宽带', '---', '坐席:您好')).frontMatter.channel, 'phone');
      assert.equal(parseDocument(doc('坐席:您好')).frontMatter.channel, 'phone');
    });

    it('flags a channel that is not phone, onsite, counter or bot, at its line', () => {
      assert.deepEqual(seen(doc('---', 'title: 上门', 'channel: door', '---')), [{ severity: 'error', text: 'door', line: 2, character: 9, endLine: 2 }]);
    });
  });

  describe('CRLF and BOM', () => {
    const lf = doc('---', 'titel: 宽带', 'valid: 2027-02-30', 'company: [x', '---', '坐席:您好');

    it('finds the same problems at the same positions with CRLF line ends', () => {
      const crlf = lf.replace(/\n/g, '\r\n');
      assert.deepEqual(seen(crlf), seen(lf));
      assert.deepEqual(seen(doc('---', 'titel: 宽带', 'valid: 2027-02-30', '---').replace(/\n/g, '\r\n')), [
        { severity: 'warning', text: 'titel', line: 1, character: 0, endLine: 1 },
        { severity: 'error', text: '2027-02-30', line: 2, character: 7, endLine: 2 },
      ]);
    });

    it('reads a block after a BOM, positions counting the BOM on the first line only', () => {
      const text = `\ufeff${doc('---', 'titel: 宽带', 'valid: 2027-02-13 ~ 2027-02-05', '---')}`.replace(/\n/g, '\r\n');
      assert.deepEqual(seen(text), [
        { severity: 'warning', text: 'titel', line: 1, character: 0, endLine: 1 },
        { severity: 'error', text: '2027-02-13 ~ 2027-02-05', line: 2, character: 7, endLine: 2 },
      ]);
    });
  });

  describe('configured severity', () => {
    const text = doc('---', 'titel: 宽带', 'valid: 2027-02-30', '---');

    it('caps every finding: info makes both info', () => {
      assert.deepEqual(seen(text, { rules: { 'front-matter': 'info' } }).map((s) => s.severity), ['info', 'info']);
    });

    it('keeps unknown keys milder than errors when set to error or warning', () => {
      assert.deepEqual(seen(text, { rules: { 'front-matter': 'error' } }).map((s) => s.severity), ['warning', 'error']);
      assert.deepEqual(seen(text, { rules: { 'front-matter': 'warning' } }).map((s) => s.severity), ['warning', 'warning']);
    });

    it('is silent when off', () => {
      assert.deepEqual(seen(text, { rules: { 'front-matter': 'off' } }), []);
    });
  });
});
