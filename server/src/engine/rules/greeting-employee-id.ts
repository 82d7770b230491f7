import type { CallscriptConfig } from '../config';
import { firstTurn, lineAt, type ScriptDocument, type Turn } from '../document';
import { GAP_HARD, GAP_NONE, normalizePhrase, type NormalizedView } from '../normalize';
import type { Rule, RuleContext } from '../rule';
import type { Fix, Message } from '../types';
import { styledAt, textFix, type StyledText } from './reword';
import { crossesSentenceEnd, originalRange, sentenceMatches, turnView, type ViewMatch } from './turn-text';

/**
 * 报工号: every self-introduction and every first greeting of a call names the agent's employee ID.
 * Searched per agent turn on its normalized view (simplified, half-width, 您 → 你, punctuation
 * dropped), so traditional text and any punctuation are read alike.
 */

const S000_OPENING = { seed: '000_e626cd326d976e13.txt', section: '四、呼入服务用语规范 (一)首问语及结束用语' };
const S000_CALLBACK = { seed: '000_e626cd326d976e13.txt', section: '四、(三)回拨用户用语规范 首问语' };
const S000_NO_VOICE = { seed: '000_e626cd326d976e13.txt', section: '四、(四)各种语音环境用语规范 1.电话接通客户无声音时' };
const S001_ETIQUETTE = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫業務電話禮儀標準 第2條 通話中的禮儀 1' };
const S001_CONDUCT = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心座席員行為標準 第1條 12' };
const S003 = { seed: '003_22534ffe70de67c3.txt', section: '二、电话接入与规范问候 1.标准问候语' };
const S002_VISIT = { seed: '002_5ab7d194a3b83629.txt', section: '3.4 上门五件事 (1)客户自我介绍并问好' };

/** Words that open a self-introduction: 我是…, 这里是…, 我叫…. */
const OPENERS = ['我是', '这里是', '我叫'];
/** Role words as they read in the view, longest first so that 客服代表 wins over 客服. */
const ROLE_WORDS = [
  '客服代表', '客服专员', '客服人员', '客服顾问', '客服经理', '服务代表', '服务专员', '服务顾问', '回访专员',
  '客户经理', '理财经理', '业务经理', '销售代表', '座席员', '坐席员', '话务员', '接线员', '工程师',
  '专员', '顾问', '经理', '座席', '坐席', '客服',
].sort((a, b) => b.length - a.length);
/** A role word followed by one of these names a place, not the speaker: 客服中心, 客服热线. */
const PLACE_AFTER_ROLE = ['中心', '部', '热线', '电话', '系统', '平台', '团队', '组', '室'];
/** What names a company or a desk when no role word does: 我是XX移动, 这里是{公司}客服中心. */
const COMPANY_WORDS = ['公司', '集团', '银行', '保险', '移动', '联通', '电信', '广电', '中心', '热线', '平台', '物业', '商城'];
/** 我是说 / 我是想 / 我是否 … are not self-introductions. */
const NOT_INTRODUCTION_AFTER = ['说', '想', '问', '觉得', '认为', '指', '讲', '不是', '否'];
/** How far (in view units) a role word may follow its opener: 我是XX移动10086客服代表 is 11. */
const MAX_INTRO_LENGTH = 24;

/**
 * `工号1234`, `工号是 A123`, 003's `工号XXX`; 001's `我是××号`; `XXX(工號)` in traditional text;
 * a number said as the agent's: `306号为您服务`, `客服106号很高兴为您服务`.
 */
const SPOKEN_ID_RES = [
  /工号(?:是|为)?[0-9a-z×]+/g,
  /我是[0-9a-z×]+号/g,
  /[0-9x×]{2,}工号/g,
  /[0-9a-z×]{2,}号(?=为你服务|很高兴|竭诚|话务员|客服|坐席|座席|专员|接线员)/g,
];
/** With `acceptName` (003: 工号(或姓名)): `{姓名}` or `XXX(姓名)`, or a name right after the role word (客服工程师黄浩). */
const NAME_RES = [/[x×]{2,}(?:姓名|全名)/g];
const GREETING_RE = /^(?:你好|(?:早上|上午|中午|下午|晚上)+好|早安|周末好|(?:新年|春节|过年|新春)好|问候语|(?!祝|预祝)[\u4e00-\u9fff]{1,12}?(?:快乐|安康))/;
const CALLBACK_RE = /你之前是否(?:咨询|反映)/g;
const NO_VOICE_RE = /能听(?:见|到|得见|得到|清)?我(?:的声音|说话)/g;

