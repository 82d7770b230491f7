import { strict as assert } from 'node:assert';
import { LunarDay, SolarDay } from 'tyme4ts';
import type { CallscriptConfig } from '../../server/src/engine';
import { greetingsFor, holidayWindows, nextWindow, weekendWindows, type HolidayWindow } from '../../server/src/engine/holidays';
import { formatLocal, formatLocalEnd, localMinute, MINUTES_PER_DAY } from '../../server/src/engine/time';

const DAY = MINUTES_PER_DAY;
const at = (date: string, clock = '00:00') => {
  const [y, m, d] = date.split('-').map(Number);
  const [h, min] = clock.split(':').map(Number);
  return localMinute(y, m, d, h * 60 + min);
};
const dayOf = (s: SolarDay) => localMinute(s.getYear(), s.getMonth(), s.getDay());
const shown = (w: { start: number; end: number }) => `${formatLocal(w.start)} ~ ${formatLocalEnd(w.end)}`;

/** The one window of a holiday that starts in a solar year. */
function windowIn(config: CallscriptConfig, name: string, year: number): HolidayWindow {
  const found = holidayWindows(config, localMinute(year, 1, 1), localMinute(year + 1, 1, 1)).filter(
    (w) => w.name === name && w.start >= localMinute(year, 1, 1) && w.start < localMinute(year + 1, 1, 1),
  );
  assert.equal(found.length, 1, `${name} ${year}: ${found.map(shown).join(', ')}`);
  return found[0];
}

