import { chineseIn } from '../messages';
import type { CallscriptConfig } from '../engine/config';
import { findGreetings, greetingWords } from '../engine/greetings';
import { greetingsFor, holidayWindows, weekendWindows } from '../engine/holidays';
import { formatLocal, formatLocalEnd, minuteOfNow, MINUTES_PER_DAY, type TimeRange } from '../engine/time';
import type { Locale } from '../engine';
import type { LintedDocument } from './linter';

/** What hover and completion say about greetings: which one is right for the script's dates and when. */

/** How far either side of the script's dates a hover looks for a greeting's windows. */
const NEARBY = 200 * MINUTES_PER_DAY;
const MAX_WEEKENDS = 4;

export interface ScriptDates {
  range: TimeRange;
  fromValid: boolean;
}

/** When the script is spoken, as the engine decides it: `valid`, else the minute of "now". */
export function scriptDates(linted: LintedDocument): ScriptDates {
  const fm = linted.result.doc.frontMatter;
  if (fm.valid) return { range: fm.valid, fromValid: true };
  const m = minuteOfNow(linted.options.now, fm.timezone);
  return { range: { start: m, end: m + 1 }, fromValid: false };
}

export function configOf(linted: LintedDocument): CallscriptConfig {
  return linted.options.config ?? {};
}

export function rangeText(r: TimeRange): string {
  return `${formatLocal(r.start)} ~ ${formatLocalEnd(r.end)}`;
}

function datesText(d: ScriptDates, locale: Locale): string {
  if (d.fromValid) return `valid ${rangeText(d.range)}`;
  return locale === 'en' ? `now (${formatLocal(d.range.start)}; the script has no valid)` : `现在(${formatLocal(d.range.start)};话术没有 valid)`;
}

const covers = (w: TimeRange, r: TimeRange) => w.start <= r.start && r.end <= w.end;

/** The right greeting(s) for the script's dates, as said in a sentence (新春快乐, not 新春快乐!). */
export function rightGreetings(linted: LintedDocument): { greetings: string[]; holiday?: string } {
  const right = greetingsFor(configOf(linted), scriptDates(linted).range);
  return { ...right, greetings: right.greetings.map(greetingWords) };
}

/** Markdown for a holiday or weekend greeting under `offset`, or undefined when there is none. */
export function greetingHover(linted: LintedDocument, offset: number): { markdown: string; start: number; end: number } | undefined {
  const config = configOf(linted);
  const hit = findGreetings(config, linted.result.view).find((h) => h.start <= offset && offset <= h.end);
  if (!hit) return undefined;
  const en = linted.locale === 'en';
  const dates = scriptDates(linted);
  const text = linted.text.slice(hit.start, hit.end);
  const windows =
    hit.holidays.length > 0
      ? holidayWindows(config, dates.range.start - NEARBY, dates.range.end + NEARBY)
          .filter((w) => hit.holidays.includes(w.name))
          .map((w) => ({ label: w.name, range: w }))
      : weekendWindows(dates.range.start, dates.range.end)
          .slice(0, MAX_WEEKENDS)
          .map((w) => ({ label: en ? 'weekend' : '周末', range: w }));
  const right = windows.some((w) => covers(w.range, dates.range));
  const lines = [
    en ? `**"${text}"** — ${right ? 'right' : 'not right'} for ${datesText(dates, 'en')}` : `**“${text}”**:${right ? '适用于' : '不适用于'} ${datesText(dates, 'zh-CN')}`,
    '',
    en ? 'Windows in which it is right:' : '可以使用的时间窗:',
    ...windows.map((w) => `- ${w.label}: ${rangeText(w.range)}${covers(w.range, dates.range) ? ' ✓' : ''}`),
  ];
  if (windows.length === 0) lines.push(en ? '- none near these dates' : '- 这段日期附近没有');
  return { markdown: chineseIn(lines.join('\n'), linted.locale), start: hit.start, end: hit.end };
}

/** Markdown for `{问候语}`: what the call system will say within the script's dates. */
export function greetingPlaceholderHover(linted: LintedDocument): string {
  const config = configOf(linted);
  const en = linted.locale === 'en';
  const dates = scriptDates(linted);
  const right = rightGreetings(linted);
  const said = right.greetings.map((g) => (en ? `"${g}"` : `“${g}”`)).join(en ? ' or ' : '或');
  const lines = [
    en
      ? `**{问候语}** is filled in by the call system; for ${datesText(dates, 'en')} it is ${said}${right.holiday ? ` (${right.holiday})` : ''}.`
      : `**{问候语}** 由呼叫系统在通话时填入;${datesText(dates, 'zh-CN')} 内为${said}${right.holiday ? `(${right.holiday})` : ''}。`,
  ];
  const touching = holidayWindows(config, dates.range.start, dates.range.end);
  if (touching.length > 0) {
    lines.push('', en ? 'Holiday windows within these dates:' : '这段日期内的节日时间窗:');
    for (const w of touching) lines.push(`- ${w.name} ${greetingWords(w.greeting)}: ${rangeText(w)}${covers(w, dates.range) ? ' ✓' : ''}`);
  }
  return chineseIn(lines.join('\n'), linted.locale);
}
