import { toSimplified } from '../chinese-script';
import type { RuleContext } from '../rule';
import { followsBreak } from './call-turns';
import { spokenView, turnOf } from './conversation';
import { findConstructions, type Construction, type ConstructionMatch } from './construction';

/**
 * A flat refusal: a clause that is nothing but a no (不行, 这个办不了, 我们不做, 不可能的), in a
 * turn that offers nothing instead, nor does the agent's next turn. Reported by negative-wording; refusal-alternative leaves these
 * spans alone, so that one refusal is one finding. A refusal inside a longer clause (我不能让您久等)
 * or followed by what can be done (…,我可以为您…) is not flat.
 */

const S002 = { seed: '002_5ab7d194a3b83629.txt', section: '3.2 客户端服务语言规范 (不能满足客户提出的要求时)' };
const S001 = { seed: '001_9a1dc18ec5519dd1.txt', section: '素質 3、自信 (措辭應該是肯定的，而不是否定或者模糊的)' };
const S004 = { seed: '004_2855f23ed23c31c5.txt', section: '一、人員素質 7 三不 (不說推卸責任的話)' };

/** Who or what the no is about, and how firmly it is said, before the no itself (you are 你 on the view). */
const SUBJECT = '(?:这(?:个|种|项|件|笔)?[\\u4e00-\\u9fff]{0,6}?|那个|我们?(?:这边|这里)?|咱们|这边|现在|今天|目前)?';
/** 可能/恐怕 hedge the no (可能不赔) without making it anything else. */
const FIRMLY = '(?:也|都|就|是|肯定|绝对|完全|真的|实在|确实|根本|暂时|可能|恐怕|估计)?';
const PARTICLE = '(?:的|了)?(?:吧|啊|呀|哦|啦|哈)?';
const whole = (no: string) => new RegExp(`${SUBJECT}${FIRMLY}(?:${no})${PARTICLE}`, 'g');
/** The counter or the house saying no (这里, 我们这边, 本店, 店里, 我们行). */
const COUNTER = '(?:这(?:个|种)?[\\u4e00-\\u9fff]{0,4}?)?(?:这里|这边|这儿|我们(?:这里|这边|这儿|店|行|这)?|本店|本行|店里|窗口|柜台)';

/**
 * The services a counter or a hotline is asked for, as the verb of a refusal (寄不了, 不能降档).
 * Not the verbs whose 不了 reassures or describes (错不了, 少不了, 用不了多久).
 */
export const SERVICE_VERBS = '办|弄|退|改|做|处理|受理|解决|回答|答复|解答|帮|寄|邮|发|送|修|换|补|开|查|存|取|转|交|装|拆|降|升|调|停|赔|批|审|报销|安排|申请|操作|打印|开通|取消|注销|变更|更换|恢复';

export type FlatRefusalKind = 'refusal' | 'denial' | 'not-mine';

