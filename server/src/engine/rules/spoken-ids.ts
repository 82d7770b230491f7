import { GAP_HARD, GAP_NONE, type NormalizedView } from '../normalize';
import type { Introduction } from './self-introductions';
import { crossesSentenceEnd } from './turn-text';

/**
 * What counts as saying the employee ID (工号) aloud, read on a normalized view (simplified,
 * half-width, lower case, punctuation dropped) and, for blanks the view drops (`***`, `____`), on the
 * original text around it.
 */

/** Words after `N号` that make the number the agent's own: 306号为您服务, 1号话务员, 客服106号很高兴, 12366's 某某号咨询员. */
const SAID_AS_AGENTS = ['为你服务', '很高兴', '竭诚', '话务员', '客服', '坐席', '座席', '专员', '接线员', '咨询员', '受理员', '调度员'];

/**
 * `工号1234`, `工号是 A123`, 003's `工号XXX`; 001's `我是××号`; `XXX(工號)` in traditional text; a
 * number or a blank (XXX, ○○○, 某某) said as the agent's: `306号为您服务`, `1号话务员为您服务`, `某某号咨询员`.
 */
const SPOKEN_ID_RES = [
  /工号(?:是|为)?(?:[0-9a-z×○〇]+|某某)/g,
  /我是(?:[0-9a-z×○〇]+|某某)号/g,
  /[0-9x×]{2,}工号/g,
  new RegExp(`(?:[0-9a-z×○〇]+|某某)号(?=${SAID_AS_AGENTS.join('|')})`, 'g'),
];
/** With `acceptName` (003: 工号(或姓名)): `XXX(姓名)`, `XXX(全名)`. */
const NAME_RES = [/[x×]{2,}(?:姓名|全名)/g];

/** Blanks the view drops as punctuation: `***號為您服務`, `我是____号`, `我的工号是****`. */
const BLANK_BEFORE_RE = /[*\uFF0A_\uFF3F]\s*$/;
const BLANK_AFTER_RE = /^\s*[:\uFF1A]?\s*[*\uFF0A_\uFF3F]/;

/** Where, in view units, a view first says an employee ID (or, with `acceptName`, an ID-like name blank), if it does. */
export function firstSpokenId(text: string, view: NormalizedView, acceptName: boolean): number | undefined {
  let first: number | undefined;
  const consider = (at: number | undefined) => {
    if (at !== undefined && (first === undefined || at < first)) first = at;
  };
  for (const re of acceptName ? [...SPOKEN_ID_RES, ...NAME_RES] : SPOKEN_ID_RES) consider(firstInSentence(view, re));
  consider(firstBlankId(text, view));
  if (acceptName) consider(firstOwnName(view));
  return first;
}

/**
 * With `acceptName`, the agent's own name said with the organisation it belongs to, in any order:
 * 我是保险公司的蒋乐姗, 我是商农行的老王, 我是云帆律师事务所的陈忠良律师, 我是省晚报的记者王敏, 我叫许方宇,
 * 敝姓梁. A name alone after 我是 (我是骑手小雅) names no organisation and is not read as one.
 */
const OWN_NAME_OPENERS_RE = /我是|我叫|敝姓|我姓/g;
const TITLE = '(?:律师|医生|护士|老师|经理|主任|记者|代表|专员|顾问|主管)';

function firstOwnName(view: NormalizedView): number | undefined {
  const surname = `[${[...SURNAMES].join('')}]`;
  const named = new RegExp(`(?:^(?:[老小]${surname}|${surname}[\\u4e00-\\u9fff]{1,2})${TITLE}?$|${TITLE}${surname}[\\u4e00-\\u9fff]{1,2}$)`);
  OWN_NAME_OPENERS_RE.lastIndex = 0;
  for (let m = OWN_NAME_OPENERS_RE.exec(view.text); m; m = OWN_NAME_OPENERS_RE.exec(view.text)) {
    const from = m.index + 2;
    let end = from;
    while (end < view.text.length && view.text[end] !== '\n' && (end === from || view.gap[end] === GAP_NONE)) end++;
    const clause = view.text.slice(from, end);
    if (m[0] === '敝姓' || m[0] === '我姓') {
      if (SURNAMES.has(clause[0])) return m.index;
    } else if (m[0] === '我叫') {
      if (!/^[我你他她同人]/.test(clause) && hanziName(view, from)) return m.index;
    } else if (clause.includes('的') && named.test(clause.slice(clause.lastIndexOf('的') + 1))) return m.index;
  }
  return undefined;
}

function firstInSentence(view: NormalizedView, re: RegExp): number | undefined {
  re.lastIndex = 0;
  for (let m = re.exec(view.text); m; m = re.exec(view.text)) {
    if (!crossesSentenceEnd(view, m.index, m.index + m[0].length)) return m.index;
  }
  return undefined;
}

