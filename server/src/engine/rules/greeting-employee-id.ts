import type { CallscriptConfig } from '../config';
import { firstTurn, lineAt, type Placeholder, type ScriptDocument, type Turn } from '../document';
import { GAP_NONE, type NormalizedView } from '../normalize';
import { turnSaysSomething } from '../says-something';
import type { Rule, RuleContext } from '../rule';
import type { Message } from '../types';
import { introductionFixes } from './introduction-fixes';
import { introductionAt, introductions, OPENERS, selfReferences, type Introduction } from './self-introductions';
import { arrivesOnly, bareOpening, checksIdentityOnly, openingGreeting, openingHello, openingIdFix, openingWords } from './opening-greetings';
import { afterLead, customerOpenedCall, followsAlternative, followsNumberedHeading, followsTransfer, identityCheck, ivrPrompt, outboundFirstWords } from './call-starts';
import { answersCustomerHello, followsBreak, spokenText } from './call-turns';
import { firstSpokenId, namesAgent } from './spoken-ids';
import { originalRange, sentenceMatches, turnView, type ViewMatch } from './turn-text';

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
const S002_CLIENT = { seed: '002_5ab7d194a3b83629.txt', section: '3.2 客户端服务语言规范 办公室接听客户电话' };

const CALLBACK_RE = /你之前是否(?:咨询|反映)/g;
const NO_VOICE_RE = /能听(?:见|到|得见|得到|清)?我(?:的声音|说话)/g;

interface Trigger {
  match: ViewMatch;
  message: Message;
}

