import type { CallscriptConfig } from '../config';
import { findGreetings, greetingWords, type GreetingHit } from '../greetings';
import { greetingsFor, holidayNames, holidayWindows, nextWindow, HOLIDAY_SOURCE, type HolidayWindow } from '../holidays';
import type { Rule, RuleContext } from '../rule';
import { turnAt } from '../document';
import { formatLocal, type TimeRange } from '../time';
import type { Severity } from '../types';
import { addValidFix, greetingFixes, validValue } from './greeting-fixes';

/**
 * 节日首问语 only inside its holiday's window (spec §3): the window must cover every minute of
 * `valid`. Without `valid` nobody can tell when the script is spoken, so the finding is a warning
 * that offers the holiday's window as `valid`.
 */

const SEVERITY_ORDER: readonly Severity[] = ['hint', 'info', 'warning', 'error'];

const milder = (a: Severity, b: Severity): Severity => (SEVERITY_ORDER.indexOf(a) < SEVERITY_ORDER.indexOf(b) ? a : b);

const covers = (w: TimeRange, r: TimeRange) => w.start <= r.start && r.end <= w.end;

export const holidayGreeting: Rule = {
  id: 'holiday-greeting',
  defaultSeverity: 'error',
  title: { zh: '节日问候语只在节日时间窗内使用', en: 'Use a holiday greeting only within its holiday window' },
  sources: [HOLIDAY_SOURCE],
  examples: {
    flag: [
      '新春快乐!我是XX移动10086客服代表{工号}。',
      '新春快樂!我是客服代表{工号}。',
      '---\nvalid: 2027-02-05 14:59 ~ 2027-02-12 24:00\n---\n坐席:新春快乐!我是客服代表{工号}。\n',
      '---\nvalid: 2027-02-06\n---\n坐席:新年快乐!我是客服代表{工号}。\n',
    ],
    pass: ['您好!我是XX移动10086客服代表{工号},今天联系您是……', '祝您生活愉快,再见!'],
  },
  // Only the script's first undated greeting offers to add `valid`; whether that is applied
  // depends on every other: for each holiday, the first greeting that is not one of its.
  turnsSeenElsewhere(doc, view, config) {
    const hits = findGreetings(config, view).filter((h) => h.holidays.length > 0);
    const turnOf = (hit: GreetingHit | undefined) => hit && turnAt(doc, hit.start);
    return [turnOf(hits[0]), ...holidayNames(config).map((name) => turnOf(hits.find((h) => !h.holidays.includes(name))))];
  },
  check(ctx) {
    const hits = findGreetings(ctx.config, ctx.view).filter((h) => h.holidays.length > 0);
    if (ctx.whenIsValid) {
      for (const hit of hits) checkAgainstValid(ctx, hit);
      return;
    }
    // One `valid` line answers every undated greeting: it is offered once, by the first.
    hits.forEach((hit, i) => checkUndated(ctx, hit, i === 0 ? hits : undefined));
  },
};

function checkAgainstValid(ctx: RuleContext, hit: GreetingHit): void {
  const valid = ctx.when;
  const own = holidayWindows(ctx.config, valid.start, valid.end).filter((w) => hit.holidays.includes(w.name));
  if (own.some((w) => covers(w, valid))) return;
  const text = ctx.doc.text.slice(hit.start, hit.end);
  const right = greetingsFor(ctx.config, valid);
  const say = greetingWords(right.greetings[0]);
  const shown = own.length > 0 ? own : nearest(ctx.config, hit.holidays, valid.start);
  const windows = shown.map((w) => `${w.name} ${validValue(w)}`).join('; ') || hit.holidays.join('/');
  const message = right.holiday
    ? {
        zh: `“${text}”不是${right.holiday}的问候语:valid(${validValue(valid)})在${right.holiday}时间窗内,应说“${say}”`,
        en: `"${text}" is not the greeting for ${right.holiday}: valid (${validValue(valid)}) is within the ${right.holiday} window; say "${say}"`,
      }
    : {
        zh: `节日问候语“${text}”的时间窗(${windows})不覆盖整个 valid(${validValue(valid)}),应说“${say}”`,
        en: `The window of holiday greeting "${text}" (${windows}) does not cover all of valid (${validValue(valid)}); say "${say}"`,
      };
  ctx.report(hit.start, hit.end, message, greetingFixes(ctx.doc, hit, right.greetings, text));
}

/**
 * `all`, given to the first greeting only: every undated greeting of the script, for the `valid`
 * line the first offers. Its window is a holiday's that every greeting is said for (新年好 and
 * 新春快乐: 春节), the one open now, else the next, and the line is applied. Where the greetings
 * name holidays that no one window serves (新春快乐 and 中秋快乐), the writer has to say which
 * they meant: the first one's window is only offered.
 */
function checkUndated(ctx: RuleContext, hit: GreetingHit, all: readonly GreetingHit[] | undefined): void {
  const now = ctx.when.start;
  const text = ctx.doc.text.slice(hit.start, hit.end);
  const shared = hit.holidays.filter((name) => all?.every((h) => h.holidays.includes(name)));
  const candidates = shared.length > 0 ? shared : hit.holidays;
  const current = holidayWindows(ctx.config, now, now + 1).filter((w) => hit.holidays.includes(w.name));
  const target = current.find((w) => candidates.includes(w.name)) ?? nearest(ctx.config, candidates, now)[0];
  const names = hit.holidays.join('/');
  const outside =
    current.length > 0
      ? { zh: '', en: '' }
      : { zh: `;现在(${formatLocal(now)})不在${names}时间窗内`, en: `; now (${formatLocal(now)}) is outside the ${names} window` };
  const fix = all && target ? addValidFix(ctx.doc, target, { zh: `${target.name}时间窗`, en: `the ${target.name} window` }, shared.length > 0) : undefined;
  const severity = milder(ctx.settings.severity as Severity, 'warning');
  ctx.report(
    hit.start,
    hit.end,
    {
      zh: `节日问候语“${text}”所在话术没有 valid,无法确认在节日时间窗内使用,请在前置信息写明使用时间${outside.zh}`,
      en: `Holiday greeting "${text}" in a script with no valid: say in the front matter when the script is spoken${outside.en}`,
    },
    fix ? [fix] : [],
    { severity },
  );
}

/** The next window of each of the holidays, earliest first. */
function nearest(config: CallscriptConfig, holidays: readonly string[], after: number): HolidayWindow[] {
  return holidays
    .map((name) => nextWindow(config, name, after))
    .filter((w): w is HolidayWindow => w !== undefined)
    .sort((a, b) => a.start - b.start);
}