interface Introduction extends ViewMatch {
  /** Where the role word starts, in view units; undefined when a company names the agent instead. */
  role?: number;
}

interface Trigger {
  match: ViewMatch;
  message: Message;
}

export const greetingEmployeeId: Rule = {
  id: 'greeting-employee-id',
  defaultSeverity: 'error',
  title: { zh: '自我介绍和首问语须报工号', en: 'Self-introductions and first greetings give the employee ID' },
  sources: [S000_OPENING, S000_CALLBACK, S000_NO_VOICE, S001_ETIQUETTE, S001_CONDUCT, S003, S002_VISIT],
  examples: {
    flag: [
      '您好!我是XX移动10086客服代表,今天联系您是……',
      '新春快樂!我是XX移動10086客服代表,今天聯繫您是……',
      '您好!请问有什么可以帮您?',
      '您好,我是XX移动,请问您之前是否咨询过宽带业务?',
      '您能听见我的声音吗?',
      '张先生,我是XX保险的回访专员,占用您两分钟时间。',
      '您好,这里是XX银行信用卡中心。',
    ],
    pass: [
      '您好!我是XX移动10086客服代表XXX(工号),今天联系您是……',
      '早上/中午/晚上好,××公司,我是××號,請問有什麽可以幫您?',
      '您好,[公司/部门名称],很高兴为您服务,工号XXX,请问有什么可以帮到您?',
      '新春快乐!我是{公司}{热线}客服代表{工号},今天联系您是……',
      '我是说,客服代表稍后会再联系您。',
      '坐席:您好!我是客服代表{工号}。\n客户:我是客服代表,你呢?\n坐席:您好,请问是张先生吗?\n',
      '您好,欢迎致电客服热线,客服106号很高兴为您服务。',
      '坐席:您好!我是客服代表{工號}。\n客户:你好。\n坐席:好的,我是您的客户经理,帮您办理。\n坐席:祝您春节快乐,阖家幸福!\n',
    ],
  },
  // Whether a turn opens the script, what the agent says next, and whether the ID was given before.
  turnsSeenElsewhere: (doc, view, config) => [firstTurn(doc, (t) => t.role === 'agent'), firstIdTurn(doc, view, acceptsName(config))],
  check(ctx) {
    const { doc } = ctx;
    const turns = new AgentTurns(doc, ctx.view, acceptsName(ctx.config));
    const idGiven = firstIdTurn(doc, ctx.view, acceptsName(ctx.config));
    for (const k of turns.mayReport()) {
      const t = turns.at(k);
      // Once the agent has given the ID, a later introduction or greeting need not give it again.
      if (t.hasId || (idGiven !== undefined && idGiven < turns.indexOf(k))) continue;
      for (const intro of t.intros) reportIntroduction(ctx, t.view, intro);
      if (t.intros.length > 0) continue;
      // 您好! / 客户:您好 / 我是…客服代表{工号}: a greeting whose introduction follows in the agent's next turn.
      const next = k + 1 < turns.count ? turns.at(k + 1) : undefined;
      const introducedNext = next !== undefined && next.turn.section === t.turn.section && (next.hasId || next.intros.length > 0);
      const trigger = turnTrigger(t.view, turns.opens(k) && !introducedNext);
      if (!trigger) continue;
      const range = originalRange(t.view, trigger.match.start, trigger.match.end);
      ctx.report(range.start, range.end, trigger.message, [introductionChoice(doc, t.view)]);
    }
  },
};

