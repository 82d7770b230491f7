import type { ScriptDocument } from '../document';
import { GAP_HARD, SPAN_SEPARATOR, type NormalizedView } from '../normalize';
import type { RuleContext } from '../rule';
import type { Fix } from '../types';
import { findConstructions, type Construction, type ConstructionMatch } from './construction';
import { SOFTENED_REQUEST, sentenceEnd, sentenceStart } from './phrase-context';
import { replacing, styledAt, textFix } from './reword';

/**
 * Curt imperatives, read as a grammatical class rather than a list of orders: a clause that is a verb
 * phrase telling the customer to do something with their body, their money or their place (投钱, 排队,
 * 上厕所, 起床, 往里走, 别挤), said with no 请, 麻烦, 好吗 or 吧, and either pushed (快, 先, 赶紧, 给我)
 * or said bare as its own sentence or with !. The seeds ask for 生硬语言 never to be used (004 三不) and
 * for every request to open with 请 ("请"字当头); the industry lists of 服务忌语 are full of such orders.
 *
 * What passes, decided from the same standards: greetings and wishes (新年快乐!, 欢迎光临!), the
 * agent's own acts (我马上去!, 马上来!), acknowledgements (好的!, 收到!) — none of them is a verb the
 * customer is told to do; safety warnings (小心台阶!, 注意脚下) — the standards' own announcements
 * say them to protect the customer, so 小心/注意 are not on the list, and a prohibition that gives its
 * reason (以免, 危险, 安全) passes; instructions in a polite frame or as steps (您先把卡插进去,然后…);
 * a customer offered a seat or a turn (您先坐, 您先请). Reported by taboo-phrase with the 命令 message.
 */

const S004_CURT = { seed: '004_2855f23ed23c31c5.txt', section: '一、人員素質 7 三不 (不使用生硬語言)' };

/** A softened request, or any question (吗, 呢): the customer is asked, not ordered. */
const SOFTENED = new RegExp(`${SOFTENED_REQUEST.source}|吗|呢`);

/**
 * What the customer is told to do (directions, 往前走, are not on it: they show the way): hand over money, queue, take a number or a form, sit, stand, lie,
 * get up, come or go, move along in a vehicle, eat, drink, take medicine, go to the toilet, show a
 * document, put on a mask, switch off a phone. 起来, 出去,
 * 等着, 签字 and 让开 are orders.ts's own constructions.
 */
const ACTS =
  '投钱|投币|交钱|付钱|给钱|买票|补票|刷卡|扫码|排队|取号|拿号|挂号|缴费|交费|填表|填单|按手印|坐下|坐好|坐回去|站好|站起来|躺下|躺好|趴下|起床|过来|进来|下车|上车|下来|上来|往(?:里|后)(?:面|边)?(?:走|站|挤)|靠边|挪(?:一挪|动)?(?:一下)?|张嘴|伸手|脱鞋|吃饭|吃药|喝水|上厕所|洗澡|睡觉|换衣服|出示(?:证件|身份证|车票|证明)?|戴(?:好)?口罩|摘(?:下)?(?:口罩|帽子)|关(?:掉)?手机|熄火|让一下|让让|下去|进去';

/** A push before the act: hurry, first, at once for me. 马上 alone is the agent's promise (马上来!). */
const PUSH = '(?:快点儿?|快一点|赶紧|赶快|快|先|马上给我|给我)';

/** The customer said as the subject, or the whole queue. */
const ADDRESSEE = '(?:你们?|大家)?(?:都)?';

/** What a prohibition forbids: moving, pushing, coming on or in, filming, touching, cutting in. */
const FORBIDDEN =
  '(?:乱)?(?:往(?:里|外|前|后)(?:面|边)?)?(?:动|挤|推|跑|走|碰|摸|上来|进来|过来|下来|上车|拍照|拍|录像|录音|录视频|录影片|录|插队|占座|靠近|抽烟|吸烟|吃东西|打电话|玩手机|说话|讲话)';

/** A reason that makes a prohibition a warning: 不要站在门边,以免被夹伤. */
const SAFETY = /以免|小心|注意|危险|安全|为了|免得/;

/** The agent going to the customer instead: 您不要上来了,我们下去接您. */
const AGENT_COMES = /我们?(?:马上|这就|现在|会)?(?:下去|过去|上去|过来|来接|去接)|帮你|为你|给你/;

