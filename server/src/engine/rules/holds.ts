import type { ScriptDocument } from '../document';
import { isFaceToFace } from '../front-matter';
import type { NormalizedView } from '../normalize';
import { alternativesAt } from './alternatives';
import { agentEvents, customerRequestBefore, firstAndLast, isHold, isSpeakingAgent, nextAgentTurn, previousAgentTurn, spokenView, transferFails, turnHandsOn, turnOf } from './conversation';
import { asksForPersonOrDesk } from './caller-requests';
import { asksForRating } from './call-turns';
import { stageDirections } from '../stage-events';
import { originalRange, sentenceMatches } from './turn-text';
import { sentenceEnd, sentenceStart } from './phrase-context';

/**
 * Where the agent makes the customer wait: words (请稍等, 请您稍候, 您等一下 …) or a hold stage
 * direction (【保持】, 【等待】 …). `wait-thanks` and `hold-procedure` read the same holds.
 */

export interface Hold {
  /** What is flagged: the words, or the direction when the turn says none. */
  start: number;
  end: number;
  /** The agent turn that asks the customer to wait. */
  turn: number;
  /** Whether a direction says the customer is put on hold (保持), not only asked to wait a moment. */
  onHold: boolean;
}

/**
 * 您 is 你 on the view. 等一下 only where it is asked of the customer: 等一下我们会发短信 is "later".
 * A wait asked again is one too (请您再稍等, 请继续等待, 请您再耐心等候), and so is the blunt
 * 你等着 or 你等我 + what the agent goes to do (你等我打电话问一下): the customer holds while the
 * agent works. 你等着瞧 threatens; it is no wait. The wait's other measures are one too (请您等一等,
 * 你等一会儿), and at a counter so is a seat offered while the agent goes to work (请坐一会儿，我尽快为
 * 您安排): 请坐 alone only welcomes.
 */
const WAIT_RE =
  /(?:请|麻烦)你?(?:再|先)?稍(?:等|候)|你(?:再|先)?稍(?:等|候)|(?:请|麻烦)?你(?:先|稍|再)?等(?:一下|一等|一会儿?)|(?:请|麻烦)(?:先|稍|再)?等(?:一下|一等|一会儿?)|(?:请|麻烦)你?(?:先|再)?(?:坐|歇)(?:一会儿?|一下)(?=[,，。!！]?[^\n]{0,6}?(?:我|马上|尽快))|(?:请|麻烦)你?(?:继续|再)(?:耐心)?等(?:待|候)|你(?:先|就|再)?等着(?![瞧看])|你(?:先|再)?等我(?=(?:先|再|去|来|给你|帮你)?(?:打|查|问|看|找|翻|核|联系|确认))/g;
/**
 * 请您再耐心等待几天, 请继续等待收货, 请您稍等我们的回电: the customer waits for a delivery or a call
 * back, off the line; there is no hold to come back from. A number before 周末 counts no weeks
 * (请稍等13812345678周末好 greets after the number).
 */
const OFF_THE_LINE_AFTER = /^[^\n]{0,4}?(?:[0-9一二两三四五六七八九十几]+个?(?:工作日|天|日|周(?!末)|星期|月)|收货|到货|发货|通知|回复|回电|结果|消息|短信)/;
/** 请您稍候对我的服务进行评价 closes the call: the customer waits for the rating, not for the agent; so does 请稍候挂机. */
const HANG_UP_AFTER = /挂机/;
/** 请稍候再试 is "try again later": the customer is sent away for now, not kept waiting on the line. */
const LATER_RE = /^再(?:试|拨|打|来|联系|登|操作|尝试|办)/;

/**
 * 等一下! / 等等,我查查: the bare imperative said without 请 or 你 is a wait all the same, the blunt form
 * the standards replace with 请稍等, when it is its sentence's first words (after a 好 or 那 at most) and
 * either the whole sentence or followed by the agent's own errand. Not 等一下我们会发短信 ("later"),
 * nor 等等 listing things (水费、电费等等).
 */
