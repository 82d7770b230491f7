import { isFaceToFace } from '../front-matter';
import type { Rule, RuleContext } from '../rule';
import { formatLocal, MINUTES_PER_DAY, type TimeRange } from '../time';
import type { Fix } from '../types';
import { anotherChoiceFits } from './alternatives';
import { validValue } from './greeting-fixes';
import { opensClause } from './phrase-context';
import { replaceFix } from './reword';
import { originalRange, sentenceMatches, type ViewMatch } from './turn-text';

/**
 * 早上好 / 上午好 / 中午好 / 下午好 / 晚上好 only when every minute of `valid` (or, without it, "now")
 * falls in that part of the day. 001 asks the agent to greet by the time of day; the hours are ours.
 */

const S001 = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫業務電話禮儀標準 第2條 通話中的禮儀 1' };

interface Period {
  words: readonly string[];
  /** Minutes of the day, [from, to); `to` below `from` runs past midnight. */
  from: number;
  to: number;
  zh: string;
  en: string;
  greeting: string;
}

/**
 * Wide and overlapping, so that only a greeting that is plainly wrong for the hour is flagged:
 * 上午好 at 08:30 and 早上好 at 09:30 are both said. 001's template (早上/中午/晚上好) has no 上午:
 * its 早上好 is the whole morning's greeting, so it runs to noon as 上午好 does. See
 * docs/rules/time-of-day-greeting.md.
 */
const PERIODS: readonly Period[] = [
  { words: ['早上', '早晨', '早安'], from: 5 * 60, to: 12 * 60, zh: '早上', en: 'morning', greeting: '早上好' },
  { words: ['上午'], from: 8 * 60, to: 12 * 60, zh: '上午', en: 'forenoon', greeting: '上午好' },
  { words: ['中午'], from: 11 * 60, to: 14 * 60, zh: '中午', en: 'noon', greeting: '中午好' },
  { words: ['下午'], from: 12 * 60, to: 18 * 60, zh: '下午', en: 'afternoon', greeting: '下午好' },
  { words: ['晚上'], from: 18 * 60, to: 5 * 60, zh: '晚上', en: 'evening', greeting: '晚上好' },
];

/**
 * In the view (simplified, 您 → 你, punctuation dropped). A run of period words before one 好 is
 * 001's template 早上/中午/晚上好, which the agent picks from: not a greeting to check. 好 that goes
 * on into 好好 / 好的 / 好了 / 好吗 is not a greeting (明天下午好吗, 晚上好好休息).
 */
const GREETING_RE = /((?:早上|早晨|上午|中午|下午|晚上)+)好(?![好的了吗不些多久像])|早安/g;
const PERIOD_WORD_RE = /早上|早晨|上午|中午|下午|晚上/g;
const PLAIN_GREETING = '您好';

const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

