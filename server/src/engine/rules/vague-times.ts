import { SPAN_SEPARATOR } from '../normalize';
import type { RuleContext } from '../rule';
import { findConstructions, type Construction, type ConstructionMatch } from './construction';
import { customerRequestBefore, spokenView, turnOf } from './conversation';
import { isQuestion, sentenceEnd, sentenceStart } from './phrase-context';

/**
 * 模糊的时间答复: the customer is told it will be done, or that nobody knows when, and not when.
 * A promise to hurry as the whole answer (尽快处理。 会尽快的。 已加急。), a claim that work is
 * under way and nothing more (正在调试。), or no time at all (我们没有确切时间, 具体派件时间不确定).
 * `我们会尽快为您安排发货` names what is done for the customer and stays a commitment; a time said in
 * the same turn (预计两小时内, 今天下午五点前) or an offer to tell them (确定后第一时间通知您) answers the when.
 *
 * A time can be said and still be vague (003 三、3 避免使用模糊、不确定或模棱两可的表述): hedged
 * (可能要10个工作天, 原则上需要30个工作天, 大概得一两周吧, 估计还要三天), left without a bound (还要多等几个星期,
 * 两个多星期, 需要一些时间, 要很久才回来, 不久会回来), or refused in answer to when (说不准,看情况). A time
 * said as it is (3个工作日内到账, 三天后取) or an estimate said as one with its bound (预计两三天内恢复,
 * 一般最晚三个月) passes: 预计 and 一般 name an estimate, they do not hedge it.
 */

const S001_VAGUE = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心座席員行為標準 第2條 1 (表達含糊不清)' };
const S003 = { seed: '003_22534ffe70de67c3.txt', section: '三、3. 专业解答与方案提供 (避免使用模糊、不确定或模棱两可的表述)' };

export const VAGUE_TIMES: readonly Construction[] = [
  {
    // The whole answer: 尽快处理。 会尽快的。 已加急。 — no object, nobody served, no time. After more
    // (我们已受理,我们会尽快办理) the customer is told where the matter stands: a standard's own wording.
    name: '尽快/已加急 (the whole answer)',
    pattern: /(?:我们|我)?(?:会|将|一定)?(?:尽快|尽早|抓紧|加紧)(?:处理|解决|安排|办理|维修|修)?(?:的|了|吧)?|(?:我们|我)?(?:已|已经)(?:经)?(?:加急|催(?:促|办)?)(?:处理)?(?:了)?/g,
    opens: 'clause',
    ends: 'sentence',
    cite: S003,
  },
  {
    // 正在调试。 正在抢修中。 as the whole answer: work under way and no word of when it is done.
    // After a cause (热源不够,正在协调) the customer is told something; that is apology-first's to judge.
    name: '正在… (the whole answer)',
    pattern: /正在(?:调试|抢修|维修|检修|排查|处理|协调)(?:中)?/g,
    opens: 'clause',
    ends: 'sentence',
    cite: S003,
  },
  {
    name: '没有确切时间 / 时间不确定',
    pattern:
      /没有(?:确切|具体|准确|明确)的?(?:时间|日期|时限)|(?:时间|日期)(?:还|也|暂时|目前)?(?:不确定|说不准|不好说|说不好|定不了|没法确定|无法确定|没有定)/g,
    // 如果您的时间不确定: the customer's time.
    clauseBefore: /你/,
    cite: S001_VAGUE,
  },
  {
    // The customer asked when (什么时候能恢复?) and hears only that it will be soon: 通信将尽快恢复,
    // 争取尽快让您家暖起来, 在最短的时间里. Said unasked (我将尽快帮您处理) it is a commitment.
    name: '尽快… (asked when)',
    pattern: /尽快|尽早|早日|(?:在)?最短的?时间(?:内|里)?/g,
    cite: S003,
  },
];

/** A length of time: a number (or 几, 一两, 两三, 十几) and a unit, with 多 or 左右 as said. */
const NUMBER = '(?:[0-9]+(?:[-~到至][0-9]+)?|[一二两三四五六七八九十百半几]+)';
const DURATION = `${NUMBER}(?:个)?(?:多)?(?:个)?(?:分钟|小时|钟头|工作日|工作天|天|日|周|星期|礼拜|月|年)(?:左右|上下|多)?`;
/** Words that hedge what follows them. 预计 and 一般 are not among them: they name an estimate. */
const HEDGE = '(?:可能|大概|大约|估计|应该|也许|或许|原则上|说不定|恐怕|差不多)';
/** The wait said: 要, 得, 需要, 还要多等 … before the length. */
const WAIT = '(?:还|也|就)?(?:要|得|需要?|会|能)?(?:再)?(?:多)?(?:等|等待)?(?:上)?';