const BARE_WAIT_RE = /等(?:一下|一等|一会儿?|等)(?:啊|吧|哈|嘛|哦)?/g;
const BARE_WAIT_LEAD = /^(?:好的?|嗯|那|喂)?先?$/;
const ERRAND_AFTER = /^(?:我(?!们)|让我|马上)/;

function bareWaits(view: NormalizedView): ReturnType<typeof sentenceMatches> {
  return sentenceMatches(view, BARE_WAIT_RE).filter((m) => {
    if (!BARE_WAIT_LEAD.test(view.text.slice(sentenceStart(view, m.start), m.start))) return false;
    const end = sentenceEnd(view, m.end);
    return m.end === end || ERRAND_AFTER.test(view.text.slice(m.end, end));
  });
}

/** Per lint (its view), the holds: `wait-thanks` and `hold-procedure` both read them. */
const found = new WeakMap<NormalizedView, Hold[]>();

export function holdsOf(doc: ScriptDocument, view: NormalizedView): readonly Hold[] {
  let holds = found.get(view);
  if (!holds) found.set(view, (holds = findHolds(doc, view)));
  return holds;
}

function findHolds(doc: ScriptDocument, view: NormalizedView): Hold[] {
  const holds: Hold[] = [];
  const withWords = new Set<number>();
  for (const m of [...sentenceMatches(view, WAIT_RE), ...bareWaits(view)].sort((a, b) => a.start - b.start)) {
    const after = view.text.slice(m.end, sentenceEnd(view, m.end));
    if (asksForRating(after) || HANG_UP_AFTER.test(after) || LATER_RE.test(after) || OFF_THE_LINE_AFTER.test(after)) continue;
    const range = originalRange(view, m.start, m.end);
    const turn = turnOf(doc, range.start);
    // 请稍等，我将您的电话转接给…… is a hand-off, not a hold: the customer waits for the next desk,
    // whose agent thanks them (001 第2條 8); `transfer-procedure` checks it.
    if (inClosing(doc, turn) || handsOnAfter(doc, view, turn)) continue;
    if (servesInFront(doc, view.text.slice(sentenceStart(view, m.start), sentenceEnd(view, m.end)))) continue;
    // 请稍候/您稍等 offers two ways to say one wait.
    const choices = alternativesAt(doc, range.start);
    const last = holds[holds.length - 1];
    if (choices && last && alternativesAt(doc, last.start) === choices) continue;
    withWords.add(turn);
    holds.push({ ...range, turn, onHold: false });
  }
  const directions = agentEvents(doc, (d) => isHold(doc, d) && !setsScene(d.text));
  const heldTurns = new Set<number>();
  for (const d of directions) {
    const own = d.turn as number;
    const turn = doc.turns[own].role === 'agent' ? own : previousAgentTurn(doc, own);
    // The direction's own turn decides: the agent turn before it may be borrowed from another segment without its heading.
    if (turn === undefined || inClosing(doc, own) || handsOnAfter(doc, view, turn)) continue;
    // 保持 is the hold key: the customer is on hold, not only waiting a moment on an open line (【查询中】).
    if (turn === own && d.text.includes('保持')) heldTurns.add(turn);
    // One hold per turn: its words when it has some, else its first direction.
    if (withWords.has(turn) || holds.some((h) => h.turn === turn)) continue;
    holds.push({ start: d.start, end: d.end, turn, onHold: d.text.includes('保持') });
  }
  for (const h of holds) if (heldTurns.has(h.turn)) h.onHold = true;
  return holds.sort((a, b) => a.start - b.start);
}

/**
 * 【在银行排长队等待喊号时】, 【客户排队等候】: the direction says when the scene happens or that the
 * customer queues, as a writer sets the scene before the words. A hold is something the agent does
 * on the call (【保持】, 【等待3秒】); a queue is the customer's own wait before anyone served them.
 * 【业户暂不在家,等待后仍无人…】 tells how a wait already ended, with nobody there to thank.
 */
const SCENE_RE = /^(?:在|当)[^\n]*时$|(?:的时候|之时|之际)$|排[^\n]{0,2}?队|等(?:待|候)?(?:之?后|过后)[^\n]{0,4}?(?:仍|还是|依然)?(?:无人|没人)/;

