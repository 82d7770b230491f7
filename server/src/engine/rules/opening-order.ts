import { firstTurn, type ScriptDocument, type Turn } from '../document';
import { normalizePhrase, type NormalizedView } from '../normalize';
import type { Rule, RuleContext } from '../rule';
import type { Message } from '../types';
import { firstSpeakingLine } from '../says-something';
import { firstSentenceMatch, firstSpeakingAgentTurn, firstTurnSaying, spokenRange } from './call-turns';
import { styledAt, textFix } from './reword';
import { originalRange, turnView, type ViewMatch } from './turn-text';
import { deskBeforeGreeting } from './opening-greetings';
import { nextAgentTurn } from './conversation';

/**
 * 开场的顺序: the call opens with a greeting, then the company and 工号, and (on an inbound call)
 * an offer of help last; on an outbound call the agent says who they are before asking who the
 * customer is. Whether the 工号 is there at all is `greeting-employee-id`'s to say.
 */

const S000 = { seed: '000_e626cd326d976e13.txt', section: '四、呼入服务用语规范 (一)首问语及结束用语' };
const S003 = { seed: '003_22534ffe70de67c3.txt', section: '二、电话接入与规范问候 1.标准问候语' };
const S001_GREET = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫業務電話禮儀標準 第2條 通話中的禮儀 1' };
const S001_NAME = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫業務電話禮儀標準 第2條 通話中的禮儀 2' };
const S002 = { seed: '002_5ab7d194a3b83629.txt', section: '3.4 上门五件事 (1)打电话 客户自我介绍并问好' };

/** Patterns on the view: simplified, 您 → 你, punctuation dropped. */
const GREETING_RE = /你好|(?:早上|早晨|上午|中午|下午|晚上)+好|早安|周末好|问候语|[\u4e00-\u9fff]{1,4}快乐/g;
/** Who is calling: 我是… (not 我是说 / 我是否 …), 我这边是 / 这里是, the {公司} placeholder, a 工号, 001's 我是××号. */
const INTRO_RE = /我(?:这边|这里)?是(?!说|想|问|觉得|认为|指|讲|不是|否)|这(?:里|边)是|公司|工号/g;
/**
 * 请问有什么可以帮您 (001), 请问有什么可以帮到您 (003), 有什么需要, 有什么我可以帮助您的, and 请讲,
 * with which hotlines open (您好,请讲): it asks the caller to say what they need (not 请讲普通话).
 * A product's hotline asks it of its own product (请问热水器遇到了什么问题?, 请问您要办理什么业务?).
 */
export const OFFER_RE =
  /有什么我?(?:可以|能|需要)?(?:为你|帮你|帮到你|帮助你|帮忙|效劳)|有什么需要|请讲(?!普通话)|请问[\u4e00-\u9fff]{0,8}?(?:遇到|碰到|出现|办理|咨询|需要)了?(?:什么|哪些|哪方面的?)(?:问题|故障|业务|需要|需求|事情|困难|帮助)/g;
/** Asking the customer's name: 请问您贵姓 (001 第2条 2), 怎么称呼您, 您是哪位. */
const NAME_ASK_RE = /你贵姓|怎么称呼你|你是哪位/g;
/** Checking that the one who answers is the one called: 请问您是刘先生吗 (002), 请问是机主本人吗. */
const IDENTITY_CHECK_RE = /请问(?:你)?是[^\n]{0,8}?(?:先生|女士|小姐|机主|本人)/g;

const OFFER = '请问有什么可以帮您？';
const GREETING = '您好！';
const INTRO = '我是{公司}客服代表{工号}，';

