import type { CallscriptConfig } from '../config';
import { firstTurn, turnAt, type ScriptDocument, type Turn } from '../document';
import { findGreetings, greetingWords, type GreetingHit } from '../greetings';
import { greetingsFor, holidayWindows, weekendWindows, WEEKEND_GREETING, WEEKEND_SOURCE } from '../holidays';
import type { Rule, RuleContext } from '../rule';
import { saysSomething, withoutUnseenEnds } from '../says-something';
import { formatLocal, MINUTES_PER_DAY, type TimeRange } from '../time';
import { inScriptOf } from '../chinese-script';
import { addValidFix, greetingFixes, validValue } from './greeting-fixes';
import { editFix } from './reword';

/**
 * 周末首问语 (spec §3): `周末好` only from Friday 13:00 to Sunday 20:00 and in no holiday (a
 * holiday outranks the weekend), and a script spoken wholly inside that window opens with it.
 */

const WINDOW = { zh: '周五 13:00 至周日 20:00', en: 'Friday 13:00 to Sunday 20:00' };
/** How many weekends ahead the "add valid" fix looks for one that no holiday touches. */
const WEEKENDS_AHEAD = 8;

export const weekendGreeting: Rule = {
  id: 'weekend-greeting',
  defaultSeverity: 'warning',
  title: { zh: '周末问候语只在周末时间窗内使用', en: 'Use the weekend greeting only within the weekend window' },
  sources: [WEEKEND_SOURCE],
  examples: {
    flag: [
      '周末好!我是XX移动10086客服代表{工号},今天联系您是……',
      '週末好!我是客服代表{工號}。',
      '---\nvalid: 2027-03-08\n---\n坐席:周末好!我是客服代表{工号}。\n',
    ],
    pass: ['您好!我是XX移动10086客服代表{工号},今天联系您是……', '---\nvalid: 2027-03-06\n---\n坐席:祝您周末愉快,再见!\n'],
  },
  // The script's first misplaced greeting, whether it has a holiday greeting anywhere, its opening turn.
  turnsSeenElsewhere(doc, view, config) {
    const hits = findGreetings(config, view);
    const plain = hits.find((h) => h.holidays.length === 0);
    const holiday = hits.find((h) => h.holidays.length > 0);
    return [plain && turnAt(doc, plain.start), holiday && turnAt(doc, holiday.start), firstTurn(doc, (t) => t.role === 'agent')];
  },
  check(ctx) {
    const hits = findGreetings(ctx.config, ctx.view);
    // Without valid there is no opening to check, only greetings said: none said, nothing to do.
    if (hits.length === 0 && ctx.doc.frontMatter.valid === undefined) return;
    const right = greetingsFor(ctx.config, ctx.when);
    const weekendIsRight = right.greetings[0] === WEEKEND_GREETING;
    const hasHolidayGreeting = hits.some((h) => h.holidays.length > 0);
    let offerValid = true;
    for (const hit of hits) {
      if (hit.holidays.length > 0 || weekendIsRight) continue;
      reportMisplaced(ctx, hit, right, offerValid && !hasHolidayGreeting);
      offerValid = false;
    }
    if (ctx.whenIsValid && weekendIsRight) checkOpening(ctx, hits);
  },
};

function reportMisplaced(ctx: RuleContext, hit: GreetingHit, right: { greetings: string[]; holiday?: string }, offerValid: boolean): void {
  const text = ctx.doc.text.slice(hit.start, hit.end);
  const say = greetingWords(right.greetings[0]);
  const range = validValue(ctx.when);
  const when = ctx.whenIsValid
    ? { zh: `valid(${range})`, en: `valid (${range})`, outside: { zh: '不全在其内', en: 'is not wholly within it' } }
    : {
        zh: `没有 valid,现在(${formatLocal(ctx.when.start)})`,
        en: `with no valid, now (${formatLocal(ctx.when.start)})`,
        outside: { zh: '不在其内', en: 'is outside it' },
      };
  const message = right.holiday
    ? {
        zh: `${when.zh}在${right.holiday}时间窗内,节日优先于周末,“${text}”应改为“${say}”`,
        en: `${cap(when.en)} is within the ${right.holiday} window, and a holiday outranks the weekend: say "${say}", not "${text}"`,
      }
    : {
        zh: `“${text}”只用于${WINDOW.zh};${when.zh}${when.outside.zh},应说“${say}”`,
        en: `"${text}" is only for ${WINDOW.en}; ${when.en} ${when.outside.en}: say "${say}"`,
      };
  const fixes = greetingFixes(ctx.doc, hit, right.greetings, text);
  if (!ctx.whenIsValid) {
    // Undated, the writer may well have meant a weekend: dating the script keeps their words, so
    // that is the preferred fix, offered once (one `valid` line answers every greeting).
    const weekend = nextPlainWeekend(ctx.config, ctx.when.start);
    const add = weekend && addValidFix(ctx.doc, weekend, { zh: '下一个周末', en: 'the next weekend' }, offerValid);
    for (const f of fixes) delete f.preferred;
    if (add) fixes.unshift(add);
  }
  ctx.report(hit.start, hit.end, message, fixes);
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The first weekend window from a minute on that no holiday touches. */
function nextPlainWeekend(config: CallscriptConfig, from: number): TimeRange | undefined {
  const weeks = weekendWindows(from, from + WEEKENDS_AHEAD * 7 * MINUTES_PER_DAY);
  return weeks.find((w) => w.start >= from && holidayWindows(config, w.start, w.end).length === 0);
}

/** A script spoken wholly in a plain weekend should open with 周末好, not the everyday 您好. */
function checkOpening(ctx: RuleContext, hits: readonly GreetingHit[]): void {
  const turn = openingTurn(ctx.doc);
  if (!turn) return;
  const first = ctx.doc.lines[turn.firstLine];
  const lastEnd = ctx.doc.lines[turn.lastLine].end;
  if (hits.some((h) => h.start >= first.start && h.start < lastEnd)) return;
  const span = first.spoken.find((s) => saysSomething(ctx.doc.text.slice(s.start, s.end)));
  if (!span) return;
  const start = withoutUnseenEnds(ctx.doc.text, span).start;
  if (!/^[您你]好/.test(ctx.doc.text.slice(start, span.end))) return;
  const newText = inScriptOf(greetingWords(WEEKEND_GREETING), ctx.doc.text.slice(first.start, lastEnd));
  const range = validValue(ctx.when);
  ctx.report(
    start,
    start + 2,
    {
      zh: `valid(${range})全在周末(${WINDOW.zh})内,开场应使用周末问候语“${newText}”`,
      en: `valid (${range}) lies wholly within a weekend (${WINDOW.en}): open with the weekend greeting "${newText}"`,
    },
    [editFix(ctx.doc, start, start + 2, newText, true)],
  );
}

/** The first agent turn of the opening section, or of the script when it has no opening. */
function openingTurn(doc: ScriptDocument): Turn | undefined {
  const opening = doc.sections.findIndex((s) => s.kind === 'opening');
  return doc.turns.find((t) => t.role === 'agent' && (opening < 0 || t.section === opening));
}
