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
  `转人工|人工(?:服务|客服)?|(?:转|换)(?:个|一个)?人|找(?!不|哪|谁|什么)(?:一下)?[^\\n]{0,10}?(?:${PERSON}|${DESK})|转(?!告|达|账|款)(?:一下|到|给)?[^\\n]{0,8}?(?:${PERSON}|${DESK})|[^\\n]{1,6}?${PERSON}在(?:吗|不在)`,
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
