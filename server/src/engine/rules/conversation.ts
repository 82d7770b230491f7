import { lineAt, type ScriptDocument, type Span } from '../document';
import { buildView, GAP_HARD, SPAN_SEPARATOR, unitAt, type NormalizedView } from '../normalize';
import { lineSaysSomething, turnSaysSomething } from '../says-something';
import { stageDirections, type StageDirection, type StageEvent } from '../stage-events';
import { turnSpans, turnView } from './turn-text';
import { asksForRating } from './call-turns';

/**
 * The script read as a conversation, for the procedure rules (hold, transfer, refusal, complaint,
 * read-back): who speaks after whom, what a turn says on the normalized view, and which stage
 * directions stand for events of the call.
 */

/** Per document, which turns are the agent speaking: the procedure rules walk the turns back and forth many times. */
const speakingAgents = new WeakMap<ScriptDocument, Uint8Array>();

export function isSpeakingAgent(doc: ScriptDocument, index: number): boolean {
  let flags = speakingAgents.get(doc);
  if (!flags) {
    flags = new Uint8Array(doc.turns.length);
    doc.turns.forEach((t, i) => {
      if (t.role === 'agent' && turnSaysSomething(doc, t)) flags![i] = 1;
    });
    speakingAgents.set(doc, flags);
  }
  return flags[index] === 1;
}

/** The agent's next turn with words after turn `index`, if any. */
export function nextAgentTurn(doc: ScriptDocument, index: number): number | undefined {
  for (let i = index + 1; i < doc.turns.length; i++) if (isSpeakingAgent(doc, i)) return i;
  return undefined;
}

/** The agent's last turn with words before turn `index`, if any. */
export function previousAgentTurn(doc: ScriptDocument, index: number): number | undefined {
  for (let i = index - 1; i >= 0; i--) if (isSpeakingAgent(doc, i)) return i;
  return undefined;
}

/** The first and the last turn of a segment that pass `test`: what `turnsSeenElsewhere` and `turnsSeenBefore` name. */
export function firstAndLast(doc: ScriptDocument, test: (index: number) => boolean): { first?: number; last?: number } {
  let first: number | undefined;
  let last: number | undefined;
  for (let i = 0; i < doc.turns.length; i++) {
    if (!test(i)) continue;
    first ??= i;
    last = i;
  }
  return { first, last };
}

/**
 * The normalized text of any turn: an agent turn's is a slice of the lint's view, a customer
 * turn's (never in that view, which holds only what is checked for wording) is built for it.
 */
export function spokenView(doc: ScriptDocument, view: NormalizedView, index: number): NormalizedView {
  const turn = doc.turns[index];
  return turn.role === 'agent' ? turnView(doc, view, turn) : buildView(doc.text, turnSpans(doc, turn));
}

/** Per document, the normalized view of all customer text, built in one pass and read by several rules and their hooks. */
const customerViews = new WeakMap<ScriptDocument, NormalizedView>();

/** What a customer turn says, on the normalized view (traditional simplified, punctuation dropped). */
export function customerSaid(doc: ScriptDocument, index: number): string {
  let all = customerViews.get(doc);
  if (!all) {
    const spans: Span[] = [];
    for (const line of doc.lines) if (line.role === 'customer') for (const span of line.spoken) spans.push(span);
    customerViews.set(doc, (all = buildView(doc.text, spans)));
  }
  const spans = turnSpans(doc, doc.turns[index]);
  if (spans.length === 0) return '';
  return all.text.slice(unitAt(all, spans[0].start), unitAt(all, spans[spans.length - 1].end) + 1);
}

/** What the customer said just before an agent turn (agent turns of stage directions alone between), if that was the customer. */
export function customerRequestBefore(doc: ScriptDocument, turn: number): string | undefined {
  for (let i = turn - 1; i >= 0; i--) {
    if (doc.turns[i].role === 'customer') return customerSaid(doc, i);
    if (isSpeakingAgent(doc, i)) return undefined;
  }
  return undefined;
}

/** Whether a view has words: a turn of punctuation alone (坐席:……) has none to point at. */
export function hasWords(view: NormalizedView): boolean {
  for (let i = 0; i < view.text.length; i++) if (view.text[i] !== SPAN_SEPARATOR) return true;
  return false;
}