/** The rule's option (003: 工号(或姓名)): a name may stand for the ID. */
function acceptsName(config: CallscriptConfig): boolean {
  const setting = config.rules?.[greetingEmployeeId.id];
  return typeof setting === 'object' && setting.acceptName === true;
}

interface AgentTurn {
  turn: Turn;
  view: NormalizedView;
  hasId: boolean;
  intros: Introduction[];
}

/** Words without which a turn that opens nothing has nothing to report (see `check`). */
const REPORT_CUES = [...OPENERS, '你之前是否', '能听'];

/**
 * The agent's turns, in order, each worked out only when asked: most turns of a long script say
 * none of the words this rule looks for, and building a view of each costs more than the rest of the rule.
 */
class AgentTurns {
  private readonly indexes: number[] = [];
  private readonly known = new Map<number, AgentTurn>();
  private readonly idTurns: Set<number>;

  constructor(
    private readonly doc: ScriptDocument,
    private readonly docView: NormalizedView,
    private readonly acceptName: boolean,
  ) {
    doc.turns.forEach((turn, i) => {
      if (turn.role === 'agent') this.indexes.push(i);
    });
    this.idTurns = turnsWithIdPlaceholder(doc, acceptName);
  }

  get count(): number {
    return this.indexes.length;
  }

  /** The document's turn index of the k-th agent turn. */
  indexOf(k: number): number {
    return this.indexes[k];
  }

  at(k: number): AgentTurn {
    let t = this.known.get(k);
    if (!t) {
      const i = this.indexes[k];
      const turn = this.doc.turns[i];
      const view = turnView(this.doc, this.docView, turn);
      const intros = introductions(this.doc, view);
      const named = this.acceptName && intros.some((intro) => namedAfterRole(view, intro));
      t = { turn, view, hasId: named || this.idTurns.has(i) || speaksId(view, this.acceptName), intros };
      this.known.set(k, t);
    }
    return t;
  }

  /** Whether the k-th agent turn opens the script or an opening section. */
  opens(k: number): boolean {
    const { section } = this.doc.turns[this.indexes[k]];
    return k === 0 || (section >= 0 && this.doc.sections[section].kind === 'opening');
  }

  /** In order, the agent turns that open something or say a cue: the only ones that can be reported. */
  mayReport(): number[] {
    const found = new Set<number>();
    for (let k = 0; k < this.indexes.length; k++) if (this.opens(k)) found.add(k);
    const { text, origin } = this.docView;
    for (const cue of REPORT_CUES) {
      for (let u = text.indexOf(cue); u >= 0; u = text.indexOf(cue, u + cue.length)) {
        found.add(this.ordinalOf(lineAt(this.doc, origin[u]).turn as number));
      }
    }
    return [...found].sort((a, b) => a - b);
  }