export const openingOrder: Rule = {
  id: 'opening-order',
  defaultSeverity: 'warning',
  title: { zh: '开场依次问候、报公司和工号、询问需求', en: 'Open with a greeting, then company and ID, then an offer of help' },
  sources: [S000, S003, S001_GREET, S001_NAME, S002],
  examples: {
    flag: [
      '---\ndirection: inbound\n---\n坐席:您好!我是{公司}客服代表{工号}。\n客户:我想查话费。\n',
      '我是XX移动客服代表{工号},您好!请问有什么可以帮您?',
      '---\ndirection: outbound\n---\n坐席:您好,请问您是王先生吗?我是{公司}客服代表{工号}。\n',
      '您好,请问有什么可以帮您?我是{工号}号。',
      '---\ndirection: outbound\n---\n坐席:您好,請問您是王先生嗎?我是{公司}客服代表{工号}。\n',
    ],
    pass: [
      '早上/中午/晚上好,××公司,我是××號,請問有什麽可以幫您?',
      '您好,[公司/部门名称],很高兴为您服务,工号XXX,请问有什么可以帮到您?',
      '您好!我是XX移动10086客服代表XXX(工号),今天联系您是……',
      '您好,我是XX移动10086客服代表XXX(工号),请问您之前是否咨询(反映)过……',
      '您好!我是XX移动10086客服代表XXX(工号),您能听见我的声音吗?',
      '您好!我是中国电信客服工程师黄浩(全名),请问您是刘(姓氏)先生吗?',
      '---\ndirection: outbound\n---\n客户:喂?\n坐席:您好!我是{公司}客服代表{工号},请问您是王先生吗?\n',
      '---\ndirection: outbound\n---\n坐席:您好,请问您是王先生吗?\n客户:我是。\n坐席:我是{公司}客服代表{工号},今天联系您是……\n',
      '---\ndirection: inbound\n---\n坐席:您好!我是客服代表{工号}。\n坐席:请问有什么可以帮您?\n客户:查话费。\n',
      '请稍等,我正在帮您查询。',
      '---\ndirection: inbound\n---\n坐席:您好,XX客服{工号},请问热水器遇到了什么问题?\n客户:不出热水了。\n',
      '---\ndirection: inbound\n---\n坐席:您好,我是客服代表{工号},请问您要办理什么业务?\n客户:查话费。\n',
    ],
  },
  // The turn the call opens with, and whether an offer comes in the agent's turns after it before the customer speaks.
  turnsSeenElsewhere: (doc, view) => [
    firstSpeakingAgentTurn(doc),
    nextAgentTurn(doc, firstSpeakingAgentTurn(doc) ?? doc.turns.length),
    firstTurnSaying(doc, view, OFFER_RE),
    firstTurn(doc, (t) => t.role === 'customer'),
  ],
  check(ctx) {
    const { doc } = ctx;
    const first = firstSpeakingAgentTurn(doc);
    if (first === undefined) return;
    const turn = doc.turns[first];
    const view = turnView(doc, ctx.view, turn);
    const at = (re: RegExp) => firstSentenceMatch(view, re);
    const intro = earliest(earliest(at(INTRO_RE), companyIn(doc, view)), deskBeforeGreeting(doc.text, view));
    const check = at(IDENTITY_CHECK_RE);
    const checkFirst = check && !(intro && intro.start < check.start) && !introducesAfterAnswer(doc, ctx.view, first, intro) ? check : undefined;
    const parts = { greeting: at(GREETING_RE), intro, offer: at(OFFER_RE), name: earliest(at(NAME_ASK_RE), checkFirst) };
    const section = doc.lines[firstSpeakingLine(doc, turn)].section;
    const inOpening = section >= 0 && doc.sections[section].kind === 'opening';
    const greetsFirst = parts.greeting?.start === 0;
    if (!greetsFirst && !inOpening && !(parts.greeting && parts.intro)) return;
    const direction = doc.frontMatter.direction;

    if (!parts.greeting) reportNoGreeting(ctx, turn);
    else if (!greetsFirst) {
      const before = [parts.intro, parts.offer, parts.name, check].some((p) => p && p.start < (parts.greeting as ViewMatch).start);
      if (before) report(ctx, view, parts.greeting, { zh: '问候语应在开场最前面', en: 'The greeting comes first in the opening' });
    }
    if (parts.offer && parts.intro && parts.offer.start < parts.intro.start) {
      report(ctx, view, parts.offer, { zh: '询问需求应在报公司和工号之后', en: 'Offer help after giving the company and employee ID' });
    }
    if (direction !== 'inbound' && parts.name && !(parts.intro && parts.intro.start < parts.name.start)) {
      reportNameFirst(ctx, view, parts.name);
    }
    // Whether a call is inbound is the front matter's to say: 000's outbound openings state a purpose instead.
    if (direction === 'inbound' && !parts.offer && !offerFollows(doc, ctx.view, first)) reportNoOffer(ctx, turn);
  },
};

