import { LunarDay } from 'tyme4ts';
import type { CallscriptConfig, HolidayConfig } from './config';
import { dateOf, localMinute, parseClock, MINUTES_PER_DAY, type LocalMinute, type TimeRange } from './time';

/**
 * The holiday and weekend greeting windows of spec §3. The table is data in the shape of a
 * config `holidays` entry, so that a config file can add a holiday or change a built-in one.
 * Lunar dates come from tyme4ts; each holiday's windows are computed once per year and cached,
 * so that linting on every keystroke never converts a date.
 */

const SEED_000 = '000_e626cd326d976e13.txt';

export const HOLIDAY_SOURCE = { seed: SEED_000, section: '四(一)3 节日首问语 · 节假日服务用语时间表' };
export const WEEKEND_SOURCE = { seed: SEED_000, section: '四(一)2 周末首问语' };

/**
 * The table of 000 四(一)3, each holiday with the other greetings said for it ("also accepted"),
 * so that the window check applies to them too: 元旦快乐, 新年好 (the published 服务规范标准用语,
 * https://m.777doc.com/doc-2322004.html, 问候语: 早上好、中午好、新年好), 春节好, 元宵快乐 ….
 * 新年好 is said for both 元旦 and 春节: either window makes it right.
 */
export const BUILT_IN_HOLIDAYS: readonly HolidayConfig[] = [
  { name: '元旦', solar: '12-31', from: '16:00', to: '24:00', days: 1, greeting: '新年快乐!', also: ['元旦快乐', '新年好'] },
  { name: '春节', lunar: '除夕', from: '15:00', to: '24:00', days: 7, greeting: '新春快乐!', also: ['春节快乐', '春节好', '新年好', '过年好'] },
  { name: '元宵', lunar: '01-15', from: '07:00', to: '24:00', greeting: '元宵节快乐!', also: ['元宵快乐'] },
  { name: '五一', solar: '04-30', from: '16:00', to: '24:00', days: 3, greeting: '五一节快乐!', also: ['劳动节快乐', '五一快乐'] },
  { name: '中秋', lunar: '08-15', from: '07:00', to: '24:00', greeting: '中秋快乐!', also: ['中秋节快乐'] },
  { name: '国庆', solar: '09-30', from: '16:00', to: '24:00', days: 3, greeting: '节日快乐!', also: ['国庆快乐', '国庆节快乐'] },
  { name: '圣诞', solar: '12-24', from: '16:00', to: '24:00', days: 1, greeting: '圣诞快乐!', also: ['圣诞节快乐'] },
];

/**
 * Lunar holidays the standard's table leaves out, off by default: a config turns one on by naming
 * it (`{ "name": "七夕" }`), and an entry of that name keeps what it does not give, its other
 * greetings included (端午安康 wherever 端午 is configured). The window is the table's for a
 * one-day lunar holiday (元宵, 中秋): the day itself, 07:00 – 24:00.
 */
export const OPTIONAL_HOLIDAYS: readonly HolidayConfig[] = [
  { name: '端午', lunar: '05-05', from: '07:00', to: '24:00', greeting: '端午节快乐!', also: ['端午安康', '端午快乐'] },
  { name: '七夕', lunar: '07-07', from: '07:00', to: '24:00', greeting: '七夕快乐!', also: ['七夕节快乐'] },
  { name: '重阳', lunar: '09-09', from: '07:00', to: '24:00', greeting: '重阳节快乐!', also: ['重阳快乐', '重阳安康'] },
];

export const WEEKEND_GREETING = '周末好!';
/** Other weekend greetings the weekend window applies to. */
export const WEEKEND_ALSO: readonly string[] = ['周末愉快'];
export const DEFAULT_GREETING = '您好!';

/** 除夕: the last day of the lunar year (腊月廿九 in years whose 腊月 is short). */
export const LUNAR_NEW_YEARS_EVE = '除夕';

export interface HolidayWindow {
  name: string;
  greeting: string;
  also: string[];
  start: LocalMinute;
  end: LocalMinute;
}

type Anchor = { calendar: 'solar' | 'lunar'; month: number; day: number } | { calendar: 'eve' };

interface Holiday {
  name: string;
  greeting: string;
  also: string[];
  anchor: Anchor;
  from: number;
  to: number;
  days: number;
}

interface Calendar {
  holidays: Holiday[];
  years: Map<number, HolidayWindow[]>;
}

/** A window may run at most a year past its anchor day; that bounds how many years a search looks back. */
const MAX_DAYS = 366;
/** How far ahead `nextWindow` looks for a holiday whose date is missing in some years (02-29, 腊月三十). */
const LOOKAHEAD_YEARS = 12;

