import type { ScriptDocument } from '../document';
import { GAP_HARD, GAP_NONE, normalizePhrase, type NormalizedView } from '../normalize';
import type { ViewMatch } from './turn-text';

/**
 * Where an agent introduces themself (我是XX保险的回访专员, 这里是XX银行信用卡中心, 我叫小王,是…客服专员),
 * read on the normalized view of one turn: what greeting-employee-id asks the employee ID of.
 */

/** Words that open a self-introduction: 我是…, 这里是…, 我叫…. */
export const OPENERS = ['我是', '这里是', '我叫'];
/** Role words as they read in the view, longest first so that 客服代表 wins over 客服. */
const ROLE_WORDS = [
  '客服代表', '客服专员', '客服人员', '客服顾问', '客服经理', '服务代表', '服务专员', '服务顾问', '回访专员',
  '客户经理', '理财经理', '业务经理', '销售代表', '座席员', '坐席员', '话务员', '接线员', '工程师',
  '专员', '顾问', '经理', '座席', '坐席', '客服',
].sort((a, b) => b.length - a.length);
/** A role word followed by one of these names a place, not the speaker: 客服中心, 客服热线. */
const PLACE_AFTER_ROLE = ['中心', '部', '热线', '电话', '系统', '平台', '团队', '组', '室'];
/** What names a company or a desk when no role word does: 我是XX移动, 这里是{公司}客服中心. */
/** Hospitals, hotels, schools and couriers answer for themselves as a company does: 我是XX医院的, 这里是XX酒店, 我是XX快递的. */
const COMPANY_WORDS = ['公司', '集团', '银行', '保险', '移动', '联通', '电信', '广电', '中心', '热线', '平台', '物业', '商城', '医院', '酒店', '宾馆', '学校', '快递', '速递', '物流'];
/** What ends the opener's clause; quotation marks and brackets do not (这里是××地税“12366”纳税服务热线). */
const CLAUSE_MARK_RE = /[,，;；、。.!！?？\n]/;
/** 我是说 / 我是想 / 我是否 / 我是帮您… are not self-introductions. */
const NOT_INTRODUCTION_AFTER = ['说', '想', '问', '觉得', '认为', '指', '讲', '不是', '否', '帮', '给', '跟', '和'];
/** 我叫我们的客户经理联系您, 我叫同事…: 我叫 that calls someone else. */
const NOT_NAMED_AFTER = ['我', '你', '他', '她', '同事', '人'];
/**
 * How far a role word may follow its opener: 我是XX移动10086客服代表 is 11. Counted in the text as
 * typed, where a masked number (***002X) is as long as the number it hides; the view drops its stars.
 */
const MAX_INTRO_LENGTH = 24;

export interface Introduction extends ViewMatch {
  /** Where the role word starts, in view units; undefined when a company names the agent instead. */
  role?: number;
}

/** Each 我是/这里是/我叫… naming a role or a company in one sentence: from the opener to the end of that word. */
export function introductions(doc: ScriptDocument, view: NormalizedView): Introduction[] {
  const found: Introduction[] = [];
  for (const start of selfReferences(view)) {
    const intro = introductionAt(doc, view, start);
    if (intro) found.push(intro);
  }
  return found;
}

export function introductionAt(doc: ScriptDocument, view: NormalizedView, start: number): Introduction | undefined {
  const opener = OPENERS.find((o) => view.text.startsWith(o, start)) as string;
  let company: Introduction | undefined;
  let ownClause = true;
  const companies = companyWords(doc);
  for (let at = start + opener.length; at < view.text.length && view.origin[at] - view.origin[start] <= MAX_INTRO_LENGTH; at++) {
    if (view.gap[at] === GAP_HARD || view.text[at] === '\n') break;
    const end = roleEnd(view, at);
    if (end > at && !PLACE_AFTER_ROLE.some((p) => view.text.startsWith(p, end))) return namesColleague(view, end) ? undefined : { start, end, role: at };
    // A company names the agent only in the opener's own clause: 我是小王,XX公司的… is a name.
    if (at > start + opener.length && view.gap[at] !== GAP_NONE && CLAUSE_MARK_RE.test(doc.text.slice(view.origin[at - 1] + 1, view.origin[at]))) ownClause = false;
    if (company || !ownClause) continue;
    const word = companies.find((w) => view.text.startsWith(w, at));
    if (word) company = { start, end: at + word.length };
  }
  // 我是送快递的: a trade said as a clause of its own names the caller, though a company word is in it.
  return byTrade(view, start, opener) ?? company;
}

