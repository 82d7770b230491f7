import type { ScriptDocument, Turn } from '../document';
import { isFaceToFace } from '../front-matter';
import type { NormalizedView } from '../normalize';
import type { Rule, RuleContext } from '../rule';
import type { Fix, Message } from '../types';
import { firstSpeakingLine } from '../says-something';
import { GOODBYE_RE, firstSentenceMatch, firstSpeakingAgentTurn, RATING_REQUEST_RE, firstTurnSaying, LINE_TROUBLE_RE, greetsAtStart, lineBeforeTurnFix, spokenRange, turnsSaying } from './call-turns';
import { styledAt, textFix } from './reword';
import { customerRequestBefore, firstAndLast, isSpeakingAgent } from './conversation';
import { turnView } from './turn-text';

/**
 * 结束语的顺序: before the goodbye the agent asks whether there is anything else, and thanks the
 * customer. `closing-goodbye` checks the 再见 itself; this rule checks what comes with it, on the
 * agent's goodbye turns that close a call (see docs/rules/closing-sequence.md for which those are).
 */

const S001 = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫業務電話禮儀標準 第3條 結束電話的禮儀 1' };
const S003_ASK = { seed: '003_22534ffe70de67c3.txt', section: '四、通话结束与后续跟进 1.总结确认与信息补充' };
const S003_THANK = { seed: '003_22534ffe70de67c3.txt', section: '四、通话结束与后续跟进 2.感谢与礼貌道别' };
const S000 = { seed: '000_e626cd326d976e13.txt', section: '四、(一)首问语及结束用语 4.结束用语' };
const S004 = { seed: '004_2855f23ed23c31c5.txt', section: '一、人員素質 7 三要' };

/**
 * Patterns on the view: simplified, 您 → 你, punctuation dropped. The invitation to get in touch
 * again: 000's callback closing 如果您还有不清楚的地方,请随时和我们联系, and 001's 欢迎客户随时致电.
 */
const INVITE = String.raw`(?:随时|及时)(?:和|与|跟)?(?:我们)?(?:联系|致电|来电)|欢迎(?:你)?(?:随时|再次)?(?:致电|来电)`;
const INVITE_RE = new RegExp(INVITE, 'g');
/** The offer of more help: 001's and 003's question (请问还有其他可以帮到您的吗, 还有其他需要我说明的吗, 您还有其他问题吗), or the invitation. */
const OFFER_RE = new RegExp(String.raw`还有(?:其他|其它|别的|什么)[^\n]{0,14}?(?:吗|呢|可以帮|能帮|需要|要帮)|${INVITE}`, 'g');
/** 000's own closing asks for a rating instead (its questionnaire's): 谢谢您的合作。请为我的服务评分,再见! */
/** Thanks for the call itself, said in an earlier turn of the closing (not 感谢您的等候, which is for a wait). */
const CLOSING_THANKS_RE = /(?:感谢|谢谢|多谢)你?(?:的)?(?:来电|致电|合作|接听|支持|配合|理解|信任|参与)|(?:感谢|谢谢)你接受/g;
/**
 * In the goodbye turn itself any thanks will do: 好的,谢谢您,再见. An outbound call that did not
 * reach the customer (他不在) ends 打扰您了，再见: the apology for the intrusion is its thanks.
 */
const THANKS_RE = /感谢|谢谢|多谢|打扰(?:你|到你)?了|添(?:了)?麻烦|麻烦你了|带来(?:了)?(?:的)?不便/g;
/**
 * The matter settled in the goodbye turn (您的房间已经预订好了, 已为您办理成功): the summary 003 四、1 asks
 * for at the close, after which the customer has nothing left to ask about.
 */
const SETTLED_RE = /已(?:经)?(?:为你|帮你|给你)?[^\n]{0,6}?(?:好了|成功|完成|办妥)/g;
/** The customer ends the call themselves (好的,知道了,谢谢。 / 再见): the agent's bare goodbye answers them. */
const CUSTOMER_CLOSES_RE = /谢谢|感谢|多谢|再见|拜拜/;
/** A goodbye and nothing more: 再见, 好的,再见, 不客气,再见, 再见,您慢走. */
const BARE_GOODBYE_RE = /^(?:好的?|嗯|不客气|不用谢|没关系|应该的)*(?:再见)+(?:你?慢走)?$/;

const OFFER = '请问还有其他可以帮您的吗?';