/** By the config's holiday entries, not by config object: the CLI and server make a config object per file. */
const calendars = new Map<string, Calendar>();

/** What a config says about holidays, as a cache key. */
export function holidaysKey(config: CallscriptConfig): string {
  return config.holidays === undefined || config.holidays.length === 0 ? '' : JSON.stringify(config.holidays);
}
/** Day starts of anchors by `year:anchor`, shared by every config: the slow lunar conversions. */
const anchorDays = new Map<string, LocalMinute | null>();

/**
 * Built-in holidays with the config's entries applied, later entries winning: a new name adds a
 * holiday; a built-in or optional one's name changes only the keys the entry gives (as the schema
 * and docs/config.md say), so `{ "name": "七夕" }` turns 七夕 on and `{ "name": "国庆", "days": 6 }`
 * lengthens 国庆. A date of either calendar replaces the one the holiday had.
 */
export function holidaysOf(config: CallscriptConfig): readonly HolidayConfig[] {
  const byName = new Map<string, HolidayConfig>(BUILT_IN_HOLIDAYS.map((h) => [h.name, h]));
  for (const entry of config.holidays ?? []) {
    if (typeof entry?.name !== 'string') continue;
    const base = byName.get(entry.name) ?? OPTIONAL_HOLIDAYS.find((h) => h.name === entry.name);
    byName.set(entry.name, base ? { ...withoutDate(base, entry), ...entry } : entry);
  }
  return [...byName.values()];
}

function withoutDate(base: HolidayConfig, entry: HolidayConfig): HolidayConfig {
  if (entry.solar === undefined && entry.lunar === undefined) return base;
  const { solar: _solar, lunar: _lunar, ...rest } = base;
  return rest as HolidayConfig;
}

function calendarOf(config: CallscriptConfig): Calendar {
  const key = holidaysKey(config);
  let cal = calendars.get(key);
  if (!cal) {
    const holidays = holidaysOf(config).flatMap((h) => resolve(h) ?? []);
    calendars.set(key, (cal = { holidays, years: new Map() }));
  }
  return cal;
}

/** A config entry as a holiday, or undefined when it cannot be one (entries are checked against the schema elsewhere). */
function resolve(h: HolidayConfig): Holiday | undefined {
  const anchor = anchorOf(h);
  const from = parseClock(h.from ?? '00:00');
  const to = parseClock(h.to ?? '24:00');
  const days = h.days ?? 0;
  if (!anchor || from === undefined || to === undefined || typeof h.greeting !== 'string' || h.greeting.trim() === '') return undefined;
  if (!Number.isInteger(days) || days < 0 || days > MAX_DAYS) return undefined;
  const also = Array.isArray(h.also) ? h.also.filter((a): a is string => typeof a === 'string' && a.trim() !== '') : [];
  return { name: h.name, greeting: h.greeting, also, anchor, from, to, days };
}

function anchorOf(h: HolidayConfig): Anchor | undefined {
  if (typeof h.solar === 'string' && h.lunar === undefined) {
    const md = monthDay(h.solar, 31);
    return md && { calendar: 'solar', ...md };
  }
  if (typeof h.lunar === 'string' && h.solar === undefined) {
    if (h.lunar.trim() === LUNAR_NEW_YEARS_EVE) return { calendar: 'eve' };
    const md = monthDay(h.lunar, 30);
    return md && { calendar: 'lunar', ...md };
  }
  return undefined;
}

