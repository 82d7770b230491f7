import { toSimplified } from '../chinese-script';
import { lineAt, type ScriptDocument } from '../document';
import type { NormalizedView } from '../normalize';
import type { Rule } from '../rule';
import type { Fix } from '../types';
import { firstTurnSaying, GOODBYE_RE, lineBeforeTurnFix, turnsSaying } from './call-turns';
import { styledAt, textFix } from './reword';
import { customerSaid, firstAndLast, hasWords, isSpeakingAgent, openingUnits, originalOf, spokenView } from './conversation';
import { isUpset } from './apology-first';

/**
 * After the customer gives a number, an address, a date or an amount, the agent's next turn
 * confirms it (跟您确认一下…, 您说的是…对吗?, 核对一下) or repeats it before acting on it.
 */

const S001_NUMBER = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫業務電話禮儀標準 第2條 9' };
const S001_MEANING = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫業務電話禮儀標準 第2條 3' };
const S002 = { seed: '002_5ab7d194a3b83629.txt', section: '1.4.10 理解客户-复述的技巧' };
const S003 = { seed: '003_22534ffe70de67c3.txt', section: '三、1-2.澄清确认、信息核对' };

/**
 * Details worth reading back, on the view (digits are half width there): a number of six digits
 * or more (phone, account, order; spaces between groups are dropped; 10086 and 95588 are the
 * hotlines, not the customer's), an address, a day of a month, an amount of money.
 */
const DETAIL_RE =
  /[0-9]{6,}|\{(?:手机号|手机号码|号码|电话|联系电话|身份证号|证件号|卡号|账号|订单号|地址|日期|金额)\}|[路街巷][^\n]{0,6}?[0-9一二三四五六七八九十百]+号|(?:小区|大厦|花园)[^\n]{0,8}?[0-9一二三四五六七八九十]+(?:栋|号楼|幢|单元|室)|[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}[日号]|[0-9]+(?:\.[0-9]+)?(?:元|块)/;
/** The agent confirms. */
const CONFIRM_RE = /确认|核对|核实|你说的是|你是说|你刚才说|是吗|对吗|对不对|没错吧|是不是|复述|再说一遍|重复一下|记下了/;
/**
 * A booking taken over several turns is read back whole before the goodbye (您预订了今晚的一间大床房,
 * ……联系电话是这样的吗?): the summary 003 四、1 asks for (简要总结…确保客户清楚). A turn that answers a
 * detail and goes on with the booking (房价是XX元,您大概几点到达呢?) leaves the confirmation to it. Asked
 * as a question or said as a check: 无法确认 confirms nothing.
 */
const SUMMARY_CONFIRM_RE = /是这样的?吗|(?:跟|和|与|向)你(?:确认|核对|核实)|(?:确认|核对|核实)一下|对吗|对不对|没错吧/g;