export const FLAT_REFUSALS: ReadonlyArray<Construction & { kind: FlatRefusalKind }> = [
  {
    name: '不行 / 办不了 / 无法办理',
    kind: 'refusal',
    pattern: whole(
      `不行|不可以|不能(?:(?:${SERVICE_VERBS}|给)[\\u4e00-\\u9fff]{0,3})?|不敢(?:${SERVICE_VERBS}|收|给|接)|没得(?:${SERVICE_VERBS}|商量|选)|(?:${SERVICE_VERBS})不了|无法(?:为你|给你|帮你)?(?:办理|受理|处理|办|退|操作|解决|满足|邮寄|寄送|寄|提供|安排|查询|修改|更改|开具|补办)|不(?:做|办|受理|退|给|赔|换)|没门|没戏|没法(?:办|弄|退)?`,
    ),
    opens: 'clause',
    ends: 'clause',
    cite: S002,
  },
  {
    // 超出了我们的服务范围: the request put outside what we do, and nothing said about who does it.
    name: '超出(了)……服务范围',
    kind: 'refusal',
    pattern: whole('超出(?:了)?(?:我们|我)?(?:的)?(?:服务|业务|工作|办理)范围(?:了)?'),
    opens: 'clause',
    ends: 'clause',
    cite: S002,
  },
  {
    // 除了换到二等座,没有别的解决办法: the one way left said as the end of the talk, no other offered.
    name: '没有别的办法',
    kind: 'refusal',
    pattern: whole('没有?(?:别的|其他|其它|更好的)(?:的)?(?:解决)?(?:办法|方法|途径|方案)(?:了)?'),
    opens: 'clause',
    ends: 'clause',
    cite: S002,
  },
  {
    // 不可能全部退费, 一分都不能少: the request itself refused as impossible, or refused to the last cent.
    name: '不可能退 / 一分都不能少',
    kind: 'refusal',
    pattern: whole(
      `不可能(?:全部|全额|都|再|给你)?(?:${SERVICE_VERBS}|给|免|少)[\\u4e00-\\u9fff]{0,2}|一(?:分|毛|分钱|毛钱|块钱|块|点)(?:钱)?(?:都|也)(?:不能|不会|不|没法)(?:少|退|给|便宜|降|让|减|优惠)`,
    ),
    opens: 'clause',
    ends: 'clause',
    cite: S002,
  },
  {
    // 我们这里不能刷卡, 本店不收现金, 这里不办, 我们这边没有这个服务: a counter's no, the place or the
    // house as its subject. 我们不收任何费用 and 这里不收手续费 are good news, not a refusal.
    name: '这里不办 / 本店不收现金',
    kind: 'refusal',
    pattern: new RegExp(
      `${COUNTER}(?:是|都|也|暂时|目前|现在)?(?:不(?:能|可以|可)?(?:${SERVICE_VERBS}|收(?!取?(?:任何|费|手续费|服务费|钱|你的?钱))|刷|卖|接受|支持|提供)[\\u4e00-\\u9fff]{0,4}|没有(?:这个|这项|这种|此|这)?(?:服务|业务|项目))${PARTICLE}`,
      'g',
    ),
    opens: 'clause',
    ends: 'clause',
    cite: S002,
  },
  { name: '不可能', kind: 'denial', pattern: whole('不可能'), opens: 'clause', ends: 'clause', cite: S001 },
  { name: '不管', kind: 'not-mine', pattern: whole('不管'), opens: 'clause', ends: 'clause', cite: S004 },
];

/**
 * Where it can be done, said as the way (需要本人持身份证到营业厅才能办理, 可到任意营业厅办理,
 * 可前往任意一家券商注销): the customer is told where to go, which is what the models offer.
 */
const WHERE_IT_CAN = String.raw`(?:到|去|前往|在)[^\n]{1,12}?才(?:能|可以)(?:办理|开通|申请|受理|注销|取消|查询|领取)|可(?:以)?(?:到|去|前往|在)[^\n]{1,12}?(?:办理|开通|申请|受理|注销|取消|查询|领取)`;

/**
 * 无法提供…,只能标注加急处理: what the agent can still do, said after 只能 — a small way, but a way.
 * 只能等 leaves the customer to wait, and is none.
 */
const ONLY_WE_CAN = String.raw`只能(?:先)?(?:为你|帮你|给你)?(?:标注|备注|加急|催促?|登记|记录|反馈|申请|安排|提交|上报|跟进|联系|协调)`;

/**
 * What can be done instead, as the seeds' models say it (002 §3.2 由于条件所限……请您原谅; 000
 * 四(二)3 请您通过XX途径进行咨询): an offer, a suggestion (建议您…, or 建议 with the way and no
 * 您: 建议通过平台官方渠道进一步沟通), a handover, where it can be done, or an apology asking pardon.
 */
const OFFERS_INSTEAD = new RegExp(
  String.raw`我(?:可以|能|来|会|们可以|们会|马上|帮你|为你|给你)|可以(?:为|帮|给)你|建议(?:你|通过|到|前往|拨打|致电|联系|咨询|登录)|你可以|你也可以|为你(?:办理|转接|登记|反馈|申请|记录|提交|安排|推荐|联系|预约)|帮你(?:反馈|登记|记录|申请|转|联系|提交|预约)|反馈给|转接|推荐|请你(?:通过|拨打|到|前往|携带|登录|关注|咨询|联系|(?:先)?(?:看看|检查一下|核对一下|查看))|通过[^\n]{0,12}(?:咨询|办理|查询|联系)|由[^\n]{0,12}(?:为你|向你)解答|由我们?(?:来)?(?:通知|联系|转告|转达|处理|办理|安排|代办)|${WHERE_IT_CAN}|${ONLY_WE_CAN}`,
  'g',
);
/** A clause that is only an apology (对不起, 实在不好意思, 很抱歉), said before or after a no. */
export const APOLOGY_CLAUSE = /^(?:实在|非常|真|很|十分)?(?:不好意思|抱歉|对不起)(?:的)?$/;

/** 002's model asks pardon for what cannot be done at all (由于条件所限……我们无法开展,请您原谅). */
const ASKS_PARDON = /原谅|谅解/;