/**
 * A sentence that only greets or addresses the customer (您 is 你 on the view): 先生，您好!, and the
 * day's greetings the holiday and weekend rules write (新春快乐!, 周末愉快!, 祝您生活愉快!). A
 * holiday's 快乐 may have up to two words before it (祝你新春快乐, 但新年快乐), and so may what
 * those rules write in its place (但你好): their fix leaves the sentence a greeting.
 */
const GREETING_RE = /^(?:[^\n]{0,4}(?:先生|女士|小姐|老师|师傅))?(?:[^\n]{0,2}(?:你好|早上好|上午好|中午好|下午好|晚上好|周末好|周末愉快|生活愉快|节日好)|[^\n]{2,4}快乐)?$/;

/**
 * The units of a view's first sentence, and of the next one too when the first only greets or
 * addresses the customer; `body` is where the words after that greeting begin (`start` when none).
 */
export function openingUnits(view: NormalizedView): { start: number; end: number; body: number } {
  const end = (from: number) => {
    let k = from + 1;
    while (k < view.text.length && view.gap[k] !== GAP_HARD) k++;
    return k;
  };
  let start = 0;
  while (start < view.text.length && view.text[start] === SPAN_SEPARATOR) start++;
  const first = end(start);
  const greets = first < view.text.length && GREETING_RE.test(view.text.slice(start, first).replace(/\n/g, ''));
  if (!greets) return { start, end: first, body: start };
  let body = first;
  while (body < view.text.length && view.text[body] === SPAN_SEPARATOR) body++;
  // A turn that only greets has no words after the greeting: what goes first goes before it.
  return { start, end: end(first), body: body < view.text.length ? body : start };
}

/** Offsets in the document of view units [start, end), separators left out. */
export function originalOf(view: NormalizedView, start: number, end: number): { start: number; end: number } {
  let last = end - 1;
  while (last > start && view.text[last] === SPAN_SEPARATOR) last--;
  return { start: view.origin[start], end: view.origin[last] + 1 };
}

/**
 * Directions that say the agent holds the call: 【等待客户回复】 is the agent waiting for the
 * customer, not a hold, and so is a bare timed wait right after the agent asks (能听到我说话吗?
 * 【等待3秒左右】) or bids the caller speak (您的电话已接通,请讲! 【等待3秒左右】): the pause leaves
 * the customer room to answer.
 */
export function isHold(doc: ScriptDocument, d: StageDirection): boolean {
  if (d.event !== 'hold' || /等(?:待|候)?(?:客户|用户|对方)/.test(d.text)) return false;
  return !(BARE_WAIT_RE.test(d.text.trim()) && ASKED_BEFORE_RE.test(doc.text.slice(Math.max(0, d.start - 40), d.start)));
}

const BARE_WAIT_RE = /^(?:等待|稍等|稍候)(?:约|大约)?(?:[0-9一二三四五六七八九十几两]+秒钟?(?:左右)?)?$/;
/**
 * The agent's words just before end a question or a bid to speak (请讲, 您请说; a direction on a
 * line of its own follows the line before).
 */
const ASKED_BEFORE_RE =
  /(?:[?\uFF1F]|[吗嗎呢][。.!！]?|(?:[请請][您你]?|[您你][请請]?)(?:[讲講说說])(?:[话話])?[。.!！]?)\s*(?:\n[^\n:\uFF1A]{1,6}[:\uFF1A]\s*)?$/;

/**
 * Directions of one event that stand for the agent: inside an agent turn, or on a line of their
 * own (which continues whatever turn came before, often the customer's 好的).
 */
export function agentEvents(doc: ScriptDocument, test: (d: StageDirection) => boolean): StageDirection[] {
  return stageDirections(doc).filter((d) => {
    if (!test(d) || d.turn === undefined) return false;
    return doc.turns[d.turn].role === 'agent' || onLineOfItsOwn(doc, d);
  });
}

function onLineOfItsOwn(doc: ScriptDocument, d: StageDirection): boolean {
  const line = doc.lines[d.line];
  if (line.label) return false;
  return !lineSaysSomething(doc, line);
}