export const closingSequence: Rule = {
  id: 'closing-sequence',
  defaultSeverity: 'warning',
  title: { zh: '结束前询问是否还有其他需要并感谢客户', en: 'Before goodbye, ask whether there is anything else and thank the customer' },
  sources: [S001, S003_ASK, S003_THANK, S000, S004],
  examples: {
    flag: [
      '---\ndirection: inbound\n---\n# 开场\n坐席:您好!我是{公司}客服代表{工号},请问有什么可以帮您?\n客户:查话费。\n坐席:您本月话费58元。\n# 结束\n坐席:祝您生活愉快,再见。\n',
      '---\ndirection: inbound\n---\n坐席:您好,××公司,工號{工号},請問有什麼可以幫到您?\n客户:查話費。\n坐席:您本月話費58元。感謝您的來電,再見!\n',
      '坐席:您好!我是客服代表{工号},请问有什么可以帮您?\n客户:查话费。\n坐席:您本月话费58元。再见!\n',
      '# 结束\n坐席:请问还有其他可以帮您的吗?\n客户:没有了。\n坐席:好的,再见!\n',
    ],
    pass: [
      '# 结束\n坐席:请问还有其他可以帮到您的吗?\n客户:没有了。\n坐席:感谢您的来电,很高兴为您服务。祝您生活愉快,再见。\n',
      '# 結束\n坐席:請問還有其他可以幫您的嗎?\n客户:沒有了。\n坐席:感謝您的來電,再見!\n',
      '# 结束\n坐席:谢谢您的合作。请为我的服务评分,再见!\n',
      '# 结束\n坐席:很感謝您接受訪問,如果您還有不清楚的地方,請隨時和我們聯繫,再見!\n',
      '# 结束\n坐席:对不起,我听不见您的声音,稍后再与您联系,再见!\n',
      '祝您生活愉快,再见。',
      '---\nchannel: counter\n---\n# 开场\n坐席:您好,请问办理什么业务?\n客户:好了,我走了。\n# 结束\n坐席:再见,您慢走。\n',
      '坐席:好的,已经为您办理。\n客户:好。\n坐席:祝您生活愉快,再见。\n',
    ],
  },
  turnsSeenElsewhere: (doc, view) => closingTurnsSeen(doc, view),
  // Whether the customer's turn just before a goodbye ended the call: the last customer and agent turns before a segment.
  turnsSeenBefore: (doc) => [
    firstAndLast(doc, (i) => isSpeakingAgent(doc, i)).last,
    firstAndLast(doc, (i) => doc.turns[i].role === 'customer').last,
  ],
  check(ctx) {
    const { doc, view } = ctx;
    const goodbyes = turnsSaying(doc, view, GOODBYE_RE);
    if (goodbyes.length === 0) return;
    const call = closingCall(doc, view);
    for (const i of goodbyes) {
      const missing = closingLacks(doc, view, i, call);
      if (missing) report(ctx, doc.turns[i], missing);
    }
  },
};

/**
 * The turns of other segments that `closingLacks` reads: whether a goodbye turn is the agent's last
 * and the script opened before it; an offer or thanks said before it. Also closing-goodbye's, whose
 * fix brings what the closing lacks.
 */
export function closingTurnsSeen(doc: ScriptDocument, view: NormalizedView): Array<number | undefined> {
  return [firstSpeakingAgentTurn(doc), firstTurnSaying(doc, view, OFFER_RE), firstTurnSaying(doc, view, CLOSING_THANKS_RE)];
}

/** What the closing turns of one call are judged against, worked out once per lint. */
export interface ClosingCall {
  offerBefore: number;
  thanksBefore: number;
  last: number | undefined;
  asksAnythingElse: boolean;
}

export function closingCall(doc: ScriptDocument, view: NormalizedView): ClosingCall {
  return {
    offerBefore: firstTurnSaying(doc, view, OFFER_RE) ?? Infinity,
    thanksBefore: firstTurnSaying(doc, view, CLOSING_THANKS_RE) ?? Infinity,
    last: lastSpeakingAgentTurn(doc),
    asksAnythingElse: asksAnythingElseOf(doc),
  };
}

/**
 * What turn `i` lacks as a goodbye that closes the call, if anything: also asked by closing-goodbye
 * of the turn it adds 再见 to, so that its fix brings what the closing then needs.
 */
export function closingLacks(doc: ScriptDocument, view: NormalizedView, i: number, call = closingCall(doc, view)): { offer: boolean; thanks: boolean } | undefined {
  // The standards' closing sequence is a call's (001 结束电话的礼仪, 003's hotline closing); face to
  // face the agent says goodbye as the customer leaves (002 §3.2: 走时应主动与客户道别: 再见).
  if (isFaceToFace(doc.frontMatter.channel)) return undefined;
  if (!closesCall(doc, view, i, call.last)) return undefined;
  const own = turnView(doc, view, doc.turns[i]);
  // A bad line's closing (000 四(四)) has words of its own, which silent-line checks.
  if (says(own, LINE_TROUBLE_RE)) return undefined;
  if (answersCustomerGoodbye(doc, own, i)) return undefined;
  const missing = {
    offer: call.asksAnythingElse && call.offerBefore > i && !says(own, OFFER_RE) && !says(own, RATING_REQUEST_RE) && !says(own, SETTLED_RE),
    thanks: call.thanksBefore > i && !says(own, THANKS_RE) && !(doc.frontMatter.direction === undefined && says(own, INVITE_RE)),
  };
  return missing.offer || missing.thanks ? missing : undefined;
}