export const HEDGED_TIMES: readonly Construction[] = [
  {
    // 可能要10个工作天才会到货, 原则上需要30个工作天, 大概得一两周吧: a hedge on the time itself.
    name: '可能/大概/原则上 + 时长 (a time hedged)',
    pattern: new RegExp(`${HEDGE}${WAIT}${DURATION}`, 'g'),
    oneClause: true,
    politeBefore: /如果|要是|假如|万一|若/,
    cite: S003,
  },
  {
    // 还要多等几个星期, 两个多星期, 需要一些时间发货, 要很久才会回来, 不久会回来: a wait with no bound.
    // A few minutes (请您再等几分钟) is a short wait asked for, not an answer left open.
    name: '还要等几个星期 / 需要一些时间 (a wait without a bound)',
    pattern:
      /(?:还要|还得|要|得|需要?|等)(?:再)?(?:多)?(?:等|等待)?(?:上)?(?:好)?(?:几|十几|一些|一段|[0-9一二两三四五六七八九十]+个多)(?:个)?(?:天|星期|礼拜|周|月|时间)|(?:要|得|需要)(?:很久|好久|很长时间|好长时间|一阵子)|不久(?:就|会|后|之后)/g,
    oneClause: true,
    politeBefore: /如果|要是|假如|万一|若/,
    cite: S001_VAGUE,
  },
  {
    // 客户:什么时候能修好? 坐席:说不准,看情况。 — the when refused as a clause of its own (不知啥时候能回来 too).
    name: '说不准 / 看情况 (asked when)',
    pattern: /(?:这个)?(?:也|真|确实)?(?:说不准|说不好|不好说|很难说|难说|(?:得|要)?看情况|不一定|不知(?:道)?(?:啥|什么)时候[\u4e00-\u9fff]{0,4})(?:的|了|呢|啊)?/g,
    opens: 'clause',
    ends: 'clause',
    cite: S001_VAGUE,
  },
  {
    // 正在审核中,请耐心等待; 我会向上反映,请耐心等待: patience asked for a matter pending (a review, a
    // refund, a repair, a report upward) with no word of how long. Patience for what is done in the call
    // (我们正在为您通知车主,请耐心等待) or with the time said (1-3个工作日内…请耐心等待) passes.
    name: '请耐心等待 (a matter pending, no time)',
    pattern: /(?:请|还请|麻烦)(?:你)?(?:再)?耐心(?:地)?等(?:待|候)(?:一下)?/g,
    cite: S001_VAGUE,
  },
  {
    // 抢修人员会在规定时限内到达: a bound named and not said.
    name: '在规定时限内 (a bound not said)',
    pattern: /(?:在)?(?:规定|承诺)的?(?:时限|时间|期限|时效)(?:内|之内|以内)/g,
    cite: S001_VAGUE,
  },
  {
    // 具体时间由维修人员与您商定: the when handed to someone else to settle, and no time said.
    name: '具体时间由…商定 (the when handed on)',
    pattern: /具体(?:的)?(?:时间|日期)(?:由|要|得|需要|会)?[\u4e00-\u9fff]{0,16}?(?:商定|协商|决定|再定|定夺)/g,
    oneClause: true,
    cite: S001_VAGUE,
  },
];

/**
 * A when: a time of day or date, a length of time, or at once. 几天 is no when, nor the time of
 * day a greeting names (晚上好!), which time-of-day-greeting's fix may make 您好.
 */
const WHEN_RE =
  /[0-9一二两三四五六七八九十半]+个?(?:分钟|小时|钟头|工作日|天|日|周|星期|点|号)|今天|明天|今日|明日|今晚|后天|本周|下周|月底|(?:上午|下午|晚上|中午)(?!好)|之前|以内|之内|马上|立即|立刻|第一时间|随时/;
/** An offer to tell the customer when it is known, or to find out. */
const TELL_RE =
  /(?:通知|告诉|告知|回复|答复|联系|回电|反馈给)你|给你(?:回电|回复|答复|打电话)|我(?:马上|这就|现在|先|立即)?(?:给你|帮你|替你|去)?(?:问一下|问问|查一下|查查|核实|确认|催一下|催促)/;

