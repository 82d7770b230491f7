import type { RuleContext } from '../rule';
import { customerRequestBefore, isSpeakingAgent, spokenView } from './conversation';
import { spokenText } from './call-turns';
import { APOLOGY_CLAUSE, offersInstead, turnForAlternative } from './flat-refusals';

/**
 * A no told a customer who asked for something, as the turn's last words and with nothing offered
 * in it or in the agent's next turn: 没了, 也没了, 没有钱了, 挂不了, 这个号不看了, 不需要, 订单含有补贴券,
 * 不支持价保, 非质量问题不处理, 当前无差价, 明天再来, 全派出去了. Read on the turn's clauses, simplified. The words that
 * mean no trouble (没问题, 没关系, 没事), reassure (错不了, 少不了) or thank back (不用谢) are no
 * refusal; nor is a no that answers whether something is so (是不是扣了两次? → 没有).
 */

/** Who or when the no is about (这个号, 我们, 现在, 当前), and how it is said (也, 都, 已经). */
const LEAD = '(?:这(?:个|种|项|些)?[\\u4e00-\\u9fff]{0,4}?|那(?:个)?|我们?(?:这边|这里)?)?(?:今天|明天|现在|目前|当前|暂时|上午|下午|晚上|周末)*(?:也|都|已经|就|暂时|还|早就)?';
const PARTICLE = '(?:的|了)?(?:吧|啊|呀|哦|啦|哈)?';
const whole = (nos: string[]) => new RegExp(`^${LEAD}(?:${nos.join('|')})${PARTICLE}$`);
/**
 * Nothing left to give (没了, 没有钱了, 没号了, 当前无差价, 我们没有领导): a no only when the customer
 * asked for the thing, not when they asked whether it is so (还有欠费吗? → 没有了).
 */
const NOTHING_LEFT = whole([
  '没(?:有)?(?!问题|关系|事|错|什么|听|看|想|说|收|接|到)[\\u4e00-\\u9fff]{0,3}了',
  '(?:没有|无)(?!问题|关系|事|错|什么)[\\u4e00-\\u9fff]{0,3}',
  '没(?:有)?',
]);
/**
 * Not needed, not done any more, cannot of any verb asked for (不需要, 这个号不看了, 挂不了), or what
 * the customer brought declared void (小票非中文凭证,无效; 不予认可); not the verbs that reassure
 * (错不了, 少不了, 用不了多久), nor 不收了, which is good news.
 */
const REFUSES = whole([
  // Come back another time, as the whole answer: 明天再来, 改天再办. 我们明天再来 is the agent coming.
  '(?<![我们])(?:明天|改天|下午|下周|过两天|过几天|回头|以后|下次|晚点)再(?:来|办|过来)',
  // Nobody or nothing left to give: 全派出去了, 都卖完了, 号都约满了.
  '[\\u4e00-\\u9fff]{0,3}?(?:都|全)(?:派出去|出去|用完|卖完|订满|约满|挂满|卖光|抢光|分完)了',
  '不需要', '不(?:看|卖|办|退|换|给|做|管|接)了', '(?![错少免忘跑差受用要花])[\\u4e00-\\u9fff]不了', '(?:一律|概|均)?不退(?:也)?不换', '概不退换', '(?:一律|概|均)不(?:予)?退(?:款|费|换)?', '(?:均|一律|都)?无效', '不(?:予)?(?:认可|采纳)']);
/**
 * 客户:能不能让我坐到安康站? 坐席:一定要在广州北下车。 — asked to be let off a requirement, the agent
 * says the requirement again: a no in the form of a must, with nothing the customer can do instead.
 */