/** The thanks a closing says: a caller is thanked for calling; on an outbound or callback call, for their time. */
export function closingThanks(doc: ScriptDocument): readonly string[] {
  const outbound = doc.frontMatter.direction === 'outbound' || doc.frontMatter.direction === 'callback';
  return outbound ? ['感谢您的接听', '谢谢您的合作'] : ['感谢您的来电', '谢谢您的合作'];
}

/**
 * 001 and 003 ask callers (来电); the outbound and callback closings of 000 thank and say goodbye
 * only. Whether a call is inbound is the front matter's to say.
 */
function asksAnythingElseOf(doc: ScriptDocument): boolean {
  return doc.frontMatter.direction === 'inbound';
}

/**
 * The customer closed the call (客户:好的,知道了,谢谢。) and the agent's turn only says goodbye back:
 * the courtesies were the customer's to end with, and a question or thanks after their goodbye
 * would keep a caller who is leaving.
 */
function answersCustomerGoodbye(doc: ScriptDocument, own: NormalizedView, i: number): boolean {
  if (!BARE_GOODBYE_RE.test(own.text.replace(/[^\u4e00-\u9fff]/g, ''))) return false;
  return CUSTOMER_CLOSES_RE.test(customerRequestBefore(doc, i) ?? '');
}

function says(view: NormalizedView, re: RegExp): boolean {
  return firstSentenceMatch(view, re) !== undefined;
}

function lastSpeakingAgentTurn(doc: ScriptDocument): number | undefined {
  for (let i = doc.turns.length - 1; i >= 0; i--) if (doc.turns[i].role === 'agent' && spokenRange(doc, doc.turns[i])) return i;
  return undefined;
}

/**
 * A goodbye closes a call when it stands in a closing section, or when it is the agent's last turn
 * in a script that opened before it (with an opening section, or a first agent turn that greets).
 * A goodbye in an excerpt that shows no opening is not judged: what came before it is not there.
 */
function closesCall(doc: ScriptDocument, view: NormalizedView, i: number, last: number | undefined): boolean {
  const speaks = firstSpeakingLine(doc, doc.turns[i]);
  const section = doc.lines[speaks].section;
  if (section >= 0 && doc.sections[section].kind === 'closing') return true;
  if (i !== last) return false;
  if (doc.sections.some((s) => s.kind === 'opening' && s.line < speaks)) return true;
  const first = firstSpeakingAgentTurn(doc);
  return first !== undefined && first < i && greetsAtStart(turnView(doc, view, doc.turns[first]));
}

/**
 * One finding per goodbye turn, naming all that is missing; each fix supplies all of it (a line
 * with the question before the turn, thanks at its start), so that any one of them completes the closing.
 */
function report(ctx: RuleContext, turn: Turn, missing: { offer: boolean; thanks: boolean }): void {
  const { doc } = ctx;
  const range = spokenRange(doc, turn) as { start: number; end: number };
  const parts: Message[] = [];
  let fixes: Fix[] = [];
  if (missing.thanks) {
    parts.push({ zh: '感谢客户', en: 'thank the customer' });
    fixes = closingThanks(doc).map((words) => `${words}，`).map((words) =>
      textFix(range.start, range.start, (t) => ({ zh: `在开头加上“${t}”`, en: `Begin with "${t}"` }), styledAt(doc, range.start, words), false),
    );
  }
  if (missing.offer) {
    parts.unshift({ zh: '询问客户是否还有其他需要', en: 'ask whether there is anything else' });
    const ask = lineBeforeTurnFix(doc, turn, OFFER, (line) => ({ zh: `在结束语前另起一行“${line}”`, en: `Add the line "${line}" before the goodbye` }));
    fixes = !ask ? [] : fixes.length === 0 ? [ask] : fixes.map((thanks) => both(ask, thanks));
  }
  ctx.report(range.start, range.end, {
    zh: `结束通话前没有${parts.map((p) => p.zh).join('、也没有')}`,
    en: `Before saying goodbye, ${parts.map((p) => p.en).join(' and ')}`,
  }, fixes);
}

/** Two fixes as one; their titles are read when shown (a traditional text is converted then). */
function both(a: Fix, b: Fix): Fix {
  return {
    title: {
      get zh() {
        return `${a.title.zh};${b.title.zh}`;
      },
      get en() {
        return `${a.title.en}; ${b.title.en}`;
      },
    },
    edits: [...a.edits, ...b.edits],
  };
}