function monthDay(s: string, maxDay: number): { month: number; day: number } | undefined {
  const m = /^(\d{1,2})-(\d{1,2})$/.exec(s.trim());
  if (!m) return undefined;
  const month = Number(m[1]);
  const day = Number(m[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= maxDay ? { month, day } : undefined;
}

/**
 * The day an anchor falls on in "year" `year`: a solar date of that year, a lunar date of the
 * lunar year that begins in it, or the 除夕 just before that lunar year begins. Null where the
 * date does not exist that year (02-29, a 腊月 with no 三十) or lies outside the calendar's range.
 */
function anchorDay(anchor: Anchor, year: number): LocalMinute | null {
  const key = anchor.calendar === 'eve' ? `${year}:eve` : `${year}:${anchor.calendar}:${anchor.month}-${anchor.day}`;
  let day = anchorDays.get(key);
  if (day === undefined) {
    day = computeAnchorDay(anchor, year);
    anchorDays.set(key, day);
  }
  return day;
}

function computeAnchorDay(anchor: Anchor, year: number): LocalMinute | null {
  if (anchor.calendar === 'solar') {
    const day = localMinute(year, anchor.month, anchor.day);
    return dateOf(day).day === anchor.day ? day : null;
  }
  try {
    const lunar = anchor.calendar === 'eve' ? LunarDay.fromYmd(year, 1, 1) : LunarDay.fromYmd(year, anchor.month, anchor.day);
    const solar = lunar.getSolarDay();
    const day = localMinute(solar.getYear(), solar.getMonth(), solar.getDay());
    return anchor.calendar === 'eve' ? day - MINUTES_PER_DAY : day;
  } catch {
    return null;
  }
}

function windowsOfYear(cal: Calendar, year: number): HolidayWindow[] {
  let list = cal.years.get(year);
  if (!list) {
    list = [];
    for (const h of cal.holidays) {
      const day = anchorDay(h.anchor, year);
      if (day === null) continue;
      const start = day + h.from;
      const end = day + h.days * MINUTES_PER_DAY + h.to;
      if (end > start) list.push({ name: h.name, greeting: h.greeting, also: h.also, start, end });
    }
    cal.years.set(year, list);
  }
  return list;
}

/** Windows (built-in + config) that intersect [from, to), sorted by start. */
export function holidayWindows(config: CallscriptConfig, from: LocalMinute, to: LocalMinute): HolidayWindow[] {
  const cal = calendarOf(config);
  const found: HolidayWindow[] = [];
  // A year's anchors fall in that solar year or (late lunar dates) early in the next, and a
  // window runs at most MAX_DAYS on: two years back is the earliest that can reach `from`.
  for (let year = dateOf(from).year - 2; year <= dateOf(to).year; year++) {
    for (const w of windowsOfYear(cal, year)) if (w.start < to && w.end > from) found.push(w);
  }
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}

const FRIDAY = 5;
const WEEKEND_FROM = 13 * 60;
const WEEKEND_TO = 20 * 60;

/** Weekend windows (Fri 13:00 – Sun 20:00) intersecting [from, to). */
export function weekendWindows(from: LocalMinute, to: LocalMinute): Array<{ start: LocalMinute; end: LocalMinute }> {
  const firstDay = Math.floor(from / MINUTES_PER_DAY);
  // The Friday on or before `from`'s day: its window may still be open.
  let friday = firstDay - ((dateOf(from).weekday - FRIDAY + 7) % 7);
  const out: Array<{ start: LocalMinute; end: LocalMinute }> = [];
  for (; friday * MINUTES_PER_DAY < to; friday += 7) {
    const start = friday * MINUTES_PER_DAY + WEEKEND_FROM;
    const end = (friday + 2) * MINUTES_PER_DAY + WEEKEND_TO;
    if (start < to && end > from) out.push({ start, end });
  }
  return out;
}

const covers = (w: { start: number; end: number }, r: TimeRange) => w.start <= r.start && r.end <= w.end;

/**
 * The greeting that is right for the whole range (greetings as the table writes them, `!` and all):
 * - the greeting of every holiday window that covers it (中秋 inside 国庆: both), the shortest
 *   window first since it names the day most exactly; `holiday` is that window's holiday;
 * - else 周末好 if a weekend window covers it and no holiday window touches it (a holiday
 *   outranks the weekend, so 周末好 is wrong for any part of a holiday);
 * - else 您好, which is never wrong.
 */
export function greetingsFor(config: CallscriptConfig, range: TimeRange): { greetings: string[]; holiday?: string } {
  const touching = holidayWindows(config, range.start, range.end);
  const covering = touching.filter((w) => covers(w, range)).sort((a, b) => a.end - a.start - (b.end - b.start));
  if (covering.length > 0) {
    return { greetings: [...new Set(covering.map((w) => w.greeting))], holiday: covering[0].name };
  }
  if (touching.length === 0 && weekendWindows(range.start, range.end).some((w) => covers(w, range))) {
    return { greetings: [WEEKEND_GREETING] };
  }
  return { greetings: [DEFAULT_GREETING] };
}

/** The next window of a named holiday starting at or after a minute (for the "add valid" fix). */
export function nextWindow(config: CallscriptConfig, holidayName: string, after: LocalMinute): HolidayWindow | undefined {
  const cal = calendarOf(config);
  const first = dateOf(after).year - 1;
  for (let year = first; year <= first + LOOKAHEAD_YEARS; year++) {
    const w = windowsOfYear(cal, year).find((x) => x.name === holidayName && x.start >= after);
    if (w) return w;
  }
  return undefined;
}

/** The holidays of the calendar, built-in and configured. */
export function holidayNames(config: CallscriptConfig): string[] {
  return calendarOf(config).holidays.map((h) => h.name);
}

/** Every greeting a holiday accepts (its own and `also`), with the holiday's name. */
export function holidayGreetings(config: CallscriptConfig): Array<{ phrase: string; holiday: string }> {
  return calendarOf(config).holidays.flatMap((h) => [h.greeting, ...h.also].map((phrase) => ({ phrase, holiday: h.name })));
}