export const CURT_IMPERATIVES: readonly Construction[] = [
  {
    // 先投钱!, 快去上厕所!, 赶紧排队, 快点挪动一下: the customer pushed into an act, the clause
    // nothing but the order. 快下车了 says the stop is near (了 after the act ends no clause here).
    name: '快/先/赶紧 + 投钱/排队/上厕所……',
    pattern: new RegExp(`${ADDRESSEE}${PUSH}{1,2}(?:去|来)?(?:${ACTS}|上|走)(?:啊|呀|啦)?`, 'g'),
    opens: 'clause',
    ends: 'clause',
    // Steps in order (先…然后/再…) instruct; the agent acting (我先去) is not an order.
    notIn: new RegExp(`${SOFTENED.source}|吧|然后|接着|之后|再|我|咱`),
    cite: S004_CURT,
  },
  {
    // 起床,师清臣。, 往里走!, 排队!: the act said bare, as the sentence's first clause or with !
    // (checked below). 该起床了 and 您吃饭了吗 are not the bare act.
    name: '起床! / 往里走! / 排队!',
    pattern: new RegExp(`${ADDRESSEE}(?:${ACTS})`, 'g'),
    opens: 'clause',
    ends: 'clause',
    notIn: new RegExp(`${SOFTENED.source}|吧|我|咱|为你|帮你|给你`),
    cite: S004_CURT,
  },
  {
    // 别挤!, 不要再上来了, 别再往外走了!, 不要录视频: the customer forbidden an act, the clause the
    // prohibition alone. 请大家不要挤 asks; 不要站在门边,以免被夹伤 warns; 不要着急 comforts (not an act).
    name: '别挤 / 不要再上来了',
    pattern: new RegExp(`${ADDRESSEE}(?:不要|别|甭)(?:再)?(?:在这里?|在门口)?${FORBIDDEN}(?:了|啊|啦|啰|喽)?`, 'g'),
    opens: 'clause',
    ends: 'clause',
    notIn: new RegExp(`${SOFTENED.source}|${SAFETY.source}|${AGENT_COMES.source}`),
    cite: S004_CURT,
  },
  {
    // 来听好了, 都给我听着, 大家听清楚了: the customer told to listen up. 您听清楚了吗? asks (吗).
    name: '听好了 / 听着',
    pattern: /(?:来|都|大家|你们)?(?:给我)?(?:听好|听清楚|听着|听明白)(?:了)?/g,
    opens: 'clause',
    // 我听清楚了 is the agent who heard.
    clauseBefore: /我$/,
    notIn: new RegExp(`${SOFTENED.source}|没有`),
    cite: S004_CURT,
  },
];

/**
 * The bare act must open a sentence that goes on (起床,师清臣。) or be exclaimed (往里走!): a lone
 * 刷卡。 answers a question about how to pay.
 */
const BARE = CURT_IMPERATIVES[1];

/** Whether the sentence holding the units before `to` is written with an exclamation mark. */
function exclaimed(doc: ScriptDocument, view: NormalizedView, to: number): boolean {
  const end = sentenceEnd(view, to);
  const from = view.origin[end - 1] + 1;
  const until = end < view.text.length ? view.origin[end] : doc.text.indexOf('\n', from) < 0 ? doc.text.length : doc.text.indexOf('\n', from);
  return /[!\uFF01]/.test(doc.text.slice(from, until));
}

/** Whether units [from, …) open their sentence (or the spoken text). */
function opensSentence(view: NormalizedView, from: number): boolean {
  return from === 0 || sentenceStart(view, from) === from || view.gap[from] === GAP_HARD || view.text[from - 1] === SPAN_SEPARATOR;
}

/**
 * The curt imperatives of the agent's text. 先 after 您 offers (您先坐, 您先把卡插进去): the polite
 * pronoun in the writer's own characters says so, which the view (您 as 你) no longer does.
 */
export function curtImperatives(ctx: RuleContext): ConstructionMatch[] {
  const { doc, view } = ctx;
  return findConstructions(doc, view, CURT_IMPERATIVES).filter((m) => {
    const said = doc.text.slice(m.start, m.end);
    if (m.construction === CURT_IMPERATIVES[0] && /[您妳].*先|先.*[您妳]/.test(said)) return false;
    if (m.construction === BARE) return (opensSentence(view, m.from) && sentenceEnd(view, m.to) > m.to) || exclaimed(doc, view, m.to);
    return true;
  });
}

/** Who is told, as the match says it (你, 你们, 大家 or nobody), and the order after them. */
const TOLD = /^(你们|大家|你)?(.*)$/;

/**
 * The order asked with 请 instead, as the standards' "请"字当头 and the writers who reword such
 * orders have it (先投钱! → 请投钱!, 麻烦投钱!): 先投钱 → 请您先投钱, 排队! → 请您排队!, 别挤了 →
 * 请您不要挤了, 你们别挤 → 请大家不要挤. One wording fits every order of these three kinds, so it is
 * offered; not applied, since the writer may rather give the reason (我们起来活动一下,对身体好).
 * Nothing is offered where the order is pushed (快, 赶紧, 给我: 请您快去上厕所 is still the push), said
 * with 都 or a particle (请您先投钱啊), or is 听好了 or 不要讲话 (the customer told to listen or to be
 * quiet: no 请 mends that, the writer explains).
 */
export function curtImperativeFixes(ctx: RuleContext, m: ConstructionMatch): Fix[] {
  const said = ctx.view.text.slice(m.from, m.to);
  const [, who, order] = TOLD.exec(said) ?? [];
  if (order === undefined || /^都|[啊呀啦啰喽]$/.test(order)) return [];
  const asked = who === '你们' || who === '大家' ? '请大家' : '请您';
  const [push, bare, forbidding] = CURT_IMPERATIVES;
  let rewording: string | undefined;
  if (m.construction === push && /^先(?:去|来)?[^快赶给马先]/.test(order)) rewording = asked + order;
  else if (m.construction === bare) rewording = asked + order;
  // 不要讲话了 silences the customer, which the standards forbid however it is asked (耐心倾听).
  else if (m.construction === forbidding && !/说话|讲话/.test(order)) rewording = asked + order.replace(/^(?:不要|别|甭)/, '不要');
  if (rewording === undefined) return [];
  // The whole order is rewritten, not trimmed beside its neighbours: 先投钱!先投钱! says it twice
  // itself, and 请您先投钱!先投钱! is the first asked, not the fix repeating the second.
  return [textFix(m.start, m.end, replacing(ctx.doc, m.start, m.end), styledAt(ctx.doc, m.start, rewording), false)];
}
