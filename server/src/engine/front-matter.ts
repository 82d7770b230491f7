import type { Pair } from 'yaml';
import type { Problem, ScriptLine } from './document';
import { flatEntries, type Entry } from './front-matter-flat';
import { closest } from './suggest';
import { isCalendarDay, isTimeZone, localMinute, parseClock, type TimeRange, MINUTES_PER_DAY } from './time';

/** The YAML block of spec §1, read once per document; its problems become `front-matter` findings. */

export const FRONT_MATTER_KEYS = ['title', 'company', 'hotline', 'direction', 'channel', 'valid', 'timezone'] as const;
const DIRECTIONS = ['inbound', 'outbound', 'callback'];
/**
 * Where the script is said: on the phone (the default), at the customer's door, across a counter,
 * or by a dialogue bot. Only a phone agent is asked to say an employee ID: face to face the badge
 * shows it, and a bot has none.
 */
export const CHANNELS = ['phone', 'onsite', 'counter', 'bot'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Said across a counter or at the door: the customer sees the agent, and the agent the clock. */
export function isFaceToFace(channel: Channel): boolean {
  return channel === 'counter' || channel === 'onsite';
}
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export interface FrontMatter {
  /** Lines 0..lastLine belong to the block; -1 when there is none. */
  lastLine: number;
  /** Where a new key line can be inserted (the start of the closing `---` line), or -1. */
  insertAt: number;
  title?: string;
  company?: string;
  hotline?: string;
  direction?: string;
  /** `phone` unless the block says otherwise (a bad value leaves it `phone`). */
  channel: Channel;
  timezone: string;
  valid?: TimeRange;
  /** Offsets of the `valid` value, for hover and fixes. */
  validSpan?: { start: number; end: number };
  problems: Problem[];
}

/**
 * Whether a line is a front matter fence: `---` as it shows. Characters that show nothing (a
 * direction mark, a zero-width space) do not make it another line; if they did, taking them out
 * (hidden-characters' fix) would close a block and turn script lines into settings.
 */
export function isFenceLine(text: string, line: { start: number; end: number }): boolean {
  return FENCE.test(text.slice(line.start, line.end));
}

/** Anchored, so a long line that is no fence fails at its first word (a finding's disable fix asks this per finding). */
const FENCE = /^\p{Default_Ignorable_Code_Point}*-\p{Default_Ignorable_Code_Point}*-\p{Default_Ignorable_Code_Point}*-[\p{Default_Ignorable_Code_Point}\s]*$/u;

export function parseFrontMatter(text: string, lines: ScriptLine[]): FrontMatter {
  const none: FrontMatter = { lastLine: -1, insertAt: -1, channel: 'phone', timezone: DEFAULT_TIME_ZONE, problems: [] };
  if (lines.length === 0 || !isFenceLine(text, lines[0])) return none;
  const close = lines.findIndex((l, i) => i > 0 && isFenceLine(text, l));
  if (close < 0) {
    return {
      ...none,
      problems: [
        {
          start: lines[0].start,
          end: lines[0].end,
          severity: 'error',
          message: { zh: '前置信息缺少结束的 `---` 行', en: 'Front matter has no closing `---` line' },
        },
      ],
    };
  }
  // Read once per distinct block: a keystroke below the front matter, or files that share one, reuse it.
  const block = text.slice(0, lines[close].end);
  const known = readBlocks.get(block);
  if (known) return known;
  const fm = readBlock(text, lines, close);
  if (readBlocks.size >= MAX_REMEMBERED_BLOCKS) readBlocks.delete(readBlocks.keys().next().value as string);
  readBlocks.set(block, fm);
  return fm;
}

/** Front matters already read, by their text (which fixes every offset in them: they start the document). */
const readBlocks = new Map<string, FrontMatter>();
const MAX_REMEMBERED_BLOCKS = 256;

function readBlock(text: string, lines: ScriptLine[], close: number): FrontMatter {
  const bodyStart = lines[1].start;
  // YAML breaks lines at LF only; the document also at a lone CR. Same length, so offsets hold.
  const body = text.slice(bodyStart, lines[close].start).replace(/\r(?!\n)/g, '\n');
  const fm: FrontMatter = { lastLine: close, insertAt: lines[close].start, channel: 'phone', timezone: DEFAULT_TIME_ZONE, problems: [] };
  const flat = flatEntries(body);
  // Flat lines nest nothing: only a block left to YAML can be too deep for it.
  if (!flat && deepestNesting(body) > MAX_NESTING) {
    fm.problems.push(at(lines[0].start, [0, lines[0].end - lines[0].start], '前置信息嵌套过深,无法读取', 'Front matter is nested too deeply to read'));
    return fm;
  }
  const entries = flat ?? yamlEntries(body, bodyStart, fm);
  if (!entries) return fm;
  // A key already written is no suggestion for a misspelt one: the fix would duplicate it.
  const free = FRONT_MATTER_KEYS.filter((k) => !entries.some((e) => e.key === k));
  for (const entry of entries) readEntry(entry, fm, bodyStart, free);
  return fm;
}

/**
 * The `yaml` package, loaded when a block first needs it: the flat reader handles the front matter
 * scripts are written with, and a server that never loads it stays smaller.
 */
function yamlPackage(): typeof import('yaml') {
  return require('yaml') as typeof import('yaml');
}

/** The block read by the `yaml` package, for anything `flatEntries` leaves to it; its problems go into `fm`. */
export function yamlEntries(body: string, bodyStart: number, fm: FrontMatter): Entry[] | undefined {
  const { LineCounter, parseDocument, isMap } = yamlPackage();
  const counter = new LineCounter();
  const yaml = parseDocument(body, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  for (const err of yaml.errors) {
    const [from, to] = bodyRange(body, err.pos[0], err.pos[1]);
    fm.problems.push({
      start: bodyStart + from,
      end: bodyStart + to,
      severity: 'error',
      message: { zh: `前置信息 YAML 有误:${err.message}`, en: `Front matter YAML error: ${err.message}` },
    });
  }
  if (yaml.errors.length > 0) return undefined;
  const contents = yaml.contents;
  if (contents === null) return undefined;
  if (!isMap(contents)) {
    fm.problems.push(at(bodyStart, contents.range && bodyRange(body, contents.range[0], contents.range[1]), '前置信息应为“键: 值”的映射', 'Front matter must be a mapping of `key: value`'));
    return undefined;
  }
  return (contents.items as Pair[]).map(entryOf);
}

function entryOf(pair: Pair): Entry {
  const { isScalar } = yamlPackage();
  const node = pair.value;
  const single = isScalar(node) && node.value !== null && typeof node.value !== 'object';
  return {
    key: isScalar(pair.key) ? String(pair.key.value) : '',
    keyRange: isScalar(pair.key) && pair.key.range ? pair.key.range : [0, 0],
    value: single ? String(node.value) : undefined,
    valueRange: (node as { range?: [number, number, number] } | null)?.range,
  };
}

function readEntry(entry: Entry, fm: FrontMatter, base: number, free: readonly string[]): void {
  const { key, keyRange } = entry;
  if (!(FRONT_MATTER_KEYS as readonly string[]).includes(key)) {
    const guess = closest(key, free);
    fm.problems.push({
      start: base + keyRange[0],
      end: base + keyRange[1],
      severity: 'warning',
      message: guess
        ? { zh: `未知的前置信息键“${key}”,是否想写“${guess}”?`, en: `Unknown front matter key "${key}"; did you mean "${guess}"?` }
        : { zh: `未知的前置信息键“${key}”`, en: `Unknown front matter key "${key}"` },
      ...(guess ? { replacement: guess } : {}),
    });
    return;
  }
  if (entry.value === undefined) {
    const own = entry.valueRange;
    // `valid:` with nothing after it: the empty value has no characters to point at, its key has.
    const r = own && own[1] > own[0] ? own : keyRange;
    fm.problems.push(at(base, r, `“${key}”的值应为一行文字`, `"${key}" must be a single line of text`));
    return;
  }
  const value = entry.value.trim();
  const range = entry.valueRange ?? keyRange;
  switch (key) {
    case 'direction':
      if (!DIRECTIONS.includes(value)) {
        fm.problems.push(at(base, range, `direction 应为 ${DIRECTIONS.join(' / ')} 之一`, `direction must be one of ${DIRECTIONS.join(', ')}`));
      }
      fm.direction = value;
      return;
    case 'channel':
      if (!(CHANNELS as readonly string[]).includes(value)) {
        fm.problems.push(at(base, range, `channel 应为 ${CHANNELS.join(' / ')} 之一`, `channel must be one of ${CHANNELS.join(', ')}`));
        return;
      }
      fm.channel = value as Channel;
      return;
    case 'timezone':
      if (!isTimeZone(value)) {
        fm.problems.push(at(base, range, `未知的时区“${value}”(应为 IANA 名称,如 Asia/Shanghai)`, `Unknown time zone "${value}" (use an IANA name such as Asia/Shanghai)`));
        return;
      }
      fm.timezone = value;
      return;
    case 'valid': {
      const parsed = parseValid(value);
      if (typeof parsed === 'string') {
        const why = VALID_PROBLEMS[parsed];
        fm.problems.push(at(base, range, why.zh, why.en));
        return;
      }
      fm.valid = parsed;
      fm.validSpan = { start: base + range[0], end: base + range[1] };
      return;
    }
    default:
      fm[key as 'title' | 'company' | 'hotline'] = value;
  }
}

/**
 * Front matter is a flat mapping; YAML nested thousands deep makes the parser recurse until the
 * stack is nearly gone, and V8 then aborts the whole process (a regex compiled that deep fails
 * with "out of memory") rather than throw. So deep nesting is refused before YAML reads it.
 */
const MAX_NESTING = 50;

/** At least how deeply YAML would nest: open brackets, indentation levels, and `- `/`? ` markers that open a level on one line. */
function deepestNesting(body: string): number {
  let deepest = 0;
  let flow = 0;
  const indents: number[] = [];
  for (const line of body.split('\n')) {
    const content = line.trimStart();
    if (content === '') continue;
    const indent = line.length - content.length;
    while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
    indents.push(indent);
    const markers = (/^(?:[-?][ \t]+)*/.exec(content)?.[0].replace(/[ \t]/g, '').length ?? 0);
    for (let i = 0; i < content.length; i++) {
      const c = content[i];
      if (c === '[' || c === '{') deepest = Math.max(deepest, ++flow + indents.length + markers);
      else if ((c === ']' || c === '}') && flow > 0) flow--;
    }
    deepest = Math.max(deepest, flow + indents.length + markers);
  }
  return deepest;
}

/**
 * A range of the YAML body kept on its own line: without the line break after it, and on the
 * last line with text when YAML reports the end of the block (an unclosed `[`), not on `---`.
 */
function bodyRange(body: string, from: number, to: number): [number, number] {
  const content = body.trimEnd().length;
  const start = from < content ? from : body.lastIndexOf('\n', content - 1) + 1;
  return [start, Math.max(Math.min(to, content), start + 1)];
}

function at(base: number, range: readonly number[] | undefined, zh: string, en: string) {
  const r = range ?? [0, 1];
  return { start: base + r[0], end: base + Math.max(r[1], r[0] + 1), severity: 'error' as const, message: { zh, en } };
}

const POINT_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]+(\d{1,2}:\d{2}))?$/;

