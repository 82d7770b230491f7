import type { ScriptDocument } from '../document';
import type { NormalizedView } from '../normalize';
import type { Rule } from '../rule';
import type { StageDirection } from '../stage-events';
import { agentEvents, customerRequestBefore, eventIs, NOT_THROUGH_RE, firstAndLast, handsOn, hasWords, isSpeakingAgent, openingUnits, originalOf, previousAgentTurn, spokenView, turnOf } from './conversation';
import { styledAt, textFix } from './reword';
import { sentenceEnd, sentenceStart } from './phrase-context';
import { originalRange, sentenceMatches } from './turn-text';
import { asksForPersonOrDesk, asksToBook } from './caller-requests';
import { firstSentenceMatch, followsBreak, RATING_REQUEST_RE } from './call-turns';

/**
 * Before a transfer the agent says why, names the desk or the person, and asks consent; after a
 * transfer stage direction, the receiving agent's first words thank the customer for waiting or
 * take up the request (不好意思让您久等了，就您所提到的……), so that the customer need not repeat it.
 */

const S001_WHY = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫業務電話禮儀標準 第2條 6' };
const S001_RECEIVING = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫業務電話禮儀標準 第2條 8' };
const S003 = { seed: '003_22534ffe70de67c3.txt', section: '三、5.必要时的转接与升级 (规范转接)' };

/**
 * The agent says the call goes elsewhere (您 is 你 on the view). Only 转接: 转到 and 转给 are as
 * often money (退款会转到您的银行卡).
 */
const TRANSFER_RE = /转接/g;
/**
 * Not an announcement: done already (已转接过来) or told to the customer (您可以按0转接人工); the
 * closing's rating (转接满意度评价) is read with the turn. 由您 is "up to you" (信不信由您), not who transfers.
 */
