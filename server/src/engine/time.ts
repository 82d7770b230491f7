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
  return Date.UTC(year, month - 1, day) / 60000 + minuteOfDay;
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