/**
 * 我是送快递的, 我是修空调的, 我是抄表的: the agent named by the trade, as a whole clause. No role word
 * nor company says who calls, but the words introduce the caller all the same.
 */
const TRADE_RE = /^(?:送|派|修|装|抄|卖|收|查)[\u4e00-\u9fff]{0,4}?的/;

function byTrade(view: NormalizedView, start: number, opener: string): Introduction | undefined {
  if (opener !== '我是') return undefined;
  const from = start + opener.length;
  const m = TRADE_RE.exec(view.text.slice(from, from + 8));
  if (!m) return undefined;
  const end = from + m[0].length;
  for (let i = from + 1; i < end; i++) if (view.gap[i] !== GAP_NONE) return undefined;
  return end >= view.text.length || view.gap[end] !== GAP_NONE || view.text[end] === '\n' ? { start, end } : undefined;
}

/**
 * 我是您销售顾问XXX的同事, 我是王经理的助理: the role is a colleague's, and the agent is named by
 * relation to them. That says who the colleague is, not which agent speaks: a reviewer asks the ID
 * of the agent's own introduction (and of the opening greeting, which a call still has), not of a
 * sentence that explains why this agent calls.
 */
const RELATION_RE = /^[^\n]{0,6}?的(?:同事|助理|助手|搭档|徒弟|同学)/;

function namesColleague(view: NormalizedView, roleEnd: number): boolean {
  const m = RELATION_RE.exec(view.text.slice(roleEnd, roleEnd + 12));
  if (!m) return false;
  for (let i = roleEnd; i < roleEnd + m[0].length; i++) if (view.gap[i] !== GAP_NONE) return false;
  return true;
}

/**
 * The end of the role words that start at `at`, or `at` when none does. Role words in a row are
 * one role (客服 + 工程师), and so are two with a word of up to two characters between them: 002's
 * 客服支撑工程师, 客服技术专员.
 */
function roleEnd(view: NormalizedView, at: number): number {
  let end = at;
  for (;;) {
    const role = ROLE_WORDS.find((w) => view.text.startsWith(w, end));
    if (role) {
      end += role.length;
      continue;
    }
    if (end === at) return at;
    const skip = [1, 2].find((k) => glued(view, end, end + k) && ROLE_WORDS.some((w) => view.text.startsWith(w, end + k)));
    if (skip === undefined) return end;
    end += skip;
  }
}

/** Whether the view units [from, to] follow one another with no break before any of them. */
function glued(view: NormalizedView, from: number, to: number): boolean {
  for (let i = from; i <= to && i < view.text.length; i++) if (view.gap[i] !== GAP_NONE || !/[\u4e00-\u9fff]/.test(view.text[i])) return false;
  return true;
}

const companyLists = new WeakMap<ScriptDocument, string[]>();

/** COMPANY_WORDS and the front matter's company, as the view reads it. */
function companyWords(doc: ScriptDocument): string[] {
  let list = companyLists.get(doc);
  if (!list) {
    const own = doc.frontMatter.company ? normalizePhrase(doc.frontMatter.company).text : '';
    list = own === '' ? COMPANY_WORDS : [own, ...COMPANY_WORDS];
    companyLists.set(doc, list);
  }
  return list;
}

/** Where the agent speaks of themself (我是, 这里是, 我叫; not 我是说, 我是否, 我叫同事 …). */
export function selfReferences(view: NormalizedView): number[] {
  const starts: number[] = [];
  for (const opener of OPENERS) {
    for (let i = view.text.indexOf(opener); i >= 0; i = view.text.indexOf(opener, i + opener.length)) {
      const after = opener === '我是' ? NOT_INTRODUCTION_AFTER : opener === '我叫' ? NOT_NAMED_AFTER : [];
      if (!after.some((w) => view.text.startsWith(w, i + opener.length))) starts.push(i);
    }
  }
  return starts.sort((a, b) => a - b);
}
