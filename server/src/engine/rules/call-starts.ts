import { toSimplified } from '../chinese-script';
import type { ScriptDocument } from '../document';
import { GAP_HARD, GAP_NONE, type NormalizedView } from '../normalize';
import { spokenText } from './call-turns';
import { NOT_THROUGH_RE } from './conversation';
import type { ViewMatch } from './turn-text';

/**
 * Where a call evidently starts, so that its first agent turn owes the introduction whatever it
 * says (000 四(一), 001 呼叫業務電話禮儀標準 第2條: the first words of a call say who speaks, and on
 * an outbound call 不要先問對方姓名). greeting-employee-id reads a turn that opens a call by how it
 * opens (a greeting, a 喂, the offer of help); these are the starts its words do not show: the first
 * words of an outbound script, an answer to a customer who opened the call with a hello, an identity
 * check, and a line offered as an alternative to an opening.
 */

/**
 * 请问是张先生吗? / 你是曾颖,对吧? / 請問***先生在嗎?: a check of who answered as the turn's whole
 * first sentence, after a 喂 or a greeting if there is one. Read on the view after those.
 */
const IDENTITY_CHECK_RE = /^(?:请问)?(?:你)?(?:是)?[^\n我]{0,14}?(?:吗|么|嘛|对吧|对吗|是吧|在吗|在不在)$/;
const CHECK_SUBJECT_RE = /^(?:请问)?(?:你)?是|在吗$|在不在$/;

/** The identity check the turn opens with, from the start of `from` to its sentence's end. */
export function identityCheck(view: NormalizedView, from: number): ViewMatch | undefined {
  let end = from + 1;
  while (end < view.text.length && view.text[end] !== '\n' && view.gap[end] !== GAP_HARD) end++;
  const sentence = view.text.slice(from, end);
  return IDENTITY_CHECK_RE.test(sentence) && CHECK_SUBJECT_RE.test(sentence) ? { start: from, end } : undefined;
}

/** What may come before the words a call opens with: a 喂, an interjection, a greeting. */
const LEAD_RE = /^(?:喂+|哎+|诶+|嗯+)?(?:你好|你早|(?:早上|上午|中午|下午|晚上)好)?/;

/** Where the turn's words start after its 喂 and greeting (喂,您好,请问是…). */
export function afterLead(view: NormalizedView): number {
  const m = LEAD_RE.exec(view.text);
  return m ? m[0].length : 0;
}

/**
 * Whether the customer opened the call: the script's first turns are the customer's, and the first
 * of them starts with a hello (客户:您好,我是记者,想了解一下…). The agent's answer is then the call's
 * first agent turn, whatever the customer went on to ask.
 */
const CUSTOMER_OPENS_RE = /^(?:喂+)?(?:你好|您好|你们好|您们好|早上好|上午好|下午好|晚上好)/;

export function customerOpenedCall(doc: ScriptDocument, turn: number): boolean {
  const before = doc.turns.slice(0, turn).filter((t) => spokenText(doc, t).trim() !== '');
  if (before.length === 0 || before.some((t) => t.role !== 'customer')) return false;
  return CUSTOMER_OPENS_RE.test(spokenText(doc, before[0]).replace(/[\s\p{P}]/gu, ''));
}

/**
 * Whether the turn is an outbound call's first words: the script says the call is ours
 * (`direction: outbound` or `callback`), no one spoke before, and either nothing but a heading line
 * comes before it, or it speaks to the customer first (童童妈妈,今天… / 姐,我时间来不及了…): the agent
 * has dialled and speaks first, so the words that follow owe who is calling.
 */
export function outboundFirstWords(doc: ScriptDocument, turn: number, view: NormalizedView): boolean {
  if (doc.frontMatter.direction !== 'outbound' && doc.frontMatter.direction !== 'callback') return false;
  if (doc.turns.slice(0, turn).some((t) => spokenText(doc, t).trim() !== '')) return false;
  return !narrated(doc, turn) || addressesCustomer(view);
}

/** A kinship word or title the customer is called by when the agent speaks to them first. */
const CALLED_BY_RE = /(?:妈妈|爸爸|家长|奶奶|爷爷|姥姥|姥爷|阿姨|叔叔|大爷|大妈|姐|哥|先生|女士|小姐|老师|师傅|同学|业主|客户)$/;