export function eventIs(event: StageEvent): (d: StageDirection) => boolean {
  return (d) => d.event === event;
}

/**
 * The agent hands the call on to another desk in this turn: 我将您的电话转接给……, 马上为您转接,
 * 他将继续为您服务 (您 is 你 on the view), or goes to fetch the person the caller asked for
 * (我马上去请XX医生, 我帮您叫一下王经理, 我找一位会说粤语的同事接听), or says they are at hand
 * (他在旁边,请稍候): whoever comes to the phone takes the call up. Not advice
 * (您也可以让接线员帮您转接, 由人工为您转接), nor what is done already (已为您转接) or a rating
 * (转接评价), nor the agent going to ask someone and coming back (我去请示一下, 我问一下同事).
 */
const HANDS_ON_RE =
  /转接(?!过来|过的|成功)|(?:他|她|同事)(?:将|会)(?:继续)?为你服务|(?:去|帮你|为你|给你)(?:请(?!示|教|问)|叫|找)(?:一下)?[^\n]{0,8}?(?:先生|小姐|女士|老师|医生|大夫|护士|经理|主任|科长|处长|来接|接电话|接听)|(?:他|她)(?:就|正好|刚好)?在(?:旁边|隔壁|附近|这边|身边)|(?:找|叫|请)(?!示|教|问)(?:一位|一个|个)?[^\n]{0,8}?(?:同事|专员|师傅)(?:来|给你|帮你)?(?:接听|接电话|接一下)/g;
const NOT_HANDS_ON_BEFORE = /已(?:经)?(?:为你|帮你|给你)?$|(?:让(?!你)|由)[^\n]{0,8}$|你也?可以[^\n]{0,10}$|如(?:果|需)[^\n]{0,10}$/;

/** Whether a turn's words (on the view) hand the call on to someone else. */
export function handsOn(said: string): boolean {
  HANDS_ON_RE.lastIndex = 0;
  for (let m = HANDS_ON_RE.exec(said); m; m = HANDS_ON_RE.exec(said)) {
    if (NOT_HANDS_ON_BEFORE.test(said.slice(Math.max(0, m.index - 12), m.index))) continue;
    // 转接满意度评价: the call goes to the rating, not to another desk.
    if (m[0].startsWith('转接') && asksForRating(said.slice(m.index, m.index + 12))) continue;
    return true;
  }
  return false;
}

/**
 * A direction that says the transfer did not go through (【要转接的电话占线】, 【转接之后对方无人接听】) or
 * cannot be made (【无法直接转接】, 【不能转接时】): the call stays with the agent, whose next words tell
 * the caller so (电话没人接,请问您是否需要留言?). On a direction's simplified words.
 */
export const NOT_THROUGH_RE = /占线|忙线|无人接听|没人接|无人应答|未接通|没(?:有)?接通|接不通|打不通|不通|失败|不在|无法|不能|未能|不可以|不予/;

/** 【另一通来电,要转接的电话占线】 tells of another caller's transfer, not of this one. */
const ANOTHER_CALL_RE = /另一(?:通|个|位)|下一(?:通|个|位)/;

/** A transfer direction that did not put this call through. */
export function transferFails(d: StageDirection): boolean {
  return (d.event === 'transfer' || /接听|接通|电话/.test(d.text)) && NOT_THROUGH_RE.test(d.text) && !ANOTHER_CALL_RE.test(d.text);
}

/**
 * Whether an agent turn hands the call on, in words or by a transfer direction standing in it; not
 * when a direction in it says the transfer did not go through: the agent comes back to the caller.
 */
export function turnHandsOn(doc: ScriptDocument, view: NormalizedView, index: number): boolean {
  const own = stageDirections(doc).filter((d) => d.turn === index);
  if (own.some(transferFails)) return false;
  return handsOn(spokenView(doc, view, index).text) || own.some((d) => d.event === 'transfer');
}

/** The turn index of an offset (every offset the procedure rules ask about lies in a turn). */
export function turnOf(doc: ScriptDocument, offset: number): number {
  return lineAt(doc, offset).turn as number;
}