/** An acknowledgement before the answer (好的,会尽快的) adds nothing to it. */
const ACKNOWLEDGED = /^(?:好的|好|嗯|行|是的|明白了?|收到|知道了)/;
/** Said as the whole answer, or not at all: a bare promise to hurry, work under way. */
const WHOLE_ANSWER = new Set([VAGUE_TIMES[0], VAGUE_TIMES[1]]);
/** Vague only in answer to a when. */
const ASKED_WHEN = VAGUE_TIMES[3];
const WHEN_ASKED = /什么时候|多久|几天|何时|多长时间|什么时间|几点|哪天/;

/**
 * 大约一小时内到达: an approximation sizing a bound (内, 之前) is an estimate said as one. A doubt on it
 * (可能三天内, 原则上30个工作日内) still hedges whether the bound holds.
 */
const APPROXIMATES = /^(?:大概|大约|差不多)/;
const BOUND_AFTER = /^(?:内|以内|之内|前|以前|之前)/;

function sizesABound(match: string, after: string): boolean {
  return APPROXIMATES.test(match) && BOUND_AFTER.test(after);
}

/** A date or a bound said (明年年底才能入伙, 三天后): the unbounded wait beside it only restates it. */
const DATE_RE = /明年|今年|下个?月|本月|年底|年初|月初|月中|[0-9一二三四五六七八九十]+月(?:份|底|初|中)?/;

function saysADate(said: string): boolean {
  return DATE_RE.test(said) || WHEN_RE.test(said.replace(/(?:几|多)(?:个)?(?:分钟|小时|天|星期|周|月)/g, ''));
}

/** A matter that takes its time outside the call: a review, a refund, a repair, a report upward. */
const PENDING_RE = /审核|审批|审查|处理中|正在处理|反映|退款|退还|退回|到账|抢修|维修|核实|调查|复核|受理/;
/** A unit of time said with its number left to a template (储蓄卡[数字x]-[数字x]工作日到账): the time is there. */
const TIME_UNIT_RE = /工作日|工作天|小时|分钟/;
const PATIENCE = HEDGED_TIMES[3];
const UNSAID_BOUND = HEDGED_TIMES[4];

/**
 * Hedged and unbounded times, unless the turn offers to tell the customer when it is known (到了
 * 我们短信通知您); a hedge on the time is vague whatever else the turn says. The unbounded wait passes
 * where a time is said in the turn too, and 说不准 only answers a when.
 */
export function hedgedTimes(ctx: RuleContext): ConstructionMatch[] {
  const { doc, view } = ctx;
  return findConstructions(doc, view, HEDGED_TIMES).filter((m) => {
    const turn = turnOf(doc, m.start);
    const said = spokenView(doc, view, turn).text;
    // 您大概需要几天? asks the customer's own estimate.
    if (TELL_RE.test(said) || isQuestion(doc, view, sentenceStart(view, m.from), sentenceEnd(view, m.to))) return false;
    if (m.construction === HEDGED_TIMES[0] && sizesABound(view.text.slice(m.from, m.to), view.text.slice(m.to, m.to + 3))) return false;
    if (m.construction === HEDGED_TIMES[1] && saysADate(said)) return false;
    if (m.construction === HEDGED_TIMES[2] && !WHEN_ASKED.test(customerRequestBefore(doc, turn) ?? '')) return false;
    if (m.construction === PATIENCE && (!PENDING_RE.test(said) || saysADate(said) || TIME_UNIT_RE.test(said))) return false;
    if (m.construction === UNSAID_BOUND && saysADate(said)) return false;
    return true;
  });
}

export function vagueTimes(ctx: RuleContext): ConstructionMatch[] {
  const { doc, view } = ctx;
  return findConstructions(doc, view, VAGUE_TIMES).filter((m) => {
    const said = spokenView(doc, view, turnOf(doc, m.start)).text;
    if (WHOLE_ANSWER.has(m.construction) && said.split(SPAN_SEPARATOR).join('').replace(ACKNOWLEDGED, '') !== view.text.slice(m.from, m.to)) return false;
    if (m.construction === ASKED_WHEN && !WHEN_ASKED.test(customerRequestBefore(doc, turnOf(doc, m.start)) ?? '')) return false;
    return !WHEN_RE.test(said) && !TELL_RE.test(said);
  });
}
