import { firstTurn, lineAt, type ScriptDocument, type Turn } from '../document';
import { GAP_HARD, GAP_NONE, type NormalizedView } from '../normalize';
import type { Rule, RuleContext } from '../rule';
import type { Fix, Message } from '../types';
import { inScriptAt, scriptSample, textFix, type StyledText } from './reword';
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

/** Role words as they read in the view, longest first so that 客服代表 wins over 客服. */
const ROLE_WORDS = ['客服代表', '客服专员', '客服人员', '服务代表', '座席员', '坐席员', '话务员', '接线员', '座席', '坐席', '客服'];
/** A role word followed by one of these names a place, not the speaker: 客服中心, 客服热线. */
const PLACE_AFTER_ROLE = ['中心', '部', '热线', '电话', '系统', '平台', '团队', '组'];
/** 我是说 / 我是想 / 我是否 … are not self-introductions. */
const NOT_INTRODUCTION_AFTER = ['说', '想', '问', '觉得', '认为', '指', '讲', '不是', '否'];
/** How far (in view units) a role word may follow 我是: 我是XX移动10086客服代表 is 11. */
const MAX_INTRO_LENGTH = 24;

/** `工号1234`, `工号是 A123`, 003's `工号XXX`; 001's `我是××号`; `XXX(工號)` in traditional text. */
const SPOKEN_ID_RES = [/工号(?:是|为)?[0-9a-z×]+/g, /我是[0-9a-z×]+号/g, /[0-9x×]{2,}工号/g];
const GREETING_RE = /^(?:你好|(?:早上|上午|中午|下午|晚上)+好|早安|周末好|问候语|[\u4e00-\u9fff]{1,12}?快乐)/;
const CALLBACK_RE = /你之前是否(?:咨询|反映)/g;
const NO_VOICE_RE = /能听(?:见|到|得见|得到|清)?我(?:的声音|说话)/g;

interface Introduction extends ViewMatch {
  /** Where the role word starts, in view units. */
  role: number;
}

interface Trigger {
  match: ViewMatch;
  message: Message;
}

export const greetingEmployeeId: Rule = {
  id: 'greeting-employee-id',
  defaultSeverity: 'error',
  title: { zh: '自我介绍和首问语须报工号', en: 'Self-introductions and first greetings give the employee ID' },
  sources: [S000_OPENING, S000_CALLBACK, S000_NO_VOICE, S001_ETIQUETTE, S001_CONDUCT, S003],
  examples: {
    flag: [
      '您好!我是XX移动10086客服代表,今天联系您是……',
      '新春快樂!我是XX移動10086客服代表,今天聯繫您是……',
      '您好!请问有什么可以帮您?',
      '您好,我是XX移动,请问您之前是否咨询过宽带业务?',
      '您能听见我的声音吗?',
    ],
    pass: [
      '您好!我是XX移动10086客服代表XXX(工号),今天联系您是……',
      '早上/中午/晚上好,××公司,我是××號,請問有什麽可以幫您?',
      '您好,[公司/部门名称],很高兴为您服务,工号XXX,请问有什么可以帮到您?',
      '新春快乐!我是{公司}{热线}客服代表{工号},今天联系您是……',
      '我是说,客服代表稍后会再联系您。',
      '坐席:您好!我是客服代表{工号}。\n客户:我是客服代表,你呢?\n坐席:您好,请问是张先生吗?\n',
    ],
  },
  // Whether a turn opens the script, and what the agent says next.
  turnsSeenElsewhere: (doc) => [firstTurn(doc, (t) => t.role === 'agent')],
  check(ctx) {
    const { doc } = ctx;
    const turns = new AgentTurns(doc, ctx.view);
    for (const k of turns.mayReport()) {
      const t = turns.at(k);
      if (t.hasId) continue;
      for (const intro of t.intros) reportIntroduction(ctx, t.view, intro);
      if (t.intros.length > 0) continue;
      // 您好! / 客户:您好 / 我是…客服代表{工号}: a greeting whose introduction follows in the agent's next turn.
      const next = k + 1 < turns.count ? turns.at(k + 1) : undefined;
      const introducedNext = next !== undefined && next.turn.section === t.turn.section && (next.hasId || next.intros.length > 0);
      const trigger = turnTrigger(t.view, turns.opens(k) && !introducedNext);
      if (!trigger) continue;
      const range = originalRange(t.view, trigger.match.start, trigger.match.end);
      ctx.report(range.start, range.end, trigger.message, [turnFix(t.view, scriptSample(doc, t.view.origin[0]))]);
    }
  },
};

interface AgentTurn {
  turn: Turn;
  view: NormalizedView;
  hasId: boolean;
  intros: Introduction[];
}