/** Whether the turn opens with a clause of its own that names the customer (童童妈妈, / 姐,). */
function addressesCustomer(view: NormalizedView): boolean {
  let end = 1;
  while (end < view.text.length && view.gap[end] === GAP_NONE && view.text[end] !== '\n') end++;
  return end < view.text.length && end <= 8 && CALLED_BY_RE.test(view.text.slice(0, end));
}

/** Whether a stage direction or a heading stands before the turn: a scene that a report or a lesson narrates. */
function narrated(doc: ScriptDocument, turn: number): boolean {
  for (let i = doc.turns[turn].firstLine - 1; i >= 0; i--) {
    const line = doc.lines[i];
    if (line.kind === 'heading' || (line.kind !== 'blank' && line.kind !== 'comment' && line.kind !== 'front-matter')) return true;
  }
  return false;
}

/**
 * Whether the turn follows a direction that offers it as another way to say the line before it
 * (【或】, 【或者】, 【也可说】): each way is said alone, so the 工号 given in the one before does not
 * count for this one.
 */
const ALTERNATIVE_RE = /^【(?:或|或者|或是|也可(?:以)?(?:说)?|还可(?:以)?说|另一种说法)[:：]?】$/;

export function followsAlternative(doc: ScriptDocument, turn: number): boolean {
  for (let i = doc.turns[turn].firstLine - 1; i >= 0; i--) {
    const line = doc.lines[i];
    if (line.kind === 'blank' || line.kind === 'comment') continue;
    if (line.label) return false;
    return ALTERNATIVE_RE.test(toSimplified(doc.text.slice(line.start, line.end).trim()));
  }
  return false;
}

/**
 * Whether the turn follows a numbered heading written as a direction (【2.1 耐心倾听与情感共鸣】,
 * 【(3) 直接说明来意】): the next item of a list of calls or scenes, not a note on the same call.
 */
const NUMBERED_RE = /^【\s*(?:[0-9]+(?:\.[0-9]+)*[.、\s]|[一二三四五六七八九十]+、|[(（][0-9一二三四五六七八九十]+[)）])/;

export function followsNumberedHeading(doc: ScriptDocument, turn: number): boolean {
  for (let i = doc.turns[turn].firstLine - 1; i >= 0; i--) {
    const line = doc.lines[i];
    if (line.kind === 'blank' || line.kind === 'comment') continue;
    if (line.label || line.spoken.some((sp) => doc.text.slice(sp.start, sp.end).trim() !== '')) return false;
    return NUMBERED_RE.test(doc.text.slice(line.start, line.end).trim());
  }
  return false;
}

/**
 * 欢迎致电XX热线,中文服务请按1: the call system's recorded menu (IVR), which no agent says and no
 * employee ID belongs to; the agent's opening comes after it.
 */
const IVR_RE = /请按[0-9一二三四五六七八九零#*]|按[0-9一二三四五六七八九零#*]键|语音导航|人工服务请按/;

export function ivrPrompt(view: NormalizedView): boolean {
  return IVR_RE.test(view.text);
}

/**
 * Whether the turn is the first of the desk a call was put through to (【转接后】, 【转接至贷款专线】,
 * 【转至投诉专席】): another agent speaks, so the 工号 the first one gave does not count for them. A
 * transfer that does not go through (【转接占线】, 【无人接听】) leaves the same agent on the line, and so
 * does a line picked up again after a wait (【接通后要先致歉】).
 */
const PUT_THROUGH_RE = /转接(?:后|成功|至|到|给)|转(?:至|到)[\u4e00-\u9fff]{1,8}?(?:专线|专席|二线|部|科|处|中心|台)/;

export function followsTransfer(doc: ScriptDocument, turn: number): boolean {
  for (let i = doc.turns[turn].firstLine - 1; i >= 0; i--) {
    const line = doc.lines[i];
    if (line.kind === 'blank' || line.kind === 'comment') continue;
    if (line.label || line.spoken.some((sp) => doc.text.slice(sp.start, sp.end).trim() !== '')) return false;
    const words = toSimplified(doc.text.slice(line.start, line.end));
    return /^\s*【/.test(words) && PUT_THROUGH_RE.test(words) && !NOT_THROUGH_RE.test(words);
  }
  return false;
}
