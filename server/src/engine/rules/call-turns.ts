import { toSimplified } from '../chinese-script';
import { lineAt, type ScriptDocument, type Span, type Turn } from '../document';
import type { NormalizedView } from '../normalize';
import { turnSaysSomething, withoutUnseenEnds } from '../says-something';
import type { Fix, Message } from '../types';
import { stageEventOf } from '../stage-events';
import { styledAt, textFix } from './reword';
import { crossesSentenceEnd, sentenceMatches, turnView, type ViewMatch } from './turn-text';

/**
 * What the procedure rules (closing, hang-up, silent line, opening) ask of a script's turns: which
 * turns say something, where a turn's words are, and a line put before a turn.
 */

/** The turns whose agent text says `re` within one sentence, in order, each once. */
export function turnsSaying(doc: ScriptDocument, view: NormalizedView, re: RegExp): number[] {
  const turns: number[] = [];
  for (const m of sentenceMatches(view, re)) {
    const turn = lineAt(doc, view.origin[m.start]).turn as number;
    if (turns[turns.length - 1] !== turn) turns.push(turn);
  }
  return turns;
}

/** The first turn whose agent text says `re`, if any. */
export function firstTurnSaying(doc: ScriptDocument, view: NormalizedView, re: RegExp): number | undefined {
  const m = firstSentenceMatch(view, re);
  return m && lineAt(doc, view.origin[m.start]).turn;
}

/** The agent says goodbye (再见面 is "meet again", no goodbye). On the view. */
export const GOODBYE_RE = /再见(?!面)/g;

/**
 * The agent asks the customer to rate the service (请为我的服务评分, 请您稍后对本次服务做出评价, 满意度评价,
 * 请您稍候进行评价, 转接评价): the call's close, which offers nothing more, where a transfer in the same
 * turn goes, and what a wait then is for. The one spelling of the rating words for every rule.
 */
export const RATING_REQUEST_RE =
  /(?:对|为|给)(?:我|我们|本次|这次|此次)?的?服务[^\n]{0,6}?(?:评价|评分|打分)|满意度(?:评价|调查|回访)?|(?:按键|进行|做出|作出|转接(?:到|至)?)(?:服务)?(?:评价|评分|打分)/g;

/** Whether words ask for a rating, anywhere in them. */
export function asksForRating(words: string): boolean {
  RATING_REQUEST_RE.lastIndex = 0;
  return RATING_REQUEST_RE.test(words);
}

/** The first match of a global regex that stays inside one sentence: the search stops there, however long the script. */
export function firstSentenceMatch(view: NormalizedView, re: RegExp): ViewMatch | undefined {
  re.lastIndex = 0;
  for (let m = re.exec(view.text); m; m = re.exec(view.text)) {
    const end = m.index + m[0].length;
    if (end === m.index) re.lastIndex++;
    else if (!crossesSentenceEnd(view, m.index, end)) return { start: m.index, end };
  }
  return undefined;
}

/** A turn's spoken text, without its stage directions, simplified: for customer turns, which the view leaves out. */
export function spokenText(doc: ScriptDocument, turn: Turn): string {
  let text = '';
  for (let i = turn.firstLine; i <= turn.lastLine; i++) for (const s of doc.lines[i].spoken) text += doc.text.slice(s.start, s.end);
  return toSimplified(text);
}

/** From a turn's first spoken character that is not a space or invisible to its last: where a finding on a turn that says something goes. */
export function spokenRange(doc: ScriptDocument, turn: Turn): Span | undefined {
  if (!turnSaysSomething(doc, turn)) return undefined;
  let start = -1;
  let end = -1;
  for (let i = turn.firstLine; i <= turn.lastLine; i++) {
    for (const span of doc.lines[i].spoken) {
      const seen = withoutUnseenEnds(doc.text, span);
      if (seen.end === seen.start) continue;
      if (start < 0) start = seen.start;
      end = seen.end;
    }
  }
  return start < 0 ? undefined : { start, end };
}

/**
 * A line of its own before a turn, with the turn's label (indent and colon as written) and its
 * line ending, in the script and punctuation width of the turn's first line. None for a turn
 * without a label (only a script's very first turn lacks one): a line put before it would join it.
 */
export function lineBeforeTurnFix(doc: ScriptDocument, turn: Turn, words: string, title: (line: string) => Message): Fix | undefined {
  const first = doc.lines[turn.firstLine];
  if (!first.label) return undefined;
  const label = doc.text.slice(first.start, first.label.end);
  const eol = doc.text.charCodeAt(first.end) === 13 ? '\r\n' : '\n';
  const styled = styledAt(doc, first.label.end, words);
  return textFix(first.start, first.start, (line) => title(line.trimEnd()), { traditional: styled.traditional, text: () => `${label}${styled.text()}${eol}` }, false);
}