/** Words without which a turn that opens nothing has nothing to report (see `check`). */
const REPORT_CUES = ['我是', '你之前是否', '能听'];

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
  ) {
    doc.turns.forEach((turn, i) => {
      if (turn.role === 'agent') this.indexes.push(i);
    });
    this.idTurns = turnsWithIdPlaceholder(doc);
  }

  get count(): number {
    return this.indexes.length;
  }

  at(k: number): AgentTurn {
    let t = this.known.get(k);
    if (!t) {
      const i = this.indexes[k];
      const turn = this.doc.turns[i];
      const view = turnView(this.doc, this.docView, turn);
      t = { turn, view, hasId: hasEmployeeId(this.idTurns, i, view), intros: roleIntroductions(view) };
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

/** Turns that speak an employee-ID placeholder, found in one pass over the placeholders. */
function turnsWithIdPlaceholder(doc: ScriptDocument): Set<number> {
  const turns = new Set<number>();
  for (const p of doc.placeholders) {
    if (p.legacy || p.key === '工号') turns.add(lineAt(doc, p.start).turn as number);
  }
  return turns;
}

function hasEmployeeId(idTurns: Set<number>, turnIndex: number, view: NormalizedView): boolean {
  if (idTurns.has(turnIndex)) return true;
  return SPOKEN_ID_RES.some((re) => sentenceMatches(view, re).length > 0);
}

/** Each 我是…<role word> in one sentence: from 我是 to the end of the role word. */
function roleIntroductions(view: NormalizedView): Introduction[] {
  const found: Introduction[] = [];
  for (const start of selfReferences(view)) {
    for (let at = start + 2; at < view.text.length && at - start <= MAX_INTRO_LENGTH; at++) {
      if (view.gap[at] === GAP_HARD) break;
      const role = ROLE_WORDS.find((w) => view.text.startsWith(w, at));
      if (!role || PLACE_AFTER_ROLE.some((p) => view.text.startsWith(p, at + role.length))) continue;
      found.push({ start, end: at + role.length, role: at });
      break;
    }
  }
  return found;
}

/** Where the agent says 我是 about themself (not 我是说, 我是否 …). */
function selfReferences(view: NormalizedView): number[] {
  const starts: number[] = [];
  for (let i = view.text.indexOf('我是'); i >= 0; i = view.text.indexOf('我是', i + 2)) {
    if (!NOT_INTRODUCTION_AFTER.some((w) => view.text.startsWith(w, i + 2))) starts.push(i);
  }
  return starts;
}

function reportIntroduction(ctx: RuleContext, view: NormalizedView, intro: Introduction): void {
  const range = originalRange(view, intro.start, intro.end);
  const text = ctx.doc.text.slice(range.start, range.end);
  const role = ctx.doc.text.slice(view.origin[intro.role], range.end);
  const fix: Fix = {
    title: { zh: `在“${role}”后插入 {工号}`, en: `Insert {工号} after "${role}"` },
    edits: [{ start: range.end, end: range.end, newText: '{工号}' }],
    preferred: true,
  };
  ctx.report(
    range.start,
    range.end,
    { zh: `自我介绍“${text}”没有报工号`, en: `Self-introduction "${text}" gives no employee ID` },
    [fix],
  );
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
 * Where a turn has no role word to put {工号} after: after its own 我是… clause (`我是XX移动,工号{工号}`),
 * else 001's `我是××号` after the greeting, else at the start of the turn.
 */
function turnFix(view: NormalizedView, script: string): Fix {
  const [self] = selfReferences(view);
  let at: number;
  let text: StyledText;
  if (self !== undefined && clauseEnd(view, self) > self + 2) {
    at = view.origin[clauseEnd(view, self) - 1] + 1;
    const id = inScriptAt(script, '\uFF0C工号');
    text = { traditional: id.traditional, text: () => `${id.text()}{工号}` };
  } else {
    const greeting = openingGreeting(view);
    const next = greeting ? greeting.end : 0;
    const endsSpan = view.text[next] === '\n';
    at = view.origin[next];
    // 您好请问… or a bare 您好: nothing between the greeting and what is inserted.
    const needsComma = greeting !== undefined && view.origin[greeting.end - 1] + 1 === at;
    const hao = inScriptAt(script, '号');
    text = { traditional: hao.traditional, text: () => `${needsComma ? '\uFF0C' : ''}我是{工号}${hao.text()}${endsSpan ? '\u3002' : '\uFF0C'}` };
  }
  return textFix(at, at, (t) => ({ zh: `插入工号\uFF1A“${t}”`, en: `Insert the employee ID: "${t}"` }), text, true);
}

/** The end (exclusive, in view units) of the clause that starts at `from`: the next break of any strength. */
function clauseEnd(view: NormalizedView, from: number): number {
  let k = from + 2;
  while (k < view.text.length && view.text[k] !== '\n' && view.gap[k] === GAP_NONE) k++;
  return k;
}