/** The front matter's company named in the turn (XX移动): it says who is calling as 我是 does. */
function companyIn(doc: ScriptDocument, view: NormalizedView): ViewMatch | undefined {
  const company = doc.frontMatter.company;
  const words = company ? normalizePhrase(company).text : '';
  const at = words === '' ? -1 : view.text.indexOf(words);
  return at < 0 ? undefined : { start: at, end: at + words.length };
}

/**
 * An identity check the turn ends on waits for the answer: the outbound calls of insurers, banks and
 * collectors confirm who answers before saying who calls and why (a third party must not hear it).
 * It is the first step only when the agent's next turn, after the answer, introduces them; followed
 * by the introduction in the same turn, or by a turn that goes on without one, it puts the name
 * first, where 002 3.4 (1) asks 必须先介绍自己. An excerpt that stops at the answer is not judged.
 */
function introducesAfterAnswer(doc: ScriptDocument, view: NormalizedView, first: number, intro: ViewMatch | undefined): boolean {
  if (intro) return false;
  const next = nextAgentTurn(doc, first);
  if (next === undefined) return true;
  const said = turnView(doc, view, doc.turns[next]);
  return firstSentenceMatch(said, INTRO_RE) !== undefined || companyIn(doc, said) !== undefined;
}

function earliest(a: ViewMatch | undefined, b: ViewMatch | undefined): ViewMatch | undefined {
  return !a || (b && b.start < a.start) ? b : a;
}

/** Whether the agent offers help in a turn after the opening one, before the customer first speaks after it. */
function offerFollows(doc: ScriptDocument, view: NormalizedView, first: number): boolean {
  const offer = firstTurnSaying(doc, view, OFFER_RE);
  if (offer === undefined || offer <= first) return false;
  for (let i = first + 1; i < offer; i++) if (doc.turns[i].role === 'customer') return false;
  return true;
}

function report(ctx: RuleContext, view: NormalizedView, m: ViewMatch, message: Message): void {
  const { start, end } = originalRange(view, m.start, m.end);
  ctx.report(start, end, message);
}

function reportNoGreeting(ctx: RuleContext, turn: Turn): void {
  const range = spokenRange(ctx.doc, turn) as { start: number; end: number };
  // 喂,讲话! opens with a hail that taboo-phrase flags and rewords as 您好: one finding for it.
  if (ctx.hitsOf('taboo-phrase').some((h) => h.start === range.start)) return;
  const fix = textFix(range.start, range.start, (t) => ({ zh: `在开头加上“${t}”`, en: `Begin with "${t}"` }), styledAt(ctx.doc, range.start, GREETING), false);
  ctx.report(range.start, range.end, { zh: '开场没有问候语(如“您好”)', en: 'The opening has no greeting (such as 您好)' }, [fix]);
}

function reportNameFirst(ctx: RuleContext, view: NormalizedView, m: ViewMatch): void {
  const { start, end } = originalRange(view, m.start, m.end);
  const said = ctx.doc.text.slice(start, end);
  const fix = textFix(start, start, (t) => ({ zh: `在前面加上“${t}”`, en: `Put "${t}" before it` }), styledAt(ctx.doc, start, INTRO), false);
  ctx.report(start, end, {
    zh: `外呼时应先自我介绍,再询问客户姓名:“${said}”之前没有自我介绍`,
    en: `On an outbound call the agent introduces themself before asking the customer's name: nothing introduces the agent before "${said}"`,
  }, [fix]);
}

function reportNoOffer(ctx: RuleContext, turn: Turn): void {
  const { doc } = ctx;
  const range = spokenRange(doc, turn) as { start: number; end: number };
  const last = doc.text[range.end - 1];
  // After a sentence's end the question follows; after anything else it ends the sentence first.
  const words = /[。.!！?？…]/.test(last) ? OFFER : `，${OFFER}`;
  const fix = textFix(range.end, range.end, (t) => ({ zh: `在末尾加上“${t}”`, en: `Append "${t}"` }), styledAt(doc, range.end - 1, words), false);
  ctx.report(range.start, range.end, {
    zh: '呼入开场没有询问客户需求(如“请问有什么可以帮您?”)',
    en: 'The inbound opening offers no help (such as 请问有什么可以帮您?)',
  }, [fix]);
}
