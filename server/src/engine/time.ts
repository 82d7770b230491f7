/**
 * Wall-clock time as whole minutes since 1970-01-01 00:00 of the script's own time zone.
 * Holiday windows and `valid` are both local, so no zone arithmetic is needed between them;
 * only an instant (`--now`) is converted, once, with `localMinuteOf`.
 */
export type LocalMinute = number;

export interface TimeRange {
  /** Inclusive. */
  start: LocalMinute;
  /** Exclusive. */
  end: LocalMinute;
}

export const MINUTES_PER_DAY = 1440;

export function localMinute(year: number, month: number, day: number, minuteOfDay = 0): LocalMinute {
  // Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear takes the year as written.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime() / 60000 + minuteOfDay;
}

/** Whether year-month-day is a day of the calendar (not 02-30, which JavaScript rolls into March). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  const d = dateOf(localMinute(year, month, day));
  return d.year === year && d.month === month && d.day === day;
}

export function dateOf(m: LocalMinute): { year: number; month: number; day: number; weekday: number; minuteOfDay: number } {
  const d = new Date(m * 60000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
    minuteOfDay: ((m % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY,
  };
}

/** `HH:mm` (00:00–24:00) as a minute of the day, or undefined. */
export function parseClock(s: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(s.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min !== 0)) return undefined;
  return h * 60 + min;
}

export function formatLocal(m: LocalMinute): string {
  const { year, month, day, minuteOfDay } = dateOf(m);
  const p = (n: number) => String(n).padStart(2, '0');
  const clock = minuteOfDay === 0 ? '00:00' : `${p(Math.floor(minuteOfDay / 60))}:${p(minuteOfDay % 60)}`;
  return `${year}-${p(month)}-${p(day)} ${clock}`;
}

/** A range end as people write it: midnight is `24:00` of the day before. */
export function formatLocalEnd(m: LocalMinute): string {
  if (dateOf(m).minuteOfDay !== 0) return formatLocal(m);
  return formatLocal(m - MINUTES_PER_DAY).replace(/ 00:00$/, ' 24:00');
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock minute of an instant in an IANA zone. */
let lastConversion = { at: NaN, zone: '', minute: 0 };

export function localMinuteOf(instant: Date, zone: string): LocalMinute {
  // A run lints every file at the same "now": convert it once, not once per file.
  const at = Math.floor(instant.getTime() / 60000);
  if (at === lastConversion.at && zone === lastConversion.zone) return lastConversion.minute;
  const minute = convert(instant, zone);
  lastConversion = { at, zone, minute };
  return minute;
}

function convert(instant: Date, zone: string): LocalMinute {
  let fmt = zoneFormats.get(zone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    zoneFormats.set(zone, fmt);
  }
  const parts: Record<string, number> = {};
  for (const p of fmt.formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return localMinute(parts.year, parts.month, parts.day, parts.hour * 60 + parts.minute);
}

/**
 * "Now" as the caller gave it. An ISO time with an offset (`Z`, `+08:00`) is an instant, the same
 * for every script; one without (`2027-02-05T14:30`, `2027-02-05`) is that wall-clock time in each
 * script's own `timezone`, so the verdict never depends on the zone of the machine that runs it.
 */
export type Now = Date | WallClock;

export interface WallClock {
  wall: LocalMinute;
}

const NOW_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** An ISO-8601 date or date-time as "now", or undefined when it is not one or names a day that does not exist. */
export function parseNow(s: string): Now | undefined {
  const m = NOW_RE.exec(s.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || !isCalendarDay(year, month, day)) return undefined;
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const wall = localMinute(year, month, day, hour * 60 + minute);
  const zone = m[7];
  if (zone === undefined) return { wall };
  const offset = zone.toUpperCase() === 'Z' ? 0 : offsetMinutes(zone);
  if (offset === undefined) return undefined;
  return new Date((wall - offset) * 60000 + second * 1000);
}

function offsetMinutes(zone: string): number | undefined {
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 23 || minutes > 59) return undefined;
  return (zone[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** The wall-clock minute of "now" (the clock when undefined) in a script's zone. */
export function minuteOfNow(now: Now | undefined, zone: string): LocalMinute {
  if (now === undefined) return localMinuteOf(new Date(), zone);
  return now instanceof Date ? localMinuteOf(now, zone) : now.wall;
}

export function sameNow(a: Now | undefined, b: Now | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a instanceof Date) return b instanceof Date && a.getTime() === b.getTime();
  return !(b instanceof Date) && a.wall === b.wall;
}