export const readBack: Rule = {
  id: 'read-back',
  defaultSeverity: 'info',
  title: { zh: '客户报出号码、地址、日期、金额后要复述确认', en: 'Read back a number, address, date or amount the customer gives' },
  sources: [S001_NUMBER, S001_MEANING, S002, S003],
  examples: {
    flag: [
      '坐席:请问您的手机号码是多少?\n客户:13912345678。\n坐席:好的,我马上为您办理。\n',
      '客户:我家在人民路88号。\n坐席:好的,師傅明天上門。\n',
      '客户:为什么要扣钱?我的号码是13912345678。\n坐席:好的,我马上为您查询。\n',
      '客户:共和新路361号门口的井盖坏了。\n坐席:好的,我们马上派人到现场处理。\n',
    ],
    pass: [
      '坐席:请问您的手机号码是多少?\n客户:13912345678。\n坐席:跟您确认一下,您的号码是13912345678,对吗?\n',
      '客户:我家在人民路88号。\n坐席:您說的是人民路88號,對嗎?\n',
      '客户:订单号是20270301。\n坐席:好的,20270301,我帮您查询。\n',
      '客户:我想查一下话费。\n坐席:好的,请稍等,我正在帮您查询。\n',
      '客户:为什么我的话费从每月58元变成88元?\n坐席:套餐到期后按标准资费收取,月租88元。\n',
      '客户:共和新路361号门口的消火栓漏水几个月了。\n坐席:消火栓取用水有明确规定,我们会和相关管理部门联系。\n',
      '客户:我要投诉,你们多收了我30块钱。\n坐席:非常抱歉,给您带来不便,我们马上处理。\n',
      '客户:3月2日寄的包裹到现在还没收到!\n坐席:非常抱歉,我帮您催一下。\n',
    ],
  },
  // A later confirmation of the details, and the goodbye that would come before it.
  turnsSeenElsewhere: (doc, view) => [firstTurnSaying(doc, view, SUMMARY_CONFIRM_RE), firstTurnSaying(doc, view, GOODBYE_RE)],
  // The customer's detail before the agent's answer, the agent's turn before it, and a complaint since.
  turnsSeenBefore: (doc) => [
    firstAndLast(doc, (i) => doc.turns[i].role === 'customer' && (detailIn(customerSaid(doc, i)) !== undefined || placeholderIn(doc, i) !== undefined)).last,
    firstAndLast(doc, (i) => isSpeakingAgent(doc, i)).last,
    // Whether the customer complained since: the last complaint.
    firstAndLast(doc, (i) => doc.turns[i].role === 'customer' && isUpset(customerSaid(doc, i))).last,
  ],
  check(ctx) {
    const { doc, view } = ctx;
    // The customer's last detail since the agent last spoke: what the agent's answer reads back.
    let given: string | undefined;
    // Whether the customer's turn was little but the detail: the answer can then repeat it.
    let alone = false;
    let inPublic = false;
    // Whether a customer turn since the agent last spoke was a complaint: its dates and sums tell the grievance.
    let complained = false;
    let confirmedLater: boolean[] | undefined;
    for (let i = 0; i < doc.turns.length; i++) {
      if (doc.turns[i].role === 'customer') {
        const customer = customerSaid(doc, i);
        complained ||= isUpset(customer);
        const detail = detailIn(customer);
        const kept = detail !== undefined && !questionsFigure(doc, i, detail) ? detail : undefined;
        if (kept !== undefined) inPublic = locatesPublicSpot(customer, kept);
        const said = kept ?? placeholderIn(doc, i);
        if (said !== undefined) [given, alone] = [said, saysLittleElse(customer, said)];
        continue;
      }
      if (!isSpeakingAgent(doc, i)) continue;
      const detail = given;
      const told = complained;
      given = undefined;
      complained = false;
      if (detail === undefined || (told && TELLS_MATTER_RE.test(detail))) continue;
      const said = spokenView(doc, view, i);
      if (!hasWords(said)) continue;
      if (inPublic && !SENDS_SOMEONE.test(said.text)) continue;
      if (CONFIRM_RE.test(said.text) || said.text.includes(detail) || readsBackMasked(typed(doc, i), detail) || placeholderIn(doc, i) === detail) continue;
      confirmedLater ??= laterConfirmations(doc, view);
      if (confirmedLater[i]) continue;
      const opening = openingUnits(said);
      const range = originalOf(said, opening.start, opening.end);
      ctx.report(
        range.start,
        range.end,
        { zh: `客户报出的“${detail}”没有复述确认：例如“跟您确认一下，……，对吗?”`, en: `"${detail}" from the customer is not read back: e.g. 跟您确认一下，……，对吗?` },
        readBackFixes(doc, i, said, detail, alone),
      );
    }
  },
};

/**
 * For each turn, whether an agent turn after it confirms the details before the agent next says
 * goodbye: worked out once, from one pass over the agent text for each, when the first answer
 * lacks a read-back.
 */
function laterConfirmations(doc: ScriptDocument, view: NormalizedView): boolean[] {
  const confirms = new Set(turnsSaying(doc, view, SUMMARY_CONFIRM_RE));
  const goodbyes = new Set(turnsSaying(doc, view, GOODBYE_RE));
  const confirmed = new Array<boolean>(doc.turns.length).fill(false);
  let ahead = false;
  for (let i = doc.turns.length - 1; i >= 0; i--) {
    confirmed[i] = ahead;
    if (confirms.has(i)) ahead = true;
    else if (goodbyes.has(i)) ahead = false;
  }
  return confirmed;
}