export const greetingEmployeeId: Rule = {
  id: 'greeting-employee-id',
  defaultSeverity: 'error',
  title: { zh: '自我介绍和首问语须报工号', en: 'Self-introductions and first greetings give the employee ID' },
  sources: [S000_OPENING, S000_CALLBACK, S000_NO_VOICE, S001_ETIQUETTE, S001_CONDUCT, S003, S002_VISIT, S002_CLIENT],
  examples: {
    flag: [
      '您好!我是XX移动10086客服代表,今天联系您是……',
      '新春快樂!我是XX移動10086客服代表,今天聯繫您是……',
      '您好!请问有什么可以帮您?',
      '您好,我是XX移动,请问您之前是否咨询过宽带业务?',
      '您能听见我的声音吗?',
      '张先生,我是XX保险的回访专员,占用您两分钟时间。',
      '您好,这里是XX银行信用卡中心。',
      '尊敬的先生/女士,您好!祝您节日快乐!请问有什么可以帮您?',
      '節日好,歐飛,很高興為您服務!',
      '喂!係!我姓X,有咩可以幫到你?',
      '喂,有什么事?',
      '喂!你找谁啊?',
      '喂,哪位?',
      '客户:请问是XX物业吗?\n坐席:对,有什么事吗?\n',
      '客户:請問是XX醫院嗎?\n坐席:是的,有什麼事嗎?\n',
    ],
    pass: [
      '您好!我是XX移动10086客服代表XXX(工号),今天联系您是……',
      '早上/中午/晚上好,××公司,我是××號,請問有什麽可以幫您?',
      '您好,[公司/部门名称],很高兴为您服务,工号XXX,请问有什么可以帮到您?',
      '新春快乐!我是{公司}{热线}客服代表{工号},今天联系您是……',
      '我是说,客服代表稍后会再联系您。',
      '坐席:您好!我是客服代表{工号}。\n客户:我是客服代表,你呢?\n坐席:您好,请问是张先生吗?\n',
      '您好,欢迎致电客服热线,客服106号很高兴为您服务。',
      '您好,**客服中心,***號為您服務,請問您需要什么幫助?',
      '您好!我是中國電信客服工程師黃浩(全名),請問您是劉(姓氏)先生嗎?',
      '喂,您好,客服106号很高兴为您服务。',
      '喂,请问是张先生吗?',
      '喂,过来!',
      '客户:你帮我把费用免了吧。\n坐席:喂,不可能的吧。\n',
      '坐席:您好!我是客服代表{工號}。\n客户:你好。\n坐席:好的,我是您的客户经理,帮您办理。\n坐席:祝您春节快乐,阖家幸福!\n',
    ],
  },
  // Whether a turn opens the script, what the agent says next, whether the ID was given before, and
  // whether an introduction came before (whose fix is the one applied).
  turnsSeenElsewhere: (doc, view, config) => [
    firstTurn(doc, (t) => t.role === 'agent' && turnSaysSomething(doc, t)),
    firstIdTurn(doc, view, acceptsName(config)),
    firstIntroductionTurn(doc, view),
  ],
  // A segment's last turn ends with the direction (【二次提醒】) that makes the next segment's first turn a call's opening.
  turnsSeenBefore: (doc) => [doc.turns.length > 0 ? doc.turns.length - 1 : undefined],
  check(ctx) {
    const { doc } = ctx;
    // Face to face the badge shows the ID (002 §3.2: 出示工号牌), and a bot has none to say.
    if (doc.frontMatter.channel !== 'phone') return;
    const turns = new AgentTurns(doc, ctx.view, acceptsName(ctx.config));
    // Once the agent has given the ID, a later introduction or greeting need not give it again: no
    // turn after the first that gives it is looked at, but another way to say an opening (【或】…) and
    // the first turn of the desk a transfer put the call through to.
    const idGiven = firstIdTurn(doc, ctx.view, acceptsName(ctx.config));
    const newSpeakers = idGiven === undefined ? [] : turns.newSpeakersAfter(idGiven);
    // The ID a fix gives the first introduction covers the later ones: only its fix is applied.
    let first = true;
    for (const k of [...turns.mayReport(idGiven ?? doc.turns.length), ...newSpeakers]) {
      const t = turns.at(k);
      if (t.hasId || WRONG_NUMBER_RE.test(t.view.text)) continue;
      for (const intro of t.intros) {
        reportIntroduction(ctx, t.view, intro, first);
        first = false;
      }
      if (t.intros.length > 0) continue;
      // 您好! / 客户:您好 / 我是…客服代表{工号}: a greeting whose introduction follows in the agent's next turn.
      const next = k + 1 < turns.count ? turns.at(k + 1) : undefined;
      const sameCall = next !== undefined && next.turn.section === t.turn.section && !followsBreak(doc, doc.turns.indexOf(next.turn));
      const introducedNext = sameCall && (next.hasId || next.intros.length > 0);
      const opening = turns.opens(k) && !introducedNext;
      const trigger = turnTrigger(doc.text, t.view, { opening, answered: sameCall, starts: opening && turns.startsCall(k, t.view) });
      if (!trigger) continue;
      const range = originalRange(t.view, trigger.match.start, trigger.match.end);
      ctx.report(range.start, range.end, trigger.message, [openingIdFix(doc, t.view)]);
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

/** How long, in view units, a turn that is only a greeting is at most (早上好您好, 新春快乐). */
const BARE_GREETING_LENGTH = 6;

/** Words without which a turn that opens nothing has nothing to report (see `check`). */
const REPORT_CUES = [...OPENERS, '你之前是否', '能听'];

/**
 * The agent's turns, in order, each worked out only when asked: most turns of a long script say
 * none of the words this rule looks for, and building a view of each costs more than the rest of the rule.
 */
class AgentTurns {
  private readonly indexes: number[] = [];
  private readonly known = new Map<number, AgentTurn>();

  constructor(
    private readonly doc: ScriptDocument,
    private readonly docView: NormalizedView,
    private readonly acceptName: boolean,
  ) {
    // A turn that says nothing (only characters nobody sees) opens nothing: the first words do.
    doc.turns.forEach((turn, i) => {
      if (turn.role === 'agent' && turnSaysSomething(doc, turn)) this.indexes.push(i);
    });
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
      const intros = introductions(this.doc, view);
      const named = intros.some((intro) => namesAgent(this.doc.text, view, intro, this.acceptName));
      const hasId = named || hasIdPlaceholder(this.doc, turn, this.acceptName) || firstSpokenId(this.doc.text, view, this.acceptName) !== undefined;
      t = { turn, view, hasId, intros };
      this.known.set(k, t);
    }
    return t;
  }

  /**
   * Whether the k-th agent turn opens the script, an opening section, or a call after a heading or a
   * scene direction (a 话术库 printing several calls, 【二次提醒】 / 坐席:您好,再次提醒您…): the ID is due
   * there unless it was given before.
   */
  opens(k: number): boolean {
    return this.opensByPlace(k) || this.anotherGreeting(k);
  }

  private opensByPlace(k: number): boolean {
    const i = this.indexes[k];
    const { section } = this.doc.turns[i];
    return (
      k === 0 ||
      (section >= 0 && this.doc.sections[section].kind === 'opening') ||
      followsBreak(this.doc, i) ||
      followsNumberedHeading(this.doc, i) ||
      followsTransfer(this.doc, i) ||
      answersCustomerHello(this.doc, i)
    );
  }

  /**
   * 你好。/ 你早。 — a bare greeting right after the agent's bare greeting that opened the call, with
   * nobody speaking between: a page listing the ways to open, each said alone.
   */
  private anotherGreeting(k: number): boolean {
    if (k === 0 || this.indexes[k - 1] !== this.indexes[k] - 1) return false;
    // Cheap tests first: most turns are not a short line right after another agent turn.
    if (!this.short(k) || !this.short(k - 1) || !this.opensByPlace(k - 1)) return false;
    const greets = (view: NormalizedView) => view.text.length <= BARE_GREETING_LENGTH && openingGreeting(this.doc.text, view)?.start === 0;
    return greets(this.at(k).view) && greets(this.at(k - 1).view);
  }

  private short(k: number): boolean {
    const turn = this.doc.turns[this.indexes[k]];
    return turn.lastLine - turn.firstLine < 3 && spokenText(this.doc, turn).trim().length <= BARE_GREETING_LENGTH * 2;
  }

  /**
   * Whether the k-th agent turn evidently starts a call, whatever its words (call-starts.ts): an
   * outbound script's first words, or the answer to a customer who opened the call with a hello.
   */
  startsCall(k: number, view: NormalizedView): boolean {
    if (k !== 0) return false;
    const i = this.indexes[k];
    return customerOpenedCall(this.doc, i) || outboundFirstWords(this.doc, i, view);
  }

  /**
   * The agent turns after turn index `after` that the ID given before does not cover: another way to
   * say an opening (【或】), each said alone, and the first turn of the desk a call was put through to.
   */
  newSpeakersAfter(after: number): number[] {
    const found: number[] = [];
    for (let k = this.ordinalOf(after) + 1; k < this.indexes.length; k++) if (this.newSpeaker(k)) found.push(k);
    return found;
  }

  private newSpeaker(k: number): boolean {
    return followsAlternative(this.doc, this.indexes[k]) || followsTransfer(this.doc, this.indexes[k]);
  }

  /** In order, the agent turns up to turn index `until` that open something or say a cue: the only ones that can be reported. */
  mayReport(until: number): number[] {
    const found = new Set<number>();
    for (let k = 0; k < this.indexes.length && this.indexes[k] <= until; k++) if (this.opens(k)) found.add(k);
    const { text, origin } = this.docView;
    for (const cue of REPORT_CUES) {
      for (let u = text.indexOf(cue); u >= 0; u = text.indexOf(cue, u + cue.length)) {
        const turn = lineAt(this.doc, origin[u]).turn as number;
        if (turn > until) break;
        found.add(this.ordinalOf(turn));
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

function isIdPlaceholder(p: Placeholder, acceptName: boolean): boolean {
  return p.legacy || p.key === '工号' || (acceptName && p.key === '姓名');
}

/** Whether a turn speaks an employee-ID placeholder (or, with `acceptName`, a name placeholder): a binary search into the placeholders. */
function hasIdPlaceholder(doc: ScriptDocument, turn: Turn, acceptName: boolean): boolean {
  const from = doc.lines[turn.firstLine].start;
  const to = doc.lines[turn.lastLine].end;
  const list = doc.placeholders;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < list.length && list[i].start < to; i++) if (isIdPlaceholder(list[i], acceptName)) return true;
  return false;
}

/** The first agent turn that introduces the agent. */
function firstIntroductionTurn(doc: ScriptDocument, view: NormalizedView): number | undefined {
  let first: number | undefined;
  for (const u of selfReferences(view)) {
    const turn = lineAt(doc, view.origin[u]).turn;
    if (turn === undefined || doc.turns[turn].role !== 'agent' || (first !== undefined && turn >= first)) continue;
    if (introductionAt(doc, view, u)) first = turn;
  }
  return first;
}

/**
 * The first agent turn that gives the ID, read on the whole agent view at once, each search
 * stopping at its first find: later introductions and greetings need not give it again.
 */
function firstIdTurn(doc: ScriptDocument, view: NormalizedView, acceptName: boolean): number | undefined {
  let first: number | undefined;
  const consider = (turn: number | undefined) => {
    if (turn !== undefined && doc.turns[turn].role === 'agent' && (first === undefined || turn < first)) first = turn;
  };
  for (const p of doc.placeholders) {
    if (!isIdPlaceholder(p, acceptName)) continue;
    const turn = lineAt(doc, p.start).turn;
    if (turn !== undefined && doc.turns[turn].role === 'agent') {
      consider(turn);
      break;
    }
  }
  const spoken = firstSpokenId(doc.text, view, acceptName);
  if (spoken !== undefined) consider(lineAt(doc, view.origin[spoken]).turn);
  for (const u of selfReferences(view)) {
    const turn = lineAt(doc, view.origin[u]).turn;
    if (first !== undefined && turn !== undefined && turn >= first) break;
    const intro = introductionAt(doc, view, u);
    if (intro && namesAgent(doc.text, view, intro, acceptName)) consider(turn);
  }
  return first;
}

function reportIntroduction(ctx: RuleContext, view: NormalizedView, intro: Introduction, preferred: boolean): void {
  const range = originalRange(view, intro.start, intro.end);
  const text = ctx.doc.text.slice(range.start, range.end);
  ctx.report(range.start, range.end, { zh: `自我介绍“${text}”没有报工号`, en: `Self-introduction "${text}" gives no employee ID` }, introductionFixes(ctx.doc, view, intro, preferred));
}

/**
 * 对不起,您打错了。这里是XX热线: the caller is told where they have reached, not served; the
 * standards' wrong-number reply names the desk and gives no ID.
 */
const WRONG_NUMBER_RE = /(?<!没|没有|不是)打错(?:了|电话)/;

interface Opening {
  /** The turn opens a call and the agent's next turn does not introduce them. */
  opening: boolean;
  /** The agent speaks again in the same call: an identity check was answered and followed. */
  answered: boolean;
  /** The turn evidently starts a call (call-starts.ts), whatever its words. */
  starts: boolean;
}

const CHECK_MESSAGE: Message = { zh: '开场核对身份后没有自我介绍,也没有报工号', en: 'The opening checks who answered and never says who calls or gives the employee ID' };

function turnTrigger(text: string, view: NormalizedView, { opening, answered, starts }: Opening): Trigger | undefined {
  const [callback] = sentenceMatches(view, CALLBACK_RE);
  if (callback) return { match: callback, message: { zh: '回拨首问语没有报工号', en: 'The callback greeting gives no employee ID' } };
  const [noVoice] = sentenceMatches(view, NO_VOICE_RE);
  if (noVoice) return { match: noVoice, message: { zh: '无声音时的问候没有报工号', en: 'The no-voice greeting gives no employee ID' } };
  if (!opening || ivrPrompt(view)) return undefined;
  const greeting = openingWords(text, view) ?? openingHello(view);
  // 您好,请问是张先生吗? waits for the answer: the introduction is due in the agent's next turn, and
  // only when that turn goes on without one has the call opened introducing nobody.
  if (greeting && checksIdentityOnly(view.text.slice(greeting.end))) return answered ? { match: greeting, message: CHECK_MESSAGE } : undefined;
  if (greeting && arrivesOnly(view.text.slice(greeting.end))) return undefined;
  if (greeting) return { match: greeting, message: { zh: '开场问候没有报工号', en: 'The opening greeting gives no employee ID' } };
  const bare = bareOpening(view);
  if (bare) return { match: bare, message: { zh: '开场白没有问候也没有报工号', en: 'The opening has neither a greeting nor the employee ID' } };
  const check = identityCheck(view, afterLead(view));
  if (check) return answered ? { match: { start: 0, end: check.end }, message: CHECK_MESSAGE } : undefined;
  if (starts) return { match: firstClause(view), message: { zh: '开场没有说明是谁来电,也没有报工号', en: 'The call opens without saying who calls or giving the employee ID' } };
  return undefined;
}

/** The turn's words up to its first break: where a finding on an opening that says nobody goes. */
function firstClause(view: NormalizedView): ViewMatch {
  let end = 1;
  while (end < view.text.length && view.text[end] !== '\n' && view.gap[end] === GAP_NONE) end++;
  return { start: 0, end };
}