/**
 * Years a script can be valid in. Outside them a year is a typo (0027 for 2027), not a date to
 * compute with: the range would silently never cover "now".
 */
export const VALID_YEARS = { first: 1970, last: 2200 } as const;

export type ValidProblem = 'format' | 'order' | 'empty' | 'single' | 'year';

const VALID_PROBLEMS: Record<ValidProblem, { zh: string; en: string }> = {
  format: { zh: '“valid”格式应为 YYYY-MM-DD[ HH:mm] ~ YYYY-MM-DD[ HH:mm]', en: '"valid" must be YYYY-MM-DD[ HH:mm] ~ YYYY-MM-DD[ HH:mm]' },
  order: { zh: '“valid”的结束时间早于开始时间', en: '"valid" ends before it starts' },
  empty: { zh: '“valid”的结束时间与开始时间相同,范围是空的', en: '"valid" ends when it starts: the range is empty' },
  single: {
    zh: '“valid”只写了一个时刻;应写成范围“开始 ~ 结束”,或只写日期表示一整天',
    en: '"valid" names a single moment; write a range "start ~ end", or a date alone for the whole day',
  },
  year: {
    zh: `“valid”的年份应在 ${VALID_YEARS.first} 至 ${VALID_YEARS.last} 之间`,
    en: `"valid" years must be from ${VALID_YEARS.first} to ${VALID_YEARS.last}`,
  },
};

/** A `valid` value as a half-open range, or why it is not one. */
export function parseValid(value: string): TimeRange | ValidProblem {
  const parts = value.split(/\s*[~\uFF5E]\s*/);
  if (parts.length > 2) return 'format';
  const start = parsePoint(parts[0], false);
  const end = parsePoint(parts[parts.length - 1], true);
  if (start === undefined || end === undefined) return 'format';
  if (start === 'year' || end === 'year') return 'year';
  // A date alone is its whole day; a time alone is a moment, which no script is spoken within.
  if (parts.length === 1 && POINT_RE.exec(parts[0].trim())?.[4] !== undefined) return 'single';
  if (end === start) return 'empty';
  if (end < start) return 'order';
  return { start, end };
}

function parsePoint(s: string, isEnd: boolean): number | 'year' | undefined {
  const m = POINT_RE.exec(s.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isCalendarDay(y, mo, d)) return undefined;
  if (y < VALID_YEARS.first || y > VALID_YEARS.last) return 'year';
  const day = localMinute(y, mo, d);
  if (m[4] === undefined) return isEnd ? day + MINUTES_PER_DAY : day;
  const clock = parseClock(m[4]);
  return clock === undefined ? undefined : day + clock;
}