const ASKS_LEAVE = /能不能|可不可以|能否|行不行|可以不|可否|让我/;
const MUST_AGAIN = /^(?:你们?|您们?)?(?:还是)?(?:一定|必须|非得|只能)(?:要|得)?[\u4e00-\u9fff]{1,12}$/;
/** A clause that ends in a no of policy (不支持价保, 非质量问题不处理, 不适用…承诺), unless it is a condition. */
const POLICY_NO = /^(?!.*(?:如果|要是|若|假如|万一|是否|的话))[\u4e00-\u9fff\d]{0,12}?不(?:予)?(?:支持|受理|处理|办理|适用|提供|接受)[\u4e00-\u9fff\d]{0,10}$/;
/** A question whether something is so, or whether the customer needs to, or thanks: a no answers it, refusing nothing. */
const ASKS_WHETHER = /是不是|是否|对吗|对不对|对吧|是吗|要不要|需不需要|用不用|(?:需要|要|用|得)[^\n]{0,12}吗|谢谢|感谢/;
/** Any question, or a look asked for, that a no can answer as a fact (有没有…?, 还有…吗?, 这张卡支持境外消费吗?, 帮我查一下欠费). */
const ASKS_IF = /吗|有没有|有无|还有|查|多少|几(?:个|笔|条|次)|看(?:一下|看)/;

/**
 * An apology said with a no (不好意思,我们餐厅不提供送餐服务; 很抱歉,没有的; 房间已经订满,实在不好意思):
 * the apology says the customer wanted it, so the no refuses a request whether or not the script shows
 * the request (a bot's reply under its intent, 【can_deliver?】). Not an apology for something else
 * (不好意思打扰了,没有别的事了), nor a no of trouble (没有问题); nor a no under a condition the customer
 * can meet (店内商品未结账不提供使用: pay first), nor someone away (对不起,他不在: where the person is and a
 * message taken belong to the next words, absent-answers.ts).
 */
const APOLOGISED_NO = /^(?![^\n]*(?:打扰|再见|别的事|其他事|问题|关系|未|除非|之前))[\u4e00-\u9fff\d]{0,14}?(?:(?:不(?:提供|支持|可以|能|接受|办理|受理)|没有?提供)[\u4e00-\u9fff\d]{0,10}|没有(?:的)?(?:了)?|已经?(?:过了|满了|[订约卖住]满了?|售完|卖完|下班了?)|[订约卖住]满了?)(?:的)?(?:呢|哦|啊|了)?$/;

function apologisedNo(clauses: string[]): boolean {
  const apology = clauses.findIndex((c) => APOLOGY_CLAUSE.test(c));
  if (apology < 0) return false;
  // The no right after the apology, or right before it (已经订满,实在不好意思), as the turn's last words.
  const last = clauses.length - 1;
  return (apology === last - 1 && APOLOGISED_NO.test(clauses[last])) || (apology === last && last > 0 && APOLOGISED_NO.test(clauses[last - 1]));
}

/** The agent turns whose last clause is a bare no to a customer's request, with no way offered in them or the agent's next turn. */
export function bareRefusalTurns(ctx: RuleContext): number[] {
  const { doc, view } = ctx;
  const out: number[] = [];
  for (let i = 0; i < doc.turns.length; i++) {
    if (!isSpeakingAgent(doc, i)) continue;
    const asked = customerRequestBefore(doc, i);
    if (asked !== undefined && ASKS_WHETHER.test(asked)) continue;
    const said = spokenText(doc, doc.turns[i]).trim();
    if (/[?\uFF1F]$/.test(said)) continue;
    const clauses = said.split(/[\s,，。.!！;；、:：~～…]+/).filter((c) => c !== '');
    const last = clauses[clauses.length - 1] ?? '';
    const asksIf = asked === undefined || ASKS_IF.test(asked);
    // Nothing left and a no of policy refuse only what was asked for; a question or a look asked for gets them as facts.
    const mustAgain = clauses.length === 1 && asked !== undefined && ASKS_LEAVE.test(asked) && MUST_AGAIN.test(last);
    if (!REFUSES.test(last) && !mustAgain && !apologisedNo(clauses) && (asksIf || !(NOTHING_LEFT.test(last) || POLICY_NO.test(last)))) continue;
    if (offersInstead(spokenView(doc, view, i).text)) continue;
    const next = turnForAlternative(doc, i);
    if (next !== undefined && offersInstead(spokenView(doc, view, next).text)) continue;
    out.push(i);
  }
  return out;
}