describe('holiday calendar', () => {
  describe('lunar windows agree with tyme4ts for every year 1990–2060', () => {
    for (let year = 1990; year <= 2060; year++) {
      it(String(year), () => {
        // Expected straight from tyme4ts: 除夕 is the day before 正月初一, whatever 腊月's length.
        const firstDay = LunarDay.fromYmd(year, 1, 1).getSolarDay();
        const eve = firstDay.next(-1);
        const eveLunar = eve.getLunarDay();
        assert.equal(eveLunar.getMonth(), 12);
        assert.ok(eveLunar.getDay() === 29 || eveLunar.getDay() === 30);
        assert.equal(eve.next(1).getLunarDay().getDay(), 1);
        const seventh = LunarDay.fromYmd(year, 1, 7).getSolarDay();
        const lantern = LunarDay.fromYmd(year, 1, 15).getSolarDay();
        const midAutumn = LunarDay.fromYmd(year, 8, 15).getSolarDay();

        const spring = windowIn({}, '春节', year);
        assert.equal(spring.start, dayOf(eve) + 15 * 60);
        assert.equal(spring.end, dayOf(seventh) + DAY);
        assert.equal(spring.start + 9 * 60, dayOf(firstDay), '除夕 15:00 is nine hours before 初一');
        const yuanxiao = windowIn({}, '元宵', year);
        assert.deepEqual([yuanxiao.start, yuanxiao.end], [dayOf(lantern) + 7 * 60, dayOf(lantern) + DAY]);
        const zhongqiu = windowIn({}, '中秋', year);
        assert.deepEqual([zhongqiu.start, zhongqiu.end], [dayOf(midAutumn) + 7 * 60, dayOf(midAutumn) + DAY]);
      });
    }
  });

  it('puts 除夕 on 腊月廿九 where 腊月 is short: 2025-01-28 and 2026-02-16', () => {
    assert.equal(shown(windowIn({}, '春节', 2025)), '2025-01-28 15:00 ~ 2025-02-04 24:00');
    assert.equal(SolarDay.fromYmd(2025, 1, 28).getLunarDay().getDay(), 29);
    assert.equal(shown(windowIn({}, '春节', 2026)), '2026-02-16 15:00 ~ 2026-02-23 24:00');
    assert.equal(SolarDay.fromYmd(2026, 2, 16).getLunarDay().getDay(), 29);
  });

  it('knows the 2027 dates: 除夕 Feb 5, 初七 Feb 12, 元宵 Feb 20, 中秋 Sep 15', () => {
    assert.equal(shown(windowIn({}, '春节', 2027)), '2027-02-05 15:00 ~ 2027-02-12 24:00');
    assert.equal(shown(windowIn({}, '元宵', 2027)), '2027-02-20 07:00 ~ 2027-02-20 24:00');
    assert.equal(shown(windowIn({}, '中秋', 2027)), '2027-09-15 07:00 ~ 2027-09-15 24:00');
  });

  it('has the solar windows of the table, 元旦 running into the new year', () => {
    assert.equal(shown(windowIn({}, '元旦', 2026)), '2026-12-31 16:00 ~ 2027-01-01 24:00');
    assert.equal(shown(windowIn({}, '五一', 2027)), '2027-04-30 16:00 ~ 2027-05-03 24:00');
    assert.equal(shown(windowIn({}, '国庆', 2027)), '2027-09-30 16:00 ~ 2027-10-03 24:00');
    assert.equal(shown(windowIn({}, '圣诞', 2027)), '2027-12-24 16:00 ~ 2027-12-25 24:00');
    // A range starting on New Year's Day still sees the window that opened the evening before.
    assert.deepEqual(holidayWindows({}, at('2027-01-01', '10:00'), at('2027-01-01', '11:00')).map((w) => w.name), ['元旦']);
  });

  it('puts 中秋 inside 国庆 on 2020-10-01 and on 2025-10-06 (after it)', () => {
    const day = { start: at('2020-10-01', '07:00'), end: at('2020-10-02') };
    assert.deepEqual(holidayWindows({}, day.start, day.end).map((w) => w.name), ['国庆', '中秋']);
    assert.deepEqual(greetingsFor({}, day), { greetings: ['中秋快乐!', '节日快乐!'], holiday: '中秋' });
    assert.equal(shown(windowIn({}, '中秋', 2025)), '2025-10-06 07:00 ~ 2025-10-06 24:00');
  });

  it('returns windows sorted by start and only those that intersect', () => {
    const list = holidayWindows({}, at('2027-01-01'), at('2028-01-01'));
    assert.deepEqual(list.map((w) => w.name), ['元旦', '春节', '元宵', '五一', '中秋', '国庆', '圣诞', '元旦']);
    assert.deepEqual(holidayWindows({}, at('2027-02-12', '24:00'), at('2027-02-20', '07:00')), []);
  });

  it('computes a year once: the same window objects come back', () => {
    const config: CallscriptConfig = {};
    const a = holidayWindows(config, at('2031-01-01'), at('2031-12-31'));
    const b = holidayWindows(config, at('2031-06-01'), at('2031-12-31'));
    assert.ok(b.every((w) => a.includes(w)));
  });

  describe('weekend windows', () => {
    it('run from Friday 13:00 to Sunday 20:00', () => {
      assert.deepEqual(weekendWindows(at('2027-03-03'), at('2027-03-15')).map(shown), [
        '2027-03-05 13:00 ~ 2027-03-07 20:00',
        '2027-03-12 13:00 ~ 2027-03-14 20:00',
      ]);
    });

    it('include the window already open at the start and none that only touch the range', () => {
      assert.deepEqual(weekendWindows(at('2027-03-07', '19:59'), at('2027-03-07', '20:00')).map(shown), ['2027-03-05 13:00 ~ 2027-03-07 20:00']);
      assert.deepEqual(weekendWindows(at('2027-03-07', '20:00'), at('2027-03-12', '13:00')), []);
    });
  });

  describe('greetingsFor', () => {
    it('gives the holiday, then the weekend, then 您好', () => {
      assert.deepEqual(greetingsFor({}, { start: at('2027-02-06'), end: at('2027-02-07') }), { greetings: ['新春快乐!'], holiday: '春节' });
      assert.deepEqual(greetingsFor({}, { start: at('2027-03-06'), end: at('2027-03-07') }), { greetings: ['周末好!'] });
      assert.deepEqual(greetingsFor({}, { start: at('2027-03-03'), end: at('2027-03-04') }), { greetings: ['您好!'] });
    });

    it('needs the whole range covered', () => {
      assert.deepEqual(greetingsFor({}, { start: at('2027-02-05', '14:59'), end: at('2027-02-06') }), { greetings: ['您好!'] });
      assert.deepEqual(greetingsFor({}, { start: at('2027-03-05', '12:59'), end: at('2027-03-06') }), { greetings: ['您好!'] });
    });

    it('never gives 周末好 for a weekend that a holiday touches', () => {
      // Christmas Friday 2026: the weekend covers the range, but 圣诞 outranks it on the 25th.
      assert.deepEqual(greetingsFor({}, { start: at('2026-12-25', '13:00'), end: at('2026-12-27', '20:00') }), { greetings: ['您好!'] });
    });
  });

  describe('nextWindow', () => {
    it('finds the next window of a holiday at or after a minute', () => {
      assert.equal(shown(nextWindow({}, '春节', at('2027-03-03', '10:00')) as HolidayWindow), '2028-01-25 15:00 ~ 2028-02-01 24:00');
      assert.equal(shown(nextWindow({}, '春节', at('2027-02-05', '15:00')) as HolidayWindow), '2027-02-05 15:00 ~ 2027-02-12 24:00');
      assert.equal(shown(nextWindow({}, '元旦', at('2027-01-01')) as HolidayWindow), '2027-12-31 16:00 ~ 2028-01-01 24:00');
      assert.equal(nextWindow({}, '端午', at('2027-01-01')), undefined);
    });

    it('skips years where the date does not exist', () => {
      const config: CallscriptConfig = { holidays: [{ name: '闰日', solar: '02-29', greeting: '闰日快乐!' }] };
      assert.equal(shown(nextWindow(config, '闰日', at('2025-01-01')) as HolidayWindow), '2028-02-29 00:00 ~ 2028-02-29 24:00');
    });
  });

  describe('config holidays', () => {
    const dragonBoat: CallscriptConfig = { holidays: [{ name: '端午', lunar: '05-05', from: '07:00', to: '24:00', greeting: '端午节快乐!' }] };

    it('add a lunar holiday on the day tyme4ts gives', () => {
      for (const year of [2025, 2027, 2040]) {
        const day = dayOf(LunarDay.fromYmd(year, 5, 5).getSolarDay());
        const w = windowIn(dragonBoat, '端午', year);
        assert.deepEqual([w.start, w.end, w.greeting], [day + 7 * 60, day + DAY, '端午节快乐!']);
      }
      assert.equal(shown(windowIn(dragonBoat, '端午', 2027)), '2027-06-09 07:00 ~ 2027-06-09 24:00');
    });

    it('change only the keys an entry gives of a built-in holiday of the same name', () => {
      const config: CallscriptConfig = { holidays: [{ name: '国庆', solar: '10-01', to: '20:00', days: 6, greeting: '国庆快乐!' }] };
      const w = windowIn(config, '国庆', 2027);
      assert.equal(shown(w), '2027-10-01 16:00 ~ 2027-10-07 20:00');
      assert.deepEqual([w.greeting, w.also], ['国庆快乐!', ['国庆快乐', '国庆节快乐']]);
      assert.equal(shown(windowIn({ holidays: [{ name: '国庆', days: 6 } as never] }, '国庆', 2027)), '2027-09-30 16:00 ~ 2027-10-06 24:00');
      assert.equal(holidayWindows(config, at('2027-01-01'), at('2028-01-01')).filter((x) => x.name === '国庆').length, 1);
    });

    it('let a later entry of the same name win (a nested config over its parent)', () => {
      const config: CallscriptConfig = {
        holidays: [
          { name: '圣诞', solar: '12-25', greeting: '圣诞节快乐!' },
          { name: '圣诞', lunar: '12-08', greeting: '腊八快乐!' },
        ],
      };
      // 腊八 of the lunar year 2027 falls in January 2028.
      const day = dayOf(LunarDay.fromYmd(2027, 12, 8).getSolarDay());
      // The entries give no times: the built-in 圣诞's (16:00, one day on, 24:00) stay.
      assert.equal(shown(windowIn(config, '圣诞', 2028)), `${formatLocal(day + 16 * 60)} ~ ${formatLocalEnd(day + 2 * DAY)}`);
      assert.equal(holidayWindows(config, at('2027-12-24'), at('2027-12-26')).length, 0);
    });

    it('leave out entries that cannot be a holiday', () => {
      const config = {
        holidays: [
          { name: '坏日期', solar: '13-01', greeting: 'x' },
          { name: '两个锚点', solar: '01-02', lunar: '01-02', greeting: 'x' },
          { name: '坏时刻', solar: '01-02', from: '25:00', greeting: 'x' },
          { name: '无问候', solar: '01-02' },
        ],
      } as unknown as CallscriptConfig;
      const names = holidayWindows(config, at('2027-01-01'), at('2027-01-05')).map((w) => w.name);
      assert.deepEqual(names, ['元旦']);
    });
  });
});
