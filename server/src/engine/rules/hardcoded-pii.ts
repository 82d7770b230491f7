import { agentSpansWith, type Span } from '../document';
import type { Rule, RuleContext } from '../rule';
import { seenFrom } from '../says-something';
import type { Message } from '../types';

/**
 * 保密: a script is shared with every agent, so it must not carry a real customer's mobile
 * number, resident ID or bank card. Numbers are read from the original text (full-width digits
 * count as digits), in groups that may be split by single spaces or dashes (138-1234-5678).
 */

const S000 = { seed: '000_e626cd326d976e13.txt', section: '一、呼入服务人员职责 (一)严格遵守保密制度' };

type Kind = 'mobile' | 'id' | 'card';

/** A run of digits (and a resident ID's final X) with where it stands in the original text. */
interface Segment {
  start: number;
  end: number;
  digits: string;
  /** Offset of each digit (or the X) in the original text. */
  at: number[];
}

interface Found {
  kind: Kind;
  first: number;
  last: number;
  digits: string;
}

const SEPARATORS = new Set([' ', '\u00a0', '\u3000', '-', '\uff0d', '\u2010', '\u2011', '\u2013']);
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

const LABELS: Record<Kind, Message> = {
  mobile: { zh: '手机号码', en: 'mobile number' },
  id: { zh: '身份证号码', en: 'resident ID number' },
  card: { zh: '银行卡号', en: 'bank card number' },
};
/** Digits kept visible when masking, as 脱敏 usually shows them: 138****5678, last four of an ID or card. */
const KEEP: Record<Kind, (index: number, length: number) => boolean> = {
  mobile: (i) => i < 3 || i >= 7,
  id: (i, n) => i >= n - 4,
  card: (i, n) => i >= n - 4,
};

export const hardcodedPii: Rule = {
  id: 'hardcoded-pii',
  defaultSeverity: 'error',
  title: { zh: '话术中不得写入真实的客户信息', en: 'No real customer data in a script' },
  sources: [S000],
  examples: {
    flag: [
      '您登记的手机号是13812345678,对吗?',
      '您的号码是 138-1234-5678 吗?',
      '您的身份证号11010519491231002X已核实。',
      '您尾号的卡号是6222 0212 3456 7890 128吗?',
      '您的手機號是138 1234 5678嗎?',
    ],
    pass: [
      '有问题请拨打10086或95588。',
      '我们的服务热线是400-123-4567。',
      '请核对您尾号5678的手机号码。',
      '您的手机号是138****5678,对吗?',
      '订单号12345678901234567890已提交。',
      '客户:我的手机号是13812345678。\n',
    ],
  },
  check(ctx) {
    for (const span of agentSpansWith(ctx.doc, DIGIT_RE)) checkSpan(ctx, ctx.doc.text, span);
  },
};

/** Every real number in one span of agent text, masked as 脱敏 shows it. */
function checkSpan(ctx: RuleContext, text: string, span: Span): void {
  for (const group of digitGroups(text, span)) {
    for (const found of sensitiveNumbers(group)) {
      const first = group[found.first];
      const last = group[found.last];
      const start = first.start;
      const end = last.end;
      const digitsAt = group.slice(found.first, found.last + 1).flatMap((s) => s.at);
      const masked = mask(text, start, end, digitsAt, found.kind);
      const label = LABELS[found.kind];
      ctx.report(
        start,
        end,
        { zh: `话术中写入了真实的${label.zh}\uFF1A请改为占位符或脱敏`, en: `A real ${label.en} in the script: use a placeholder or mask it` },
        [{ title: { zh: `脱敏为“${masked}”`, en: `Mask as "${masked}"` }, edits: [{ start, end, newText: masked }], preferred: true }],
      );
    }
  }
}

/** A digit, as typed in either width: spans without one (nearly all of them) are passed over. */
const DIGIT_RE = /[0-9\uFF10-\uFF19]/;

/**
 * Runs of digits that belong together: joined by one space or dash, and never split. Characters
 * nobody sees (a zero-width space, a direction mark) part nothing the reader sees, so they are
 * passed over: 13812345678 with one inside is still the mobile it shows.
 */
function digitGroups(text: string, span: Span): Segment[][] {
  const groups: Segment[][] = [];
  let group: Segment[] = [];
  const seen = (at: number) => Math.min(seenFrom(text, at), span.end);
  let i = span.start;
  while (i < span.end) {
    if (digitAt(text, i) === undefined) {
      i++;
      continue;
    }
    const segment: Segment = { start: i, end: i, digits: '', at: [] };
    let next = i;
    while (next < span.end && digitAt(text, next) !== undefined) {
      segment.digits += digitAt(text, next);
      segment.at.push(next);
      i = next + 1;
      next = seen(i);
    }
    const x = next < span.end && 'xX\uFF58\uFF38'.includes(text[next]);
    if (x) {
      segment.digits += 'X';
      segment.at.push(next);
      i = next + 1;
    }
    segment.end = i;
    group.push(segment);
    const separator = seen(i);
    const after = seen(separator + 1);
    const joined = !x && SEPARATORS.has(text[separator]) && after < span.end && digitAt(text, after) !== undefined;
    if (joined) {
      i = after;
    } else {
      groups.push(group);
      group = [];
    }
  }
  return groups;
}

function digitAt(text: string, i: number): string | undefined {
  const c = text.charCodeAt(i);
  if (c >= 0x30 && c <= 0x39) return text[i];
  if (c >= 0xff10 && c <= 0xff19) return String.fromCharCode(c - 0xfee0);
  return undefined;
}

/**
 * Whole segments or consecutive runs of them that read as a mobile, an ID or a card. A mobile or
 * an ID wins over a card that would swallow it (10086 13812345678 is a service number and a mobile).
 */
function sensitiveNumbers(group: Segment[]): Found[] {
  const candidates: Found[] = [];
  for (let first = 0; first < group.length; first++) {
    let digits = '';
    for (let last = first; last < group.length; last++) {
      digits += group[last].digits;
      const kind = kindOf(digits);
      if (kind) candidates.push({ kind, first, last, digits });
    }
  }
  const rank = (f: Found) => (f.kind === 'card' ? 1 : 0);
  candidates.sort((a, b) => rank(a) - rank(b) || b.digits.length - a.digits.length || a.first - b.first);
  const taken: Found[] = [];
  for (const c of candidates) {
    if (taken.every((t) => c.last < t.first || c.first > t.last)) taken.push(c);
  }
  return taken.sort((a, b) => a.first - b.first);
}

function kindOf(digits: string): Kind | undefined {
  if (/^1[3-9]\d{9}$/.test(digits)) return 'mobile';
  if (/^\d{17}[\dX]$/.test(digits) && isResidentId(digits)) return 'id';
  if (/^\d{16,19}$/.test(digits) && passesLuhn(digits)) return 'card';
  return undefined;
}

/** GB 11643: a real birth date and the ISO 7064 MOD 11-2 check character. */
function isResidentId(id: string): boolean {
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11] === id[17];
}

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The flagged text with its hidden digits starred, separators kept; full-width digits get a full-width star. */
function mask(text: string, start: number, end: number, digitsAt: number[], kind: Kind): string {
  const keep = KEEP[kind];
  const hidden = new Set(digitsAt.filter((_, i) => !keep(i, digitsAt.length)));
  let out = '';
  for (let i = start; i < end; i++) {
    if (!hidden.has(i)) out += text[i];
    else out += text.charCodeAt(i) >= 0xff10 ? '\uff0a' : '*';
  }
  return out;
}