/**
 * An offer's words right after a negation are the refusal itself: 无法为您办理 refuses, its 为您办理
 * offers nothing (and 我们不能为您退 is no 为您… offer either).
 */
const NEGATED = /(?:无法|没法|没办法|没有办法|不(?:能|可以|会|予|便)?|未能?|别)(?:直接|再|帮|给)?$/;

/**
 * Whether the text offers what can be done instead (an offer not negated where it stands), or,
 * unless `pardonOffers` is false, asks pardon as 002's model refusal does.
 */
export function offersInstead(text: string, pardonOffers = true): boolean {
  if (pardonOffers && ASKS_PARDON.test(text)) return true;
  OFFERS_INSTEAD.lastIndex = 0;
  for (let m = OFFERS_INSTEAD.exec(text); m; m = OFFERS_INSTEAD.exec(text)) {
    if (!NEGATED.test(text.slice(Math.max(0, m.index - 6), m.index))) return true;
    OFFERS_INSTEAD.lastIndex = m.index + 1;
  }
  return false;
}

/** A customer who gives the request up (好吧,我拍了; 那算了): what the agent says next is not a way offered. */
const GIVES_UP = /^(?:那)?(?:好吧|行吧|算了|就这样吧)/;
/**
 * A customer who turns to another matter (另一单…, 还有一件事…): what the agent says next answers
 * that. Not one who asks for another way (有没有另外的办法?).
 */
const ANOTHER_MATTER = /另(?:一|外)|还有一(?:单|个|件|笔|事)|再问(?:一下|个)|换个问题/;
const ASKS_FOR_A_WAY = /办法|方法|怎么办|途径|渠道|别的路/;

/**
 * The agent's next turn, where the way offered may come, as the same call goes on. Where the
 * customer says again what they asked before the refusal, the script shows another answer to the
 * same question (a draft and its rewrite), not what the agent says next; where the customer gives
 * the request up or turns to another matter, the refusal stood; and after a break, another call starts.
 */
export function turnForAlternative(doc: RuleContext['doc'], turn: number): number | undefined {
  const words = (i: number) => doc.text.slice(doc.lines[doc.turns[i].firstLine].start, doc.lines[doc.turns[i].lastLine].end).replace(/^[^:\uFF1A]*[:\uFF1A]/, '').trim();
  const asked = turn > 0 && doc.turns[turn - 1].role === 'customer' ? words(turn - 1) : undefined;
  for (let i = turn + 1; i < doc.turns.length; i++) {
    // A heading or a scene direction between starts another call (a bot's next intent, 【move_car_fail3】).
    if (followsBreak(doc, i)) return undefined;
    if (doc.turns[i].role === 'agent') return i;
    if (asked !== undefined && words(i) === asked) return undefined;
    if (doc.turns[i].role === 'customer' && (GIVES_UP.test(words(i)) || turnsToAnotherMatter(toSimplified(words(i))))) return undefined;
  }
  return undefined;
}

export function turnsToAnotherMatter(said: string): boolean {
  return ANOTHER_MATTER.test(said) && !ASKS_FOR_A_WAY.test(said);
}

/** The flat refusals of the agent text: whole clauses of no, not asked, in a turn that offers nothing. */
export function flatRefusals(ctx: RuleContext): Array<ConstructionMatch & { kind: FlatRefusalKind }> {
  const offers = new Map<number, boolean>();
  const offered = (turn: number) => {
    let said = offers.get(turn);
    if (said === undefined) offers.set(turn, (said = offersInstead(spokenView(ctx.doc, ctx.view, turn).text)));
    return said;
  };
  const out: Array<ConstructionMatch & { kind: FlatRefusalKind }> = [];
  for (const m of findConstructions(ctx.doc, ctx.view, FLAT_REFUSALS)) {
    // 不行? asks back; 不行,机器忙着呢 does not ask for all its 呢, nor does a ? on the next line.
    if (/^(?:[^\S\r\n]|\p{Default_Ignorable_Code_Point})*[?\uFF1F]/u.test(ctx.doc.text.slice(m.end))) continue;
    const turn = turnOf(ctx.doc, m.start);
    // The way offered may come once the customer has answered: 无法为您邮寄。/ 客户:那怎么办? / 您可以到网点自取。
    const next = turnForAlternative(ctx.doc, turn);
    if (offered(turn) || (next !== undefined && offered(next))) continue;
    out.push({ ...m, kind: (m.construction as (typeof FLAT_REFUSALS)[number]).kind });
  }
  return out;
}
