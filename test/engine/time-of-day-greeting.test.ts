import { strict as assert } from 'node:assert';
import { applyFixes, preferredEdits } from '../../server/src/engine';
import { findingsOf, flagged } from '../helpers';

const RULE = 'time-of-day-greeting';
const valid = (range: string, zone = '') => `---\nvalid: ${range}\n${zone ? `timezone: ${zone}\n` : ''}---\n`;

describe('time-of-day-greeting', () => {
  it('flags a greeting that some minute of valid falls outside of, and --fix says 您好', () => {
    const text = `${valid('2027-03-02 14:00 ~ 2027-03-02 17:00')}坐席:早上好!我是客服代表{工号}。\n`;
    const [f] = findingsOf(text, RULE);
    assert.equal(text.slice(f.start, f.end), '早上好');
    assert.match(f.message.zh, /05:00–12:00/);
    assert.equal(applyFixes(text, preferredEdits([f])).text, text.replace('早上好', '您好'));
    assert.deepEqual(f.fixes.map((x) => x.edits[0].newText), ['您好', '下午好']);
  });

  it('prefers 您好 only where the greeting opens a clause: not in 祝您晚上好', () => {
    const text = `${valid('2027-03-02 09:00 ~ 2027-03-02 11:00')}坐席:王先生,晚上好!祝您晚上好。\n`;
    assert.deepEqual(findingsOf(text, RULE).map((f) => f.fixes[0].preferred === true), [true, false]);
  });

  it('holds each part of the day to its hours, up to the minute', () => {
    const at = (range: string, greeting: string) => flagged(`${valid(range)}坐席:${greeting}!\n`, RULE).length === 0;
    // 001's 早上/中午/晚上好 greets the whole morning with 早上好: 10:00 is still its time, noon is not.
    assert.ok(at('2027-03-02 09:00 ~ 2027-03-02 10:00', '早上好'));
    assert.ok(at('2027-03-02 10:00 ~ 2027-03-02 12:00', '早上好'));
    assert.ok(!at('2027-03-02 10:00 ~ 2027-03-02 12:01', '早上好'));
    assert.ok(!at('2027-03-02 04:59 ~ 2027-03-02 06:00', '早上好'));
    assert.ok(at('2027-03-02 11:00 ~ 2027-03-02 14:00', '中午好'));
    assert.ok(at('2027-03-02 08:00 ~ 2027-03-02 12:00', '上午好'));
    assert.ok(!at('2027-03-02 07:59 ~ 2027-03-02 12:00', '上午好'));
    assert.ok(at('2027-03-02 12:00 ~ 2027-03-02 18:00', '下午好'));
    // Evening runs past midnight.
    assert.ok(at('2027-03-02 22:00 ~ 2027-03-03 02:00', '晚上好'));
    assert.ok(!at('2027-03-02 17:30 ~ 2027-03-02 20:00', '晚上好'));
    // A whole day fits no part of it.
    assert.ok(!at('2027-03-02', '晚上好'));
  });

  it('reads valid in its own time zone', () => {
    assert.deepEqual(flagged(`${valid('2027-03-02 19:00 ~ 2027-03-02 21:00', 'Europe/Berlin')}坐席:晚上好!\n`, RULE), []);
  });

  it('without valid, checks now, and says so', () => {
    const text = '坐席:晚上好!我是客服代表{工号}。\n';
    const [f] = findingsOf(text, RULE);
    assert.match(f.message.zh, /没有 valid,现在\(2027-03-03 10:00\)/);
    assert.deepEqual(findingsOf(text, RULE, { now: new Date('2027-03-03T20:00:00+08:00') }), []);
  });

  it('passes the standard\'s template, words that are not a greeting, and traditional text alike', () => {
    assert.deepEqual(flagged('坐席:早上/中午/晚上好,××公司,我是××號。\n坐席:明天下午好吗?晚上好好休息。\n', RULE), []);
    assert.deepEqual(flagged(`${valid('2027-03-02 14:00 ~ 2027-03-02 17:00')}坐席:早上好!\n客户:早上好。\n`, RULE), ['早上好']);
  });

  it('reads slash alternatives as choices: a fitting one among them passes', () => {
    const afternoon = valid('2027-03-02 14:00 ~ 2027-03-02 17:00');
    assert.deepEqual(flagged(`${afternoon}坐席:早上好/您好,××公司。\n`, RULE), []);
    assert.deepEqual(flagged(`${afternoon}坐席:上午好/下午好,××公司。\n`, RULE), []);
    assert.deepEqual(flagged(`${afternoon}坐席:早上好/晚上好,××公司。\n`, RULE), ['早上好', '晚上好']);
    // Dates and Latin letters around a slash are not choices of words.
    assert.deepEqual(flagged(`${afternoon}坐席:3/早上好\n`, RULE), ['早上好']);
    // Glued to digits, as a mark nobody sees between leaves them (and hidden-characters' fix takes it out).
    assert.deepEqual(flagged(`${afternoon}坐席:5678早上好/您好\n`, RULE), ['早上好']);
    assert.deepEqual(flagged(`${afternoon}坐席:5678\u2069早上好/您好\n`, RULE), ['早上好']);
    assert.deepEqual(flagged(`${afternoon}坐席:5678的\u2069早上好/您好\n`, RULE), ['早上好']);
    assert.deepEqual(flagged(`${afternoon}坐席:早上好\u2069/您好\n`, RULE), []);
  });
});