/**
 * A greeting at the very start of a turn's view: 您好, a time-of-day or weekend greeting, a holiday's
 * (新春快乐), or the call system's {问候语}. It marks the turn that opens a call.
 */
const GREETING_START_RE = /^(?:你好|(?:早上|早晨|上午|中午|下午|晚上)+好|早安|周末好|问候语|[\u4e00-\u9fff]{1,12}?快乐)/;

export function greetsAtStart(turnView: NormalizedView): boolean {
  return GREETING_START_RE.test(turnView.text);
}

/**
 * Whether a turn comes right after a heading or a scene direction on a line of its own (blank and
 * comment lines between): where a script of several calls or situations begins the next one
 * (`【二次提醒】`, `【对内】`, `## 场景二:…`). The direction is the last line of the turn before. A
 * direction that says what happens in the call (【稍停5秒还是无声】, 【等待3秒左右】, 【另一通来电,要转接的
 * 电话占线】), that a moment passes (【稍过片刻,转换成普通话】) or how to speak (【语气亲切】) goes on
 * with the same call.
 */
export function followsBreak(doc: ScriptDocument, turn: number): boolean {
  for (let i = doc.turns[turn].firstLine - 1; i >= 0; i--) {
    const line = doc.lines[i];
    if (line.kind === 'blank' || line.kind === 'comment') continue;
    if (line.kind === 'heading') return true;
    if (line.label || (line.kind !== 'turn' && line.kind !== 'continuation')) return false;
    if (line.spoken.some((s) => doc.text.slice(s.start, s.end).trim() !== '')) return false;
    const words = toSimplified(doc.text.slice(line.start, line.end));
    return /[\u3010\u3011]/.test(words) && stageEventOf(words) === undefined && !MOMENT_RE.test(words);
  }
  return false;
}

/**
 * A direction that lets a moment pass in the call, has the agent change how they speak, or says
 * how to say the words (【语气亲切】, 【微笑】): a note on the same call.
 */
const MOMENT_RE = /稍停|稍过|片刻|停顿|[0-9一二三四五六七八九十几两]+秒|转换|切换|重复|语气|语调|语速|音量|声音|微笑|亲切|热情|放缓|耐心|礼貌|诚恳/;

/**
 * Whether an agent turn answers a customer's turn that is only a hello (客户:您好! / 坐席:您好,…):
 * a customer-first call, whose first agent turn is its opening. A customer says a bare hello as a
 * call begins; mid-call a bad line gets 喂? without it.
 */
export function answersCustomerHello(doc: ScriptDocument, turn: number): boolean {
  const before = doc.turns[turn - 1];
  return before !== undefined && before.role === 'customer' && CUSTOMER_HELLO_RE.test(spokenText(doc, before).replace(/[\s\p{P}~～]/gu, ''));
}

const CUSTOMER_HELLO_RE = /^(?:喂)?[你您]好(?:啊|呀)?$/;

/** The first agent turn that says something: the one a call opens with. */
export function firstSpeakingAgentTurn(doc: ScriptDocument): number | undefined {
  const i = doc.turns.findIndex((t) => t.role === 'agent' && spokenRange(doc, t) !== undefined);
  return i >= 0 ? i : undefined;
}

/**
 * 000 四(四): a line on which the customer cannot be heard, or only through noise, is closed with
 * 稍后再与您联系,再见. Patterns on the view (simplified, 您 → 你, punctuation dropped).
 */
export const LINE_TROUBLE_RE = /听不(?:见|到|清)|声音太小|没有(?:你的)?声音|无声|杂音/g;
/** The words that end such a call: the standard's call-back promise, or any goodbye. */
const LINE_CLOSING_RE = /稍后再(?:与|和|跟|给)?你(?:联系|联络|回电|致电)|再见(?!面)/g;

export interface BadLineClosing {
  turn: number;
  /** The closing words (the call-back promise, else the goodbye), in the turn's view. */
  view: NormalizedView;
  words: ViewMatch;
}

/**
 * The agent's turns that close a bad line: they say what is wrong with the line and promise a call
 * back or say goodbye. Found from the trouble words, which few scripts say.
 */
export function badLineClosings(doc: ScriptDocument, view: NormalizedView, first = false): BadLineClosing[] {
  const found: BadLineClosing[] = [];
  for (const m of sentenceMatches(view, LINE_TROUBLE_RE)) {
    const turn = lineAt(doc, view.origin[m.start]).turn as number;
    if (found.length > 0 && found[found.length - 1].turn === turn) continue;
    const own = turnView(doc, view, doc.turns[turn]);
    const closings = sentenceMatches(own, LINE_CLOSING_RE);
    if (closings.length === 0) continue;
    found.push({ turn, view: own, words: closings.find((c) => own.text[c.start] === '稍') ?? closings[0] });
    if (first) break;
  }
  return found;
}
