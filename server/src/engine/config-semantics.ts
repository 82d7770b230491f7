import type { Node } from 'jsonc-parser';
import type { ConfigLocator, ConfigProblem } from './config-locator';
import type { HolidayConfig } from './config';
import { CONFIGURABLE_RULES } from './config-schema';
import { BUILT_IN_HOLIDAYS, OPTIONAL_HOLIDAYS } from './holidays';
import { userRegexProblem } from './user-regex';

/** What a JSON Schema cannot say: real calendar days, windows that end after they start, regexes RE2 accepts, ids that do not clash. */
export function semanticProblems(value: unknown, at: ConfigLocator): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  if (at.root) duplicateKeys(at.root, at, problems);
  if (!isObject(value)) return problems;
  if (Array.isArray(value.holidays)) value.holidays.forEach((h, i) => holiday(h, ['holidays', i], at, problems));
  if (Array.isArray(value.patterns)) {
    value.patterns.forEach((p, i) => {
      if (isObject(p) && typeof p.regex === 'string' && p.regex !== '') {
        const why = userRegexProblem(p.regex);
        const node = at.nodeAt(['patterns', i, 'regex']);
        if (why && node) problems.push(at.atValue(node, why));
      }
    });
  }
  ids(value, at, problems);
  return problems;
}

function duplicateKeys(node: Node, at: ConfigLocator, out: ConfigProblem[]): void {
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const key = property.children?.[0];
      if (!key) continue;
      const name = String(key.value);
      if (seen.has(name)) {
        out.push(at.problem(key.offset, key.offset + key.length, { zh: `重复的键“${name}”,前面的值会被忽略`, en: `Duplicate key "${name}": the earlier value is ignored` }));
      }
      seen.add(name);
    }
  }
  for (const child of node.children ?? []) duplicateKeys(child, at, out);
}

const SOLAR_RE = /^(\d\d)-(\d\d)$/;
const TIME_RE = /^(\d\d):(\d\d)$/;
/** February has 29 days: a holiday on 02-29 exists in leap years. */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function holiday(h: unknown, path: (string | number)[], at: ConfigLocator, out: ConfigProblem[]): void {
  const node = at.nodeAt(path);
  if (!isObject(h) || !node) return;
  const builtIn = BUILT_IN_HOLIDAYS.find((b) => b.name === h.name) ?? OPTIONAL_HOLIDAYS.find((b) => b.name === h.name);
  if (h.solar !== undefined && h.lunar !== undefined) {
    const lunarNode = at.nodeAt([...path, 'lunar']);
    if (lunarNode) out.push(at.atKey(lunarNode, { zh: 'solar 与 lunar 只能写一个', en: 'Give either solar or lunar, not both' }));
  } else if (!builtIn && h.solar === undefined && h.lunar === undefined) {
    out.push(at.atObject(node, { zh: '新节日需要 solar(公历)或 lunar(农历)日期', en: 'A new holiday needs a solar (Gregorian) or a lunar date' }));
  }
  if (!builtIn && h.greeting === undefined) {
    out.push(at.atObject(node, { zh: '新节日需要 greeting(问候语)', en: 'A new holiday needs a greeting' }));
  }
  const day = typeof h.solar === 'string' ? SOLAR_RE.exec(h.solar) : null;
  const solarNode = at.nodeAt([...path, 'solar']);
  if (day && solarNode) {
    const month = Number(day[1]);
    const date = Number(day[2]);
    if (month >= 1 && month <= 12 && date > DAYS_IN_MONTH[month - 1]) {
      out.push(at.atValue(solarNode, { zh: `公历 ${month} 月没有 ${date} 日`, en: `Month ${month} has no day ${date}` }));
    }
  }
  window(h, builtIn, path, at, out);
}

/** A window within one day must end after it starts; an entry for a built-in holiday keeps the times it does not give. */
function window(h: Record<string, unknown>, builtIn: HolidayConfig | undefined, path: (string | number)[], at: ConfigLocator, out: ConfigProblem[]): void {
  const fromNode = at.nodeAt([...path, 'from']);
  const from = minutes(h.from ?? builtIn?.from ?? '00:00');
  const to = minutes(h.to ?? builtIn?.to ?? '24:00');
  const days = h.days ?? builtIn?.days ?? 0;
  if (from === 24 * 60 && fromNode) {
    out.push(at.atValue(fromNode, { zh: '开始时间不能是 24:00', en: 'A window cannot start at 24:00' }));
  } else if (days === 0 && from !== undefined && to !== undefined && from >= to) {
    const target = at.nodeAt([...path, h.to !== undefined ? 'to' : 'from']) ?? at.nodeAt(path);
    const message = { zh: '结束时间应晚于开始时间(跨天的时段请写 days)', en: 'The window must end after it starts (give days for a window over several days)' };
    if (target) out.push(at.atValue(target, message));
  }
}

function minutes(v: unknown): number | undefined {
  const m = typeof v === 'string' ? TIME_RE.exec(v) : null;
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/** Findings carry these ids and directives name them, so each must be its own. */
function ids(value: Record<string, unknown>, at: ConfigLocator, out: ConfigProblem[]): void {
  const used = new Set<string>();
  for (const list of ['patterns', 'require'] as const) {
    const entries = value[list];
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry, i) => {
      if (!isObject(entry) || typeof entry.id !== 'string') return;
      const node = at.nodeAt([list, i, 'id']);
      if (!node) return;
      if (CONFIGURABLE_RULES.includes(entry.id)) {
        out.push(at.atValue(node, { zh: `“${entry.id}”是内置规则的 id,请换一个`, en: `"${entry.id}" is the id of a built-in rule; choose another` }));
      } else if (used.has(entry.id)) {
        out.push(at.atValue(node, { zh: `id“${entry.id}”已被使用`, en: `The id "${entry.id}" is already used` }));
      }
      used.add(entry.id);
    });
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