/**
 * 共和新路361号门口消火栓漏水: an address that says where something in the street is, reported by a
 * passer-by. The answer reads it back where someone is sent there (派人到现场, 上门查看); an answer
 * about the rule or whose job it is acts on no detail of the customer's, and has nothing to confirm.
 */
const PUBLIC_SPOT = /^(?:的)?(?:门口|门前|附近|对面|旁边|路口|一带|路段|路边)/;
const SENDS_SOMEONE = /上门|派人|派员|到现场|去现场|过去看|前往|安排[^\n]{0,8}(?:人|师傅|工作人员)/;

function locatesPublicSpot(said: string, detail: string): boolean {
  return PUBLIC_SPOT.test(said.slice(said.indexOf(detail) + detail.length));
}

/**
 * 我要投诉某医院多收了我45块钱, 1月14日寄回的糕点到现在还没收到: in a complaint the day and the sum
 * tell what went wrong, and the answer owes the apology first
 * (apology-first), not a read-back. A number, an address or an account the customer gives there is
 * still a particular to confirm (为什么要扣钱?我的号码是13912345678).
 */
const TELLS_MATTER_RE = /^(?:[0-9一二三四五六七八九十]{1,2}月|[0-9]+(?:\.[0-9]+)?(?:元|块))/;

/** A customer who asks about a detail (是88元吗?, 多少) does not give it. */
const ASKED_AFTER = /^[^\n]{0,6}?(?:吗|呢|是不是|对不对)/;
const ASKED_BEFORE = /(?:是不是|多少|几|哪)[^\n]{0,4}$/;

/**
 * 有居民反映,自称燃气公司的人…要按每米198元更换: a figure others were told, relayed by a reporter or a
 * neighbour to ask the company about it. It is no detail of the caller's own to act on, and the
 * answer (a denial, a warning) has nothing to read back.
 */
const RELAYED_BEFORE = /(?:居民|市民|用户|村民|网友|乘客|车主|业主|家长|群众|有人|不少人|很多人)(?:们)?(?:反映|投诉|举报|称|说|爆料)|据(?:说|称|反映|了解)|听说|自称/;

/**
 * 显示欠了34块钱, 扣了我50元: a sum the customer says they were charged or owe tells what went wrong,
 * as in a complaint; it is no amount given to act on (我要充值100元), and the answer owes no read-back.
 */
const CHARGED_BEFORE = /(?:欠|扣|罚|多收|被收|显示)(?:了|掉|我|款)*$/;
const AMOUNT_RE = /(?:元|块)$/;

function detailIn(said: string): string | undefined {
  const m = DETAIL_RE.exec(said);
  if (!m) return undefined;
  const after = said.slice(m.index + m[0].length);
  const before = said.slice(0, m.index);
  if (AMOUNT_RE.test(m[0]) && CHARGED_BEFORE.test(before)) return undefined;
  return ASKED_AFTER.test(after) || ASKED_BEFORE.test(before) || RELAYED_BEFORE.test(before.slice(-40)) ? undefined : m[0];
}

/**
 * 为什么我的物业费从每月200元涨到250元?: the customer questions a figure the company set, and the
 * agent's answer explains it; there is nothing to read back for confirmation, as there is after
 * 我的号码是…, 我要充值100元. Read on the turn's own sentences as typed (the view drops the question
 * mark), each brought to the view's script and width to find the detail in it.
 */
const WHY_RE = /为什么|为啥|凭什么|怎么|咋/;
const SENTENCE_RE = /[^。!?！？;；\n]*[?？]/g;

function questionsFigure(doc: ScriptDocument, turn: number, detail: string): boolean {
  for (const [sentence] of typed(doc, turn).matchAll(SENTENCE_RE)) {
    const plain = toSimplified(sentence.normalize('NFKC')).replace(/\s+/g, '');
    if (WHY_RE.test(plain) && plain.includes(detail)) return true;
  }
  return false;
}

/** A placeholder for a detail in a customer turn (客户:{手机号}): the view drops its braces, so it is read on the parse. */
const DETAIL_PLACEHOLDERS = new Set(['手机号', '手机号码', '号码', '电话', '联系电话', '身份证号', '证件号', '卡号', '账号', '订单号', '地址', '日期', '金额']);