const NOT_ANNOUNCED_BEFORE = /(?:已|已经|刚|刚才|被|你可以|请你|按[0-9#*]*)$|(?:让|请|由(?!你))[^\n]{0,6}$|你也?可以[^\n]{0,16}$/;
const NOT_ANNOUNCED_AFTER = /^(?:过来|过的|成功)/;
/**
 * 我们公司都是需要实名制转接电话的: 转接 inside a 是…的 sentence says how transfers are done, as a rule
 * of the house; nothing is transferred now.
 */
const POLICY_BEFORE = /是[^\n]{0,12}$/;
const POLICY_AFTER = /^[^\n]{0,6}的$/;
/** Where the call goes, named by the agent: a desk (技术部, 转接客房预订) or a person (转接王小姐). */
const DESK_RE = /部|科|中心|组|专席|专员|同事|经理|主管|班长|人工|技术|工程师|客服|热线|坐席|座席|柜台|专家|转接(?:给|到|至)|(?:他|她)(?:将|会)|转接[^\n]{0,6}?(?:预订|预约|前台|总台|分机|办公室|先生|小姐|女士|老师|医生|护士)/;
/**
 * The customer asked where to go (这个得去哪个窗口办?): the request is the reason and consent,
 * where it goes is the agent's to say. Asking for a person or desk (转人工, 请帮我找王小姐) names that
 * too (caller-requests.ts); asking to book (我想订个房间) leaves the desk to the agent.
 */
const CUSTOMER_ASKS_WHERE_RE = /(?:哪个|什么|哪一个)(?:窗口|部门|单位)|找谁|谁(?:负责|管)/;
const WHY_RE = /因为|由于|为了|需要|这个问题|此类问题|你的问题|该问题|负责|专门|专业|具体|进一步|更好|详细|处理/;
const CONSENT_RE = /可以吗|好吗|行吗|方便吗|可以么|好不好|可不可以|是否可以|你看可以|同意/;
/** The receiving agent takes up the call: thanks for waiting, or the request said back. */
const TAKEN_UP_RE = /久等|就你(?:所)?(?:提到|反映|说)|你(?:刚才|之前)?(?:提到|反映|咨询|说|要办理|需要|反馈)的|关于你的|你是要|你是想|已经了解|已了解|同事(?:已经)?(?:跟我|和我)?(?:说|介绍)/;
const RECEIVING = '不好意思让您久等了，';
/**
 * The customer's yes to the question the agent asked just before (请问您是需要预订今天的房间吗? /
 * 对。/ 好的,马上为您转接客房预订): the customer has agreed to where the call goes.
 */
const BARE_YES_RE = /^(?:对|是|是的|对的|好|好的|嗯|可以|行|要|没错)(?:的|啊|呀|吧)?$/;
const ASKED_RE = /(?:吗|么|呢)$/;

export const transferProcedure: Rule = {
  id: 'transfer-procedure',
  defaultSeverity: 'warning',
  title: { zh: '转接前说明原因和去向并征得同意，接听后感谢等候', en: 'Before a transfer say why and to whom and ask consent; after it, thank the customer for waiting' },
  sources: [S001_WHY, S001_RECEIVING, S003],
  examples: {
    flag: [
      '好的,现在为您转接。',
      '坐席:由于这个问题需要技术部门处理,我帮您转接到技术部,可以吗?\n客户:好的。\n【转接】\n坐席:您好,请问有什么可以帮您?\n',
      '坐席:我幫您轉接。【轉接】\n坐席:您好。\n',
      '坐席:这个需要客房部处理。\n客户:对。\n坐席:好的,马上为您转接客房预订。\n',
    ],
    pass: [
      '坐席:由于这个问题需要技术部门处理,我帮您转接到技术部,可以吗?\n客户:好的。\n【转接】\n坐席:不好意思让您久等了,就您所提到的宽带问题……\n',
      '坐席:由於這個問題需要技術部門處理,我幫您轉接到技術部,可以嗎?\n客户:好的。\n【轉接】\n坐席:先生您好,不好意思讓您久等了,就您所提到的寬帶問題……\n',
      '坐席:为了更好地解决您的问题,我帮您转接投诉部的同事,您看可以吗?\n客户:可以。\n坐席:好的,正在为您转接,请稍等。\n',
      '客户:转人工。\n',
      '坐席:请问您是需要预订今天的房间吗?\n客户:对。\n坐席:好的,马上为您转接客房预订。\n',
      '客户:请转1203。\n坐席:请稍候。\n【要转接的电话占线】\n坐席:您好,先生,电话占线,请稍后打来。\n',
      '客户:請轉1203。\n坐席:請稍候。\n【轉接的電話無人接聽】\n坐席:您好,總機,電話無人接聽,請您稍後再撥。\n',
      '坐席:请您稍后对我的服务做出评价,现在为您转接,请稍等。\n',
      '坐席:这个需要售后专席处理,我帮您转接到售后专席,您看好吗?\n客户:好的。\n【不能转接时】\n坐席:很抱歉,售后专席暂时忙,我先帮您登记,两小时内回电给您。\n',
    ],
  },
  // The agent's turn before a transfer (where why, where and consent may be said), the customer's request, and the last transfer direction.
  turnsSeenBefore: (doc) => [
    firstAndLast(doc, (i) => isSpeakingAgent(doc, i)).last,
    firstAndLast(doc, (i) => doc.turns[i].role === 'customer').last,
    lastTransferTurn(doc),
    // Its last lines may be the direction that begins the next call (followsBreak).
    doc.turns.length > 0 ? doc.turns.length - 1 : undefined,
  ],
  check(ctx) {
    const { doc, view } = ctx;
    checkAnnounced(ctx.report.bind(ctx), doc, view);
    checkReceived(ctx.report.bind(ctx), doc, view);
  },
};

type Report = Parameters<Rule['check']>[0]['report'];

/** One finding per turn that says it transfers, on those words, with what it left unsaid. */
function checkAnnounced(report: Report, doc: ScriptDocument, view: NormalizedView): void {
  const seen = new Set<number>();
  for (const m of sentenceMatches(view, TRANSFER_RE)) {
    if (NOT_ANNOUNCED_BEFORE.test(view.text.slice(sentenceStart(view, m.start), m.start))) continue;
    const after = view.text.slice(m.end, sentenceEnd(view, m.end));
    if (NOT_ANNOUNCED_AFTER.test(after)) continue;
    if (POLICY_AFTER.test(after) && POLICY_BEFORE.test(view.text.slice(sentenceStart(view, m.start), m.start))) continue;
    const range = originalRange(view, m.start, m.end);
    const turn = turnOf(doc, range.start);
    if (seen.has(turn) || inClosing(doc, turn)) continue;
    seen.add(turn);
    // A turn that asks for a rating transfers to it (请您稍后对我的服务做出评价,现在为您转接).
    if (firstSentenceMatch(spokenView(doc, view, turn), RATING_REQUEST_RE)) continue;
    const before = previousAgentTurn(doc, turn);
    const said = [turn, ...(before === undefined ? [] : [before])].map((t) => spokenView(doc, view, t).text).join('\n');
    const request = customerRequestBefore(doc, turn) ?? '';
    const named = asksForPersonOrDesk(request);
    const asked = named || CUSTOMER_ASKS_WHERE_RE.test(request) || asksToBook(request);
    const missing = [
      asked || WHY_RE.test(said) ? undefined : { zh: '原因', en: 'why' },
      named || DESK_RE.test(said) ? undefined : { zh: '转接到哪个部门或哪位同事', en: 'to which desk or person' },
      asked || CONSENT_RE.test(said) || saysYesToQuestion(doc, view, before, request) ? undefined : { zh: '征求客户同意', en: 'asking consent' },
    ].filter((x): x is { zh: string; en: string } => x !== undefined);
    if (missing.length === 0) continue;
    const what = doc.text.slice(range.start, range.end);
    report(range.start, range.end, {
      zh: `“${what}”前没有说明：${missing.map((x) => x.zh).join('、')}`,
      en: `"${what}" without ${missing.map((x) => x.en).join(', ')}`,
    });
  }
}

/** The receiving agent's first words after each transfer direction. */
function checkReceived(report: Report, doc: ScriptDocument, view: NormalizedView): void {
  let pending = false;
  const directions = transfers(doc);
  let next = 0;
  for (let i = 0; i < doc.turns.length; i++) {
    while (next < directions.length && (directions[next].turn as number) < i) next++;
    const inTurn: StageDirection[] = [];
    while (next < directions.length && directions[next].turn === i) inTurn.push(directions[next++]);
    if (isSpeakingAgent(doc, i) && pending) {
      pending = false;
      const said = spokenView(doc, view, i);
      const opening = openingUnits(said);
      // 【转接】 … 【场景二】 / 坐席:您好…: the next call's agent receives nothing from the last one (and
      // a transfer in that turn still hands its own call on, below).
      // 【转接客户来电时】 / 坐席:…我帮您把电话转接给xxxx好吗?: words that announce the transfer are the
      // transferring agent's, so the direction before them named the situation, not a transfer done.
      if (!followsBreak(doc, i) && hasWords(said) && !TAKEN_UP_RE.test(said.text) && !handsOn(said.text)) {
        const range = originalOf(said, opening.start, opening.end);
        report(
          range.start,
          range.end,
          { zh: '转接后接听的坐席没有感谢客户等候，也没有复述客户的诉求(如“不好意思让您久等了，就您所提到的……”)', en: 'After the transfer, the receiving agent neither thanks the customer for waiting nor takes up the request (不好意思让您久等了，就您所提到的……)' },
          [textFix(range.start, range.start, (text) => ({ zh: `在开头加上“${text}”`, en: `Begin with "${text}"` }), styledAt(doc, range.start, RECEIVING), false)],
        );
      }
    }
    // A transfer direction hands the call on: the next agent words are the receiving agent's.
    if (inTurn.length > 0) pending = true;
  }
}

function saysYesToQuestion(doc: ScriptDocument, view: NormalizedView, before: number | undefined, request: string): boolean {
  if (before === undefined || !BARE_YES_RE.test(request.trim())) return false;
  const question = spokenView(doc, view, before);
  const original = doc.text.slice(question.origin[0], question.origin[question.text.length - 1] + 1).trimEnd();
  return ASKED_RE.test(question.text.trim()) || /[?\uFF1F]$/.test(original);
}

function inClosing(doc: ScriptDocument, turn: number): boolean {
  const section = doc.turns[turn].section;
  return section >= 0 && doc.sections[section].kind === 'closing';
}

function transfers(doc: ScriptDocument): StageDirection[] {
  return agentEvents(doc, (d) => eventIs('transfer')(d) && !NOT_THROUGH_RE.test(d.text));
}

function lastTransferTurn(doc: ScriptDocument): number | undefined {
  const all = transfers(doc);
  return all.length > 0 ? all[all.length - 1].turn : undefined;
}
