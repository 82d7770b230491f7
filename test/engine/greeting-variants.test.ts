import { strict as assert } from 'node:assert';
import { LunarDay } from 'tyme4ts';
import type { CallscriptConfig } from '../../server/src/engine';
import { holidaysOf } from '../../server/src/engine/holidays';
import { flagged } from '../helpers';

const script = (valid: string, body: string) => ['---', `valid: ${valid}`, '---', body].join('\n') + '\n';

function lunarDay(year: number, month: number, day: number): string {
  const solar = LunarDay.fromYmd(year, month, day).getSolarDay();
  return `${solar.getYear()}-${String(solar.getMonth()).padStart(2, '0')}-${String(solar.getDay()).padStart(2, '0')}`;
}

describe('holiday and weekend greeting variants', () => {
  describe('the table\'s other greetings are checked against its windows', () => {
    const cases: Array<[string, string, string]> = [
      // [greeting, a valid inside its window, a valid outside it]
      ['元宵快乐', '2027-02-20 07:00 ~ 2027-02-20 24:00', '2027-02-21'],
      ['元宵快樂', '2027-02-20 07:00 ~ 2027-02-20 24:00', '2027-02-21'],
      ['春节好', '2027-02-06', '2027-03-03'],
      ['新年好', '2027-02-06', '2027-03-03'],
      ['新年好', '2027-01-01', '2027-03-03'],
      ['过年好', '2027-02-07', '2027-02-20'],
      ['元旦快乐', '2027-01-01', '2027-01-02'],
      ['国庆节快乐', '2027-10-02', '2027-10-08'],
      ['圣诞节快乐', '2027-12-25', '2027-12-26'],
    ];
    for (const [greeting, inside, outside] of cases) {
      it(`${greeting}: passes in ${inside}, flagged in ${outside}`, () => {
        assert.deepEqual(flagged(script(inside, `坐席:${greeting}!我是客服代表{工号}。`), 'holiday-greeting'), []);
        assert.deepEqual(flagged(script(outside, `坐席:${greeting}!我是客服代表{工号}。`), 'holiday-greeting'), [greeting]);
      });
    }
  });

  it('周末愉快 is a weekend greeting: right from Friday 13:00 to Sunday 20:00 only', () => {
    assert.deepEqual(flagged(script('2027-03-06', '坐席:祝您周末愉快,再见!'), 'weekend-greeting'), []);
    assert.deepEqual(flagged(script('2027-03-03', '坐席:祝您周末愉快,再见!'), 'weekend-greeting'), ['周末愉快']);
    assert.deepEqual(flagged(script('2027-03-03', '坐席:祝您週末愉快,再見!'), 'weekend-greeting'), ['週末愉快']);
  });

  describe('端午, 七夕 and 重阳: lunar holidays a config turns on', () => {
    const cases: Array<[string, number, number, string[]]> = [
      ['端午', 5, 5, ['端午节快乐', '端午安康', '端午快乐']],
      ['七夕', 7, 7, ['七夕快乐', '七夕节快乐']],
      ['重阳', 9, 9, ['重阳节快乐', '重阳快乐', '重阳安康']],
    ];
    for (const [name, month, date, greetings] of cases) {
      const day = lunarDay(2027, month, date);
      // A built-in name alone turns it on: the schema and the config reader accept it (see config-file tests).
      const config = { holidays: [{ name }] } as CallscriptConfig;
      it(`${name} is off by default: its greetings are not checked`, () => {
        for (const g of greetings) assert.deepEqual(flagged(script('2027-03-03', `坐席:${g}!`), 'holiday-greeting'), [], g);
      });
      it(`${name} on by its name alone: ${greetings.join(', ')} only on ${day} from 07:00`, () => {
        for (const g of greetings) {
          assert.deepEqual(flagged(script(`${day} 07:00 ~ ${day} 24:00`, `坐席:${g}!`), 'holiday-greeting', { config }), [], g);
          assert.deepEqual(flagged(script(`${day} 06:59 ~ ${day} 24:00`, `坐席:${g}!`), 'holiday-greeting', { config }), [g], g);
          assert.deepEqual(flagged(script('2027-03-03', `坐席:${g}!`), 'holiday-greeting', { config }), [g], g);
        }
      });
    }

    it('an entry that gives its own keys keeps the other greetings (端午安康 wherever 端午 is configured)', () => {
      const config: CallscriptConfig = { holidays: [{ name: '端午', lunar: '05-05', from: '07:00', to: '24:00', greeting: '端午节快乐!' }] };
      const [dragonBoat] = holidaysOf(config).filter((h) => h.name === '端午');
      assert.deepEqual(dragonBoat.also, ['端午安康', '端午快乐']);
      assert.deepEqual(flagged(script('2027-03-03', '坐席:端午安康!'), 'holiday-greeting', { config }), ['端午安康']);
    });
  });

  it('an entry for a built-in holiday keeps its other greetings', () => {
    const config: CallscriptConfig = { holidays: [{ name: '元宵', lunar: '01-15', greeting: '元宵节快乐!' }] };
    assert.deepEqual(holidaysOf(config).find((h) => h.name === '元宵')?.also, ['元宵快乐']);
  });
});