export const timeOfDayGreeting: Rule = {
  id: 'time-of-day-greeting',
  defaultSeverity: 'warning',
  title: { zh: '早上好、下午好等问候语须与通话时段相符', en: 'A time-of-day greeting must fit the hours the script is spoken' },
  sources: [S001],
  examples: {
    flag: [
      '---\nvalid: 2027-03-02 14:00 ~ 2027-03-02 17:00\n---\n坐席:早上好!我是{公司}客服代表{工号},请问有什么可以帮您?\n',
      '---\nvalid: 2027-03-02 09:00 ~ 2027-03-02 20:00\n---\n坐席:晚上好!我是客服代表{工号}。\n',
      '---\nvalid: 2027-03-02\n---\n坐席:下午好,××公司,我是{工号}号,請問有什麽可以幫您?\n',
      // Without valid, "now" (10:00 in the examples' runs) is not the evening.
      '晚上好!我是客服代表{工号}。',
      '晚上好/下午好,××公司,很高兴为您服务!',
      '---\nchannel: bot\nvalid: 2027-03-02 09:00 ~ 2027-03-02 20:00\n---\n坐席:晚上好,王先生!\n',
      '---\nchannel: counter\nvalid: 2027-03-02 09:00 ~ 2027-03-02 17:00\n---\n坐席:晚上好,欢迎光临!\n',
    ],
    pass: [
      '早上/中午/晚上好,××公司,我是××號,請問有什麽可以幫您?',
      '---\nvalid: 2027-03-02 19:00 ~ 2027-03-02 22:00\n---\n坐席:晚上好!我是客服代表{工号}。\n',
      '---\nvalid: 2027-03-02 13:00 ~ 2027-03-02 17:30\n---\n坐席:下午好!我是{公司}客服代表{工号},请问有什么可以帮您?\n',
      '---\nvalid: 2027-03-02 08:30 ~ 2027-03-02 09:45\n---\n坐席:早上好!我是客服代表{工号}。\n',
      '您好!我是XX移动10086客服代表XXX(工号),今天联系您是……',
      '请问您明天下午方便吗?晚上好好休息。',
      '早上好/您好',
      '您好/上午好/下午好,××公司,很高兴为您服务!',
      '---\nchannel: bot\n---\n坐席:晚上好,王先生!看到您上周咨询过我们的家庭套餐。\n',
      '---\nchannel: counter\n---\n坐席:晚上好,欢迎光临!\n',
    ],
  },
  check(ctx) {
    // A dialogue bot's script says its lines whenever the bot runs them (its platform picks the
    // greeting for the hour), and a counter's or a visit's whenever the customer walks in (the
    // clerk greets by the hour they see): without `valid`, the moment of linting tells nothing about when.
    const channel = ctx.doc.frontMatter.channel;
    if (!ctx.whenIsValid && (channel === 'bot' || isFaceToFace(channel))) return;
    for (const m of sentenceMatches(ctx.view, GREETING_RE)) {
      const said = ctx.view.text.slice(m.start, m.end);
      const words = said.match(PERIOD_WORD_RE) ?? ['早安'];
      if (words.length > 1) continue;
      const period = PERIODS.find((p) => p.words.includes(words[0])) as Period;
      if (covers(period, ctx.when)) continue;
      // 早上好/您好 offers the agent 您好 too: the greeting said is the one that fits.
      if (anotherChoiceFits(ctx.doc, ctx.view.origin[m.start], (choice) => choiceFits(choice, ctx.when))) continue;
      report(ctx, m, period);
    }
  },
};

/** A choice the agent may say at these hours: no time-of-day greeting, or one whose period covers them. */
function choiceFits(choice: string, when: TimeRange): boolean {
  const words = choice.match(PERIOD_WORD_RE) ?? (choice.includes('早安') ? ['早安'] : []);
  if (words.length === 0) return true;
  return words.length === 1 && covers(PERIODS.find((p) => p.words.includes(words[0])) as Period, when);
}

function inPeriod(p: Period, minuteOfDay: number): boolean {
  return p.from < p.to ? minuteOfDay >= p.from && minuteOfDay < p.to : minuteOfDay >= p.from || minuteOfDay < p.to;
}

/** Whether every minute of a range falls in the period (a range of a day or more never does). */
function covers(p: Period, range: TimeRange): boolean {
  if (range.end - range.start >= MINUTES_PER_DAY) return false;
  for (let m = range.start; m < range.end; m++) {
    if (!inPeriod(p, ((m % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY)) return false;
  }
  return true;
}

function report(ctx: RuleContext, m: ViewMatch, period: Period): void {
  const { start, end } = originalRange(ctx.view, m.start, m.end);
  const text = ctx.doc.text.slice(start, end);
  const hours = `${clock(period.from)}–${clock(period.to)}`;
  const when = ctx.whenIsValid
    ? { zh: `valid(${validValue(ctx.when)})不全在其内`, en: `valid (${validValue(ctx.when)}) is not wholly within them` }
    : { zh: `没有 valid,现在(${formatLocal(ctx.when.start)})不在其内`, en: `with no valid, now (${formatLocal(ctx.when.start)}) is outside them` };
  const fitting = PERIODS.filter((p) => p !== period && covers(p, ctx.when)).map((p) => p.greeting);
  // 您好 fits every hour, and every clause a greeting opens (王先生,下午好); not 祝您晚上好 or 大家早上好.
  const preferred = opensClause(ctx.view, m.start);
  const fixes: Fix[] = [PLAIN_GREETING, ...fitting].map((g, i) => replaceFix(ctx.doc, start, end, g, preferred && i === 0));
  ctx.report(
    start,
    end,
    {
      zh: `“${text}”只用于${period.zh}(${hours});${when.zh},应说“${PLAIN_GREETING}”`,
      en: `"${text}" is for the ${period.en} (${hours}); ${when.en}: say "${PLAIN_GREETING}"`,
    },
    fixes,
  );
}
