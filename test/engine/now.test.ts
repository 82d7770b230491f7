import { strict as assert } from 'node:assert';
import { formatLocal, localMinute, minuteOfNow, parseNow } from '../../server/src/engine/time';
import { nowOf, sanitize } from '../../server/src/lsp/settings';
import { findingsOf } from '../helpers';

/** `--now` and `callscript.now`: the same verdict on every machine, whatever its time zone. */
describe('now', () => {
  const inShanghai = (s: string) => formatLocal(minuteOfNow(parseNow(s), 'Asia/Shanghai'));
  const inUtc = (s: string) => formatLocal(minuteOfNow(parseNow(s), 'UTC'));

  it('reads a time without an offset as that wall time in the script’s zone, not the host’s', () => {
    assert.equal(inShanghai('2027-02-05T14:30'), '2027-02-05 14:30');
    assert.equal(inUtc('2027-02-05T14:30'), '2027-02-05 14:30');
    assert.equal(inShanghai('2027-02-05 14:30:59'), '2027-02-05 14:30');
  });

  it('reads a date alone as midnight of that day in the script’s zone', () => {
    assert.equal(inShanghai('2027-02-05'), '2027-02-05 00:00');
    assert.equal(inUtc('2027-02-05'), '2027-02-05 00:00');
  });

  it('reads a time with an offset as one instant, shown in each zone', () => {
    assert.equal(inShanghai('2027-02-05T14:30Z'), '2027-02-05 22:30');
    assert.equal(inUtc('2027-02-05T14:30+08:00'), '2027-02-05 06:30');
    assert.equal(inUtc('2027-02-05T14:30-0530'), '2027-02-05 20:00');
    assert.equal(inUtc('2027-02-05T14:30:15.250+08'), '2027-02-05 06:30');
  });

  it('refuses a day the calendar does not have instead of rolling it into the next month', () => {
    for (const bad of ['2027-02-31', '2027-02-30T10:00Z', '2027-02-29', '2027-13-01', '2027-00-10', '2027-04-31T10:00', '2027-02-05T24:00', '2027-02-05T10:60', '2027-02-05T10:00+25:00', 'tomorrow', '2027', '2027-02-05T10:00 Z']) {
      assert.equal(parseNow(bad), undefined, bad);
    }
    assert.notEqual(parseNow('2028-02-29'), undefined);
  });

  it('reads years literally', () => {
    assert.equal(formatLocal(minuteOfNow(parseNow('0027-02-06'), 'UTC')), '27-02-06 00:00');
    assert.equal(localMinute(27, 2, 6) < localMinute(1927, 2, 6), true);
  });

  it('gives the same verdict for a wall time in scripts of different zones (春节 starts 2027-02-05 15:00 local)', () => {
    const greet = (zone: string) => `---\ntimezone: ${zone}\n---\n坐席:新春快乐!我是客服代表{工号}。\n`;
    const outside = (zone: string, now: string) =>
      findingsOf(greet(zone), 'holiday-greeting', { now: parseNow(now) }).some((f) => /is outside the 春节 window/.test(f.message.en));
    for (const zone of ['Asia/Shanghai', 'UTC', 'America/Los_Angeles']) {
      assert.equal(outside(zone, '2027-02-05T14:30'), true, `${zone}: before the window`);
      assert.equal(outside(zone, '2027-02-05T15:00'), false, `${zone}: inside the window`);
    }
  });

  it('reads the callscript.now setting as --now is read, falling back to the server’s --now', () => {
    const server = parseNow('2030-01-01T00:00Z');
    assert.deepEqual(nowOf(sanitize({ now: '2027-02-05T14:30' }), server), parseNow('2027-02-05T14:30'));
    assert.equal(nowOf(sanitize({ now: '2027-02-31' }), server), server);
    assert.equal(nowOf(sanitize({}), server), server);
  });
});