  /** k for the turn of index i, an agent's: the view holds agent text only. */
  private ordinalOf(i: number): number {
    let lo = 0;
    let hi = this.indexes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.indexes[mid] < i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Turns that speak an employee-ID placeholder (or, with `acceptName`, a name placeholder), found in one pass over the placeholders. */
function turnsWithIdPlaceholder(doc: ScriptDocument, acceptName: boolean): Set<number> {
  const turns = new Set<number>();
  for (const p of doc.placeholders) {
    if (p.legacy || p.key === '工号' || (acceptName && p.key === '姓名')) turns.add(lineAt(doc, p.start).turn as number);
  }
  return turns;
}

function speaksId(view: NormalizedView, acceptName: boolean): boolean {
  return [...SPOKEN_ID_RES, ...(acceptName ? NAME_RES : [])].some((re) => sentenceMatches(view, re).length > 0);
}

/**
 * The first agent turn that gives the ID, read on the whole agent view at once: later
 * introductions and greetings need not give it again.
 */
function firstIdTurn(doc: ScriptDocument, view: NormalizedView, acceptName: boolean): number | undefined {
  let first: number | undefined;
  const consider = (turn: number | undefined) => {
    if (turn !== undefined && doc.turns[turn].role === 'agent' && (first === undefined || turn < first)) first = turn;
  };
  for (const t of turnsWithIdPlaceholder(doc, acceptName)) consider(t);
  for (const re of [...SPOKEN_ID_RES, ...(acceptName ? NAME_RES : [])]) {
    const [m] = sentenceMatches(view, re);
    if (m) consider(lineAt(doc, view.origin[m.start]).turn);
  }
  if (acceptName) {
    for (const u of selfReferences(view)) {
      const turn = lineAt(doc, view.origin[u]).turn;
      if (first !== undefined && turn !== undefined && turn >= first) break;
      const intro = introductionAt(doc, view, u);
      if (intro && namedAfterRole(view, intro)) consider(turn);
    }
  }
  return first;
}

/** Each 我是/这里是/我叫… naming a role or a company in one sentence: from the opener to the end of that word. */
function introductions(doc: ScriptDocument, view: NormalizedView): Introduction[] {
  const found: Introduction[] = [];
  for (const start of selfReferences(view)) {
    const intro = introductionAt(doc, view, start);
    if (intro) found.push(intro);
  }
  return found;
}

function introductionAt(doc: ScriptDocument, view: NormalizedView, start: number): Introduction | undefined {
  const opener = OPENERS.find((o) => view.text.startsWith(o, start)) as string;
  let company: Introduction | undefined;
  const companies = companyWords(doc);
  for (let at = start + opener.length; at < view.text.length && at - start <= MAX_INTRO_LENGTH; at++) {
    if (view.gap[at] === GAP_HARD || view.text[at] === '\n') break;
    const end = roleEnd(view, at);
    if (end > at && !PLACE_AFTER_ROLE.some((p) => view.text.startsWith(p, end))) return { start, end, role: at };
    // A company names the agent only in the opener's own clause: 我是小王,XX公司的… is a name.
    if (company || (at > start + opener.length && view.gap[at] !== GAP_NONE)) continue;
    const word = companies.find((w) => view.text.startsWith(w, at));
    if (word) company = { start, end: at + word.length };
  }
  return company;
}

/** The end of the role words that start at `at` (客服 + 工程师 is one role), or `at` when none does. */
function roleEnd(view: NormalizedView, at: number): number {
  let end = at;
  for (let role = ROLE_WORDS.find((w) => view.text.startsWith(w, end)); role; role = ROLE_WORDS.find((w) => view.text.startsWith(w, end))) {
    end += role.length;
  }
  return end;
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

/** Where the agent speaks of themself (我是, 这里是, 我叫; not 我是说, 我是否 …). */
function selfReferences(view: NormalizedView): number[] {
  const starts: number[] = [];
  for (const opener of OPENERS) {
    for (let i = view.text.indexOf(opener); i >= 0; i = view.text.indexOf(opener, i + opener.length)) {
      if (opener !== '我是' || !NOT_INTRODUCTION_AFTER.some((w) => view.text.startsWith(w, i + 2))) starts.push(i);
    }
  }
  return starts.sort((a, b) => a - b);
}

/** Words that follow a role word but are no name: 客服代表很高兴…, 客服专员为您…. */
const NOT_A_NAME = /^(?:很|为|给|向|今|现|正|将|会|在|是|来|的|和|与|跟|帮|特|专|祝|非)/;

/** 客服工程师黄浩, 客服代表小李: a name of two or three characters right after the role word, then a break. */
function namedAfterRole(view: NormalizedView, intro: Introduction): boolean {
  if (intro.role === undefined) return false;
  for (let len = 2; len <= 3; len++) {
    const end = intro.end + len;
    if (end > view.text.length) break;
    const name = view.text.slice(intro.end, end);
    if (!/^[\u4e00-\u9fff]+$/.test(name) || NOT_A_NAME.test(name)) return false;
    let glued = true;
    for (let i = intro.end + 1; i < end; i++) if (view.gap[i] !== GAP_NONE) glued = false;
    if (!glued) return false;
    if (end === view.text.length || view.gap[end] !== GAP_NONE || view.text[end] === '\n') return true;
  }
  return false;
}

function reportIntroduction(ctx: RuleContext, view: NormalizedView, intro: Introduction): void {
  const range = originalRange(view, intro.start, intro.end);
  const text = ctx.doc.text.slice(range.start, range.end);
  ctx.report(
    range.start,
    range.end,
    { zh: `自我介绍“${text}”没有报工号`, en: `Self-introduction "${text}" gives no employee ID` },
    [intro.role === undefined ? afterClauseFix(ctx.doc, view, intro.start, true) : afterRoleFix(ctx.doc, view, intro)],
  );
}

/** {工号} right after the role word: 客服代表{工号}. */
function afterRoleFix(doc: ScriptDocument, view: NormalizedView, intro: Introduction): Fix {
  const range = originalRange(view, intro.start, intro.end);
  const role = doc.text.slice(view.origin[intro.role as number], range.end);
  return {
    title: { zh: `在“${role}”后插入 {工号}`, en: `Insert {工号} after "${role}"` },
    edits: [{ start: range.end, end: range.end, newText: '{工号}' }],
    preferred: true,
  };
}

/** `，工号{工号}` after the introduction's own clause (我是XX移动，工号{工号}), in the line's script and width. */
function afterClauseFix(doc: ScriptDocument, view: NormalizedView, self: number, preferred: boolean): Fix {
  const at = view.origin[clauseEnd(view, self) - 1] + 1;
  const id = styledAt(doc, at, ',工号');
  const text: StyledText = { traditional: id.traditional, text: () => `${id.text()}{工号}` };
  return textFix(at, at, (t) => ({ zh: `插入工号\uFF1A“${t}”`, en: `Insert the employee ID: "${t}"` }), text, preferred);
}

function turnTrigger(view: NormalizedView, opening: boolean): Trigger | undefined {
  const [callback] = sentenceMatches(view, CALLBACK_RE);
  if (callback) return { match: callback, message: { zh: '回拨首问语没有报工号', en: 'The callback greeting gives no employee ID' } };
  const [noVoice] = sentenceMatches(view, NO_VOICE_RE);
  if (noVoice) return { match: noVoice, message: { zh: '无声音时的问候没有报工号', en: 'The no-voice greeting gives no employee ID' } };
  const greeting = opening ? openingGreeting(view) : undefined;
  if (greeting) return { match: greeting, message: { zh: '开场问候没有报工号', en: 'The opening greeting gives no employee ID' } };
  return undefined;
}

function openingGreeting(view: NormalizedView): ViewMatch | undefined {
  const m = GREETING_RE.exec(view.text);
  if (!m || crossesSentenceEnd(view, 0, m[0].length)) return undefined;
  return { start: 0, end: m[0].length };
}

/**
 * A greeting with no introduction at all: 001's `我是××号` after the greeting (at the start of the
 * turn when it does not start with one), in the line's script and punctuation width. Offered, never
 * preferred: whether this line is where the agent introduces themself only the writer knows
 * (您好，请讲 may answer a silent customer in the middle of a call).
 */
function introductionChoice(doc: ScriptDocument, view: NormalizedView): Fix {
  const greeting = openingGreeting(view);
  const next = greeting ? greeting.end : 0;
  const endsSpan = view.text[next] === '\n';
  const at = view.origin[next];
  // 您好请问… or a bare 您好: nothing between the greeting and what is inserted.
  const needsComma = greeting !== undefined && view.origin[greeting.end - 1] + 1 === at;
  const before = styledAt(doc, at, `${needsComma ? ',' : ''}我是`);
  const after = styledAt(doc, at, `号${endsSpan ? '\u3002' : ','}`);
  const text: StyledText = { traditional: after.traditional, text: () => `${before.text()}{工号}${after.text()}` };
  return textFix(at, at, (t) => ({ zh: `插入工号\uFF1A“${t}”`, en: `Insert the employee ID: "${t}"` }), text, false);
}

/** The end (exclusive, in view units) of the clause that starts at `from`: the next break of any strength. */
function clauseEnd(view: NormalizedView, from: number): number {
  let k = from + 2;
  while (k < view.text.length && view.text[k] !== '\n' && view.gap[k] === GAP_NONE) k++;
  return k;
}
