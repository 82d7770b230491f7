import type { ScriptDocument } from '../document';
import { customerSaid, isSpeakingAgent } from './conversation';
import { turnSpans } from './turn-text';

/**
 * What a caller asks for that another desk or person answers: the caller's own request is the
 * reason for a hand-off and consent to it (总机: 请帮我找王小姐 → 王小姐的分机号码是3605，我将帮您转接).
 * Patterns on a customer turn's view: simplified, 您 is 你, punctuation dropped.
 */

/** Who a caller asks for by title (王小姐, 张医生, 李老师, 上次那个客户经理). */
const PERSON = '(?:先生|小姐|女士|老师|医生|大夫|护士|经理|主任|主管|科长|处长|师傅|领导|负责人|同事|工程师|专员|话务员|接线员|客服)';
/** Where a caller asks to be put through (客房部, 财务科, 前台, 分机). */
const DESK = '(?:部|科|室|处|中心|前台|总台|总机|分机|办公室|柜台)';

/**
 * Asking for a person or desk, which names where the call goes: 转人工, 我找一下张医生, 请帮我转王先生,
 * 帮我转一下客房部, 请问李老师在吗. Not 找不到 (a complaint), nor 请问 (a question about the desk).
 */
const ASKS_FOR_RE = new RegExp(
  `转人工|人工(?:服务|客服)?|(?:转|换)(?:个|一个)?人|找(?!不)(?:一下)?[^\\n]{0,10}?(?:${PERSON}|${DESK})|转(?!告|达|账|款)(?:一下|到|给)?[^\\n]{0,8}?(?:${PERSON}|${DESK})|[^\\n]{1,6}?${PERSON}在(?:吗|不在)`,
);
/** Asking to book what a desk of the house takes (我想订个房间, 我要订房, 帮我预约): the agent names the desk. */
const BOOKS_RE = /(?:想|要|帮我|给我|我)(?:订|预订|预约)(?!单)/;

/** Whether a caller's words ask for a person or desk by name. */
export function asksForPersonOrDesk(said: string): boolean {
  return ASKS_FOR_RE.test(said);
}

/** Whether a caller's words ask to book a service, which a desk of its own takes. */
export function asksToBook(said: string): boolean {
  return BOOKS_RE.test(said);
}

/**
 * What the caller said in the exchange that leads to an agent turn: their turns back to the
 * agent's last turn that was not a question, in the same section. The agent's questions
 * (请问您是需要预订客房、餐饮还是娱乐?) only narrow the request; the caller's answers (客房。对。)
 * keep it.
 */
export function exchangeBefore(doc: ScriptDocument, turn: number): string {
  const section = doc.turns[turn].section;
  const said: string[] = [];
  for (let i = turn - 1; i >= 0 && doc.turns[i].section === section; i--) {
    if (doc.turns[i].role === 'customer') said.unshift(customerSaid(doc, i));
    else if (isSpeakingAgent(doc, i) && !asksQuestion(doc, i)) break;
  }
  return said.join('\n');
}

/** A turn that ends on a question mark: the agent asked and waits for the answer. */
function asksQuestion(doc: ScriptDocument, turn: number): boolean {
  const spans = turnSpans(doc, doc.turns[turn]);
  if (spans.length === 0) return false;
  const last = spans[spans.length - 1];
  return /[?？]\s*$/.test(doc.text.slice(last.start, last.end));
}
