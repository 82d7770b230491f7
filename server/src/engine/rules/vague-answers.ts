import type { RuleContext } from '../rule';
import { findConstructions, type Construction, type ConstructionMatch } from './construction';
import { customerRequestBefore, customerSaid, isSpeakingAgent, spokenView, turnOf } from './conversation';

/**
 * 模糊的答复 said in a whole sentence rather than a listed word: the answer itself hedged (可能是通讯
 * 管道出了问题。 可能会被停机。 in answer to what the customer asked), when it will be done hedged (应该很快就能恢复正常, 晚上八九点时应该
 * 可修好), or the cause said to be unknown or put off and left there (至于具体原因则并不清楚。
 * 具体原因会尽快调查核实,然后给答复。). The look-alikes
 * pass: a likelihood under a condition (如果有逾期记录,很可能会被降低额度), advice (您应该做好通风),
 * a cause offered to soften a complaint nobody asked about (可能是资讯传达上有误解), a cause with the
 * next step (可能是密码错误导致的,请您尝试重新设置密码),
 * causes laid out with a way to find which (可能是接口处密封不严…师傅上门后会先进行检测), and an
 * unknown the agent offers to find out or tell (具体时间还不确定,确定后第一时间通知您).
 */

const S001_CONFIDENT = { seed: '001_9a1dc18ec5519dd1.txt', section: '素質 3、自信 (措辭應該是肯定的，而不是否定或者模糊的)' };
const S001_VAGUE = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心座席員行為標準 第2條 1 (表達含糊不清)' };

/** A condition before the hedge makes it a rule's likelihood, not a hedged answer. */
const CONDITION = /如果|若是|要是|一旦|假如|万一|只要|倘若/;

export const VAGUE_ANSWERS: readonly Construction[] = [
  {
    name: '可能是/可能会… (the answer hedged)',
    pattern: /(?:这|那)?(?:很)?(?:可能|也许|或许|应该)(?:是|会)/g,
    opens: 'clause',
    politeBefore: CONDITION,
    cite: S001_CONFIDENT,
  },
  {
    // The cause named, then hedged: 停电原因可能是…, 故障原因应该是…. The customer asked for the cause;
    // a hedged one is no answer.
    name: '原因可能是 (the cause hedged)',
    pattern: /(?:原因|故障)(?:很)?(?:可能|也许|或许|应该|估计)(?:是|为)/g,
    politeBefore: CONDITION,
    cite: S001_CONFIDENT,
  },
  {
    // …or how long to wait hedged and left open: 可能还需要多等待几天.
    name: '应该很快就能恢复 / 可能还要等几天 (when hedged)',
    pattern:
      /(?:应该|可能|也许|或许)(?:很快|马上|今天|明天|后天|今晚|过几天|这几天)?(?:就)?(?:能|会|可以|可)?(?:恢复|修好|修复|到账|解决|处理好|完成)|(?:应该|可能|也许|或许|估计)(?:还)?(?:需要|要|得)(?:再)?(?:多)?(?:等|等待)?(?:几天|一段时间|一些时间|些时间|一阵子)/g,
    politeBefore: CONDITION,
    cite: S001_CONFIDENT,
  },
  {
    // A likelihood for an answer: 包裹大概率是丢了, 多半是线路的问题. 如果…大概率会… states a rule's odds.
    name: '大概率是 / 多半是 (a likelihood for an answer)',
    pattern: /(?:大概率|多半|八成)(?:是|会|已经)/g,
    politeBefore: CONDITION,
    cite: S001_CONFIDENT,
  },
  {
    // The agent's memory for the answer: 记不起来。, 我记不清了。 — a clause of its own, with no
    // check offered (我记不清了,我帮您查一下 makes it sure).
    name: '记不起来 / 记不清了 (memory for an answer)',
    pattern: /(?:我)?(?:也)?(?:记不起来|记不清(?:楚)?|想不起来|不记得)(?:了)?/g,
    opens: 'clause',
    ends: 'clause',
    cite: S001_VAGUE,
  },
  {
    // Unknown, or put off to be found out with no word of when it will be told: 具体原因会尽快调查核实,然后给答复.
    name: '具体原因不清楚 / 具体原因会调查核实 (the cause left unknown)',
    pattern:
      /(?:具体|详细)?(?:原因|情况|进度)(?:则|还|也|目前|暂时|现在|都)?(?:并|都|还)?(?:不清楚|不知道|不确定|不明确?|不详|说不清楚?)|(?:具体|详细)(?:原因|情况)(?:还|则|也)?(?:会|要|需要|还需|有待|待)(?:尽快)?(?:进一步)?(?:调查|核实|确认|了解|查明)+/g,
    cite: S001_VAGUE,
  },
];

/** The agent's own way to make it sure, in the same turn: finding out, checking on site, telling, or the customer's next step. */
const MADE_SURE =
  /(?:请你|建议你)(?:先|再)?(?:尝试|试|重新)|你可以(?:先|再)?(?:尝试|试)|我(?:马上|这就|现在|先|立即|立刻)?(?:给你|帮你|替你|为你|去|来)?(?:问一下|问问|查一下|查查|查询|核实|确认|了解一下|咨询一下|请示)|(?:安排|派)[^\n]{0,12}(?:上门|到场|到现场)|上门后|进行检测|我(?:给你|帮你)(?:详细)?(?:说|讲)|(?:通知|告诉|告知|回复|答复|回电|反馈给)你|给你(?:回电|回复|答复|打电话)/;

/** The customer asked something (punctuation is not on the view: its question words are). */
const ASKED = /什么|怎么|为什么|为啥|多久|几|哪|吗|呢|是不是|有没有|会不会|能不能|可不可以/;
/** The hedged answer is an answer only to a question. */
const ANSWER_HEDGED = VAGUE_ANSWERS[0];
const CAUSE_HEDGED = VAGUE_ANSWERS[1];

/**
 * What the customer asked that this turn answers: the customer's turn just before, or the one before
 * the agent's previous turn — 客户:到底是什么原因? 坐席:这种振动经常发生…。 坐席:可能是司机的事。 —
 * where the agent goes on answering the same question in a second turn.
 */
function questionAnswered(doc: Parameters<typeof customerRequestBefore>[0], turn: number): string | undefined {
  const asked = customerRequestBefore(doc, turn);
  if (asked !== undefined) return asked;
  let agentTurns = 0;
  for (let i = turn - 1; i >= 0; i--) {
    if (doc.turns[i].role === 'customer') return customerSaid(doc, i);
    if (isSpeakingAgent(doc, i) && ++agentTurns > 1) return undefined;
  }
  return undefined;
}

export function vagueAnswers(ctx: RuleContext): ConstructionMatch[] {
  const { doc, view } = ctx;
  return findConstructions(doc, view, VAGUE_ANSWERS).filter((m) => {
    const turn = turnOf(doc, m.start);
    if ((m.construction === ANSWER_HEDGED || m.construction === CAUSE_HEDGED) && !ASKED.test(questionAnswered(doc, turn) ?? '')) return false;
    return !MADE_SURE.test(spokenView(doc, view, turn).text);
  });
}