function placeholderIn(doc: ScriptDocument, turn: number): string | undefined {
  const t = doc.turns[turn];
  const from = doc.lines[t.firstLine].start;
  const to = doc.lines[t.lastLine].end;
  // Placeholders are in text order: search from the turn's start, not through every one of a long script.
  let lo = 0;
  let hi = doc.placeholders.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.placeholders[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < doc.placeholders.length && doc.placeholders[k].end <= to; k++) {
    const p = doc.placeholders[k];
    if (DETAIL_PLACEHOLDERS.has(p.name)) return `{${p.name}}`;
  }
  return undefined;
}

/**
 * A number read back masked, as the standards ask of a card or an ID (138****5678, 尾号 after
 * stars, grouped or not): the digits it shows agree with the customer's.
 */
function readsBackMasked(said: string, detail: string): boolean {
  if (!/^[0-9]+$/.test(detail)) return false;
  // Grouped as the mask keeps the digits' grouping (138-****-5678, 138 **** 5678).
  for (const m of said.matchAll(/([0-9]*)[- ]?\*{3,}[- ]?([0-9]*)/g)) {
    const [, head, tail] = m;
    if (head.length + tail.length >= 3 && detail.startsWith(head) && detail.slice(head.length).includes(tail)) return true;
  }
  return false;
}

/** Details that read back as matched: a number, a placeholder, a date, an amount. */
const READ_AS_SAID = /^(?:[0-9]+(?:\.[0-9]+)?(?:元|块)?|\{[^{}]+\}|[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}[日号])$/;

/** A turn's spoken text as typed: the view leaves out the stars of a masked number. */
function typed(doc: ScriptDocument, turn: number): string {
  const t = doc.turns[turn];
  let text = '';
  for (let l = t.firstLine; l <= t.lastLine; l++) for (const sp of doc.lines[l].spoken) text += `${doc.text.slice(sp.start, sp.end)}\n`;
  return text;
}

/** An acknowledgement that opens the agent's answer (好的，): the detail is read back right after it. */
const ACKNOWLEDGED = /^(?:好的|好|嗯|行|可以)[,，。.!！、]?\s*/;

/**
 * Two ways to read a detail back, neither right everywhere, so neither is preferred: repeat it
 * where the answer begins (好的，13912345678，我马上为您办理), or ask the customer to confirm it
 * in a line of its own before the answer, after which the writer puts the customer's reply. The
 * repeat reads only as an answer to the detail: after an acknowledgement, or where the customer
 * said little else (13912345678。); in front of an answer to a complaint that names a figure in
 * passing (我花2988元买的…我要退款) it would not (2988元，亲爱的用户，…).
 */
function readBackFixes(doc: ScriptDocument, turn: number, said: NormalizedView, detail: string, alone: boolean): Fix[] {
  // An address is matched from its street on (人民路88号 as 路88号): only the writer can say it whole.
  if (!READ_AS_SAID.test(detail)) return [];
  const first = said.origin[openingUnits(said).start];
  const span = lineAt(doc, first).spoken.find((sp) => sp.end > first);
  if (!span) return [];
  const start = span.start + (/^\s*/.exec(doc.text.slice(span.start, span.end)) as RegExpExecArray)[0].length;
  const ack = ACKNOWLEDGED.exec(doc.text.slice(start, span.end));
  const at = start + (ack ? ack[0].length : 0);
  const repeat = ack || alone ? textFix(at, at, (t) => ({ zh: `复述:在开头加上“${t}”`, en: `Read it back: begin with "${t}"` }), styledAt(doc, at, `${detail}，`), false) : undefined;
  const ask = lineBeforeTurnFix(doc, doc.turns[turn], `跟您确认一下，您说的是${detail}，对吗？`, (line) => ({
    zh: `确认:在此前另起一行“${line}”`,
    en: `Confirm it: add the line "${line}" before`,
  }));
  return [repeat, ask].filter((f): f is Fix => f !== undefined);
}

/** Few enough words besides the detail to make it the turn's answer (我的手机号是…, 就50元吧). */
const LITTLE_ELSE = 8;

function saysLittleElse(customer: string, detail: string): boolean {
  return customer.replace(detail, '').replace(/[\s\p{P}\p{S}]/gu, '').length <= LITTLE_ELSE;
}
