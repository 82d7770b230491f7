import type { CallscriptConfig } from '../config';
import { findGreetings, greetingWords, type GreetingHit } from '../greetings';
import { greetingsFor, holidayWindows, nextWindow, HOLIDAY_SOURCE, type HolidayWindow } from '../holidays';
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
  // Only the script's first undated greeting offers to add `valid`.
  turnsSeenElsewhere(doc, view, config) {
    const first = findGreetings(config, view).find((h) => h.holidays.length > 0);
    return [first && turnAt(doc, first.start)];
  },
  check(ctx) {
    let offerValid = true;
    for (const hit of findGreetings(ctx.config, ctx.view)) {
      if (hit.holidays.length === 0) continue;
      if (ctx.whenIsValid) checkAgainstValid(ctx, hit);
      else {
        // Every undated greeting says the same; one `valid` line answers them all.
        checkUndated(ctx, hit, offerValid);
        offerValid = false;
      }
    }
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

function checkUndated(ctx: RuleContext, hit: GreetingHit, offerValid: boolean): void {
  const now = ctx.when.start;
  const text = ctx.doc.text.slice(hit.start, hit.end);
  const current = holidayWindows(ctx.config, now, now + 1).filter((w) => hit.holidays.includes(w.name));
  const target = current[0] ?? nearest(ctx.config, hit.holidays, now)[0];
  const names = hit.holidays.join('/');
  const outside =
    current.length > 0
      ? { zh: '', en: '' }
      : { zh: `;现在(${formatLocal(now)})不在${names}时间窗内`, en: `; now (${formatLocal(now)}) is outside the ${names} window` };
  const fix = offerValid && target ? addValidFix(ctx.doc, target, { zh: `${target.name}时间窗`, en: `the ${target.name} window` }, true) : undefined;
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