/** `***号为您服务`, `我是____号`, `我的工号是****`: an ID written as a blank the view does not keep. */
function firstBlankId(text: string, view: NormalizedView): number | undefined {
  let first: number | undefined;
  for (let i = view.text.indexOf('号'); i >= 0; i = view.text.indexOf('号', i + 1)) {
    if (view.gap[i] === GAP_NONE || !BLANK_BEFORE_RE.test(text.slice(Math.max(0, view.origin[i] - 8), view.origin[i]))) continue;
    if (view.gap[i] !== GAP_HARD && view.text.endsWith('我是', i)) {
      first = i - 2;
      break;
    }
    if (SAID_AS_AGENTS.some((w) => view.text.startsWith(w, i + 1) && !crossesSentenceEnd(view, i, i + 1 + w.length))) {
      first = i;
      break;
    }
  }
  for (let i = view.text.indexOf('工号'); i >= 0 && (first === undefined || i < first); i = view.text.indexOf('工号', i + 2)) {
    const end = view.text[i + 2] === '是' || view.text[i + 2] === '为' ? i + 3 : i + 2;
    const after = view.origin[end - 1] + 1;
    if (BLANK_AFTER_RE.test(text.slice(after, after + 8))) return i;
  }
  return first;
}

/**
 * Roles that may give their name instead of an ID: the engineers of 《送培训到网格 课件4 客户服务》
 * 3.2 客户端服务语言规范 and 3.4 上门五件事 (1) say 客服工程师黄浩(全名), 客服支撑工程师XXX. Any
 * role may with `acceptName` (003 二、1: 工号(或姓名)).
 */
const NAMED_ROLES = ['工程师'];

/** The commonest surnames, for a name said before the role: 我是王经理, 我是小李顾问. */
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金廖贾夏韦付方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
);

/** Words that follow a role word but are no name: 客服代表很高兴…, 客服专员为您…. */
const NOT_A_NAME = /^(?:很|为|给|向|今|现|正|将|会|在|是|来|的|和|与|跟|帮|特|专|祝|非)/;

/** Whether an introduction names the agent where a name may stand for the ID. */
export function namesAgent(text: string, view: NormalizedView, intro: Introduction, acceptName: boolean): boolean {
  if (acceptName && view.text.startsWith('我叫', intro.start)) return hanziName(view, intro.start + 2);
  if (intro.role === undefined) return false;
  const role = view.text.slice(intro.role, intro.end);
  if (!acceptName && !NAMED_ROLES.some((r) => role.endsWith(r))) return false;
  return nameAfter(text, view, intro.end) || (acceptName && nameBefore(view, intro));
}

/** 工程师黄浩, 工程师XXX, 工程师*, 工程师{姓名}: a name, or a blank for one, right after the role word. */
function nameAfter(text: string, view: NormalizedView, at: number): boolean {
  const after = view.origin[at - 1] + 1;
  if (BLANK_AFTER_RE.test(text.slice(after, after + 8)) || /^\s*\{\s*(?:姓名|全名)\s*\}/.test(text.slice(after, after + 12))) return true;
  const blank = /^(?:x{2,}|×{2,}|○{2,}|〇{2,})/.exec(view.text.slice(at, at + 8));
  if (blank) return endsWord(view, at + blank[0].length);
  return hanziName(view, at);
}

/** A name of two or three characters glued to what is before it and followed by a break. */
function hanziName(view: NormalizedView, at: number): boolean {
  for (let len = 2; len <= 3; len++) {
    const end = at + len;
    if (end > view.text.length) break;
    const name = view.text.slice(at, end);
    if (!/^[\u4e00-\u9fff]+$/.test(name) || NOT_A_NAME.test(name)) return false;
    for (let i = at + 1; i < end; i++) if (view.gap[i] !== GAP_NONE) return false;
    if (endsWord(view, end)) return true;
  }
  return false;
}

function endsWord(view: NormalizedView, at: number): boolean {
  return at >= view.text.length || view.gap[at] !== GAP_NONE || view.text[at] === '\n';
}

/** 我是王经理, 我是小李顾问: a surname (after 小 or 老) between 我是 and the role. */
function nameBefore(view: NormalizedView, intro: Introduction): boolean {
  if (!view.text.startsWith('我是', intro.start) || intro.role === undefined) return false;
  const between = view.text.slice(intro.start + 2, intro.role);
  if (between.length === 1) return SURNAMES.has(between);
  return between.length === 2 && (between[0] === '小' || between[0] === '老') && SURNAMES.has(between[1]);
}