function setsScene(words: string): boolean {
  return SCENE_RE.test(words.trim());
}

/**
 * 请稍候片刻，我即将为您检查 at a nurses' station, 我马上为您处理 on a repair visit: the agent serves the
 * customer in person, the customer part of the work and watching it. The standards' thanks for waiting
 * are a call's (000 四(二)1 让客户等待超过5秒, 001 呼叫中心 第1條 11): a silent line the caller cannot
 * see behind. Not so the counter's business done at the terminal and on paper (请稍候,我马上为您办好,
 * 我马上给您办手续, 为您查询, 为您打印): the customer stands idle while the clerk works, and the counter
 * standards thank that wait as a call does (制度执行1000问 文明服务 (21): 请稍候 … 对不起,让您久等了;
 * two labeled corpora flag it). Going away to ask or fetch someone (我帮您问问) is a wait everywhere.
 */
const SERVES_NOW_RE = /我(?:马上|即将|立即|立刻|这就|现在|正在)?就?(?:为你|给你|帮你)(?:检查|治疗|处理|护理|换药|包扎|测|量|维修|修|安装|调试)/;

function servesInFront(doc: ScriptDocument, sentence: string): boolean {
  return isFaceToFace(doc.frontMatter.channel) && SERVES_NOW_RE.test(sentence);
}

/**
 * A wait that hands the call on: said with the hand-off (请稍候，我马上为您转接), answering a caller
 * who asked for a person or desk (客户:请帮我转王先生。 坐席:好的，请稍候!), or followed by a
 * transfer direction before the agent speaks again. The customer waits for whoever takes the call,
 * and thanks for that wait are theirs to say.
 */
function handsOnAfter(doc: ScriptDocument, view: NormalizedView, turn: number): boolean {
  if (turnHandsOn(doc, view, turn)) return true;
  if (asksForPersonOrDesk(customerRequestBefore(doc, turn) ?? '') && !saidAbsent(doc, view, turn)) return true;
  const next = nextAgentTurn(doc, turn) ?? doc.turns.length;
  return stageDirections(doc).some((d) => d.event === 'transfer' && !transferFails(d) && d.turn !== undefined && d.turn > turn && d.turn < next);
}

/**
 * 对不起，他不在，请稍候; 主任今天停诊 … 请您稍等，我给您联系一下: the person asked for is not there,
 * so nobody takes the call up and the agent comes back to the customer, who is owed the thanks.
 * Said in the wait's turn or in the agent's turn before the caller asked again.
 */
const ABSENT_RE = /(?:他|她|先生|小姐|女士|老师|医生|大夫|主任|经理|师傅|科长|处长)[^\n]{0,12}?(?:不在|停诊|外出|出差|请假|下班|休息|开会)/;

function saidAbsent(doc: ScriptDocument, view: NormalizedView, turn: number): boolean {
  const before = previousAgentTurn(doc, turn);
  return [turn, ...(before === undefined ? [] : [before])].some((t) => ABSENT_RE.test(spokenView(doc, view, t).text));
}

/**
 * The turns of other segments that tell whether a wait hands the call on: what the caller asked
 * just before it (the last agent and customer turns before a segment), and a transfer direction
 * before the agent speaks again (the next agent turn and the next transfer direction after it).
 */
export const handOffTurnsSeen = {
  before: (doc: ScriptDocument): Array<number | undefined> => [
    firstAndLast(doc, (i) => isSpeakingAgent(doc, i)).last,
    firstAndLast(doc, (i) => doc.turns[i].role === 'customer').last,
  ],
  elsewhere: (doc: ScriptDocument): Array<number | undefined> => [
    firstAndLast(doc, (i) => isSpeakingAgent(doc, i)).first,
    stageDirections(doc).find((d) => d.event === 'transfer' && d.turn !== undefined)?.turn,
  ],
};

function inClosing(doc: ScriptDocument, turn: number): boolean {
  const section = doc.turns[turn].section;
  return section >= 0 && doc.sections[section].kind === 'closing';
}
