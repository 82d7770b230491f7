import type { RuleContext } from '../rule';
import { findConstructions, type Construction, type ConstructionMatch } from './construction';
import { customerRequestBefore, customerSaid, isSpeakingAgent, spokenView, turnOf } from './conversation';
import { spokenRange, spokenText } from './call-turns';
import type { Span } from '../document';

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
  {
    // A charge hedged and left unsized: 可能要扣除一些费用. The customer is owed the amount, or the rule it follows.
    name: '可能要扣一些费用 (a charge hedged)',
    pattern: /(?:可能|也许|或许|估计|应该)(?:要|会|需要|得)?(?:扣除|扣掉|扣|收取|收|补交|交)(?:一些|一部分|部分|一点|点|一定的?)(?:的)?(?:费用|钱|手续费|违约金|押金)/g,
    politeBefore: CONDITION,
    cite: S001_CONFIDENT,
  },
  {
    // The answer put off to a rule or a case not named: 应该有几次免费送,具体要看规则; 具体得看情况.
    name: '具体要看规则 / 具体视情况而定 (the answer left to what it depends on)',
    pattern: /具体(?:还)?(?:要|得|需要|需)?(?:看|视)(?:规则|规定|情况|政策|安排|具体情况)(?:而定)?/g,
    politeBefore: CONDITION,
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

/**
 * A stock answer (003 三、3 避免使用模糊、不确定或模棱两可的表述; 002 §3.2 约定答复时间): the whole
 * turn says only that the matter is in hand, or not done yet, or will be seen to, with no time and
 * no step the customer can hold anyone to — 按流程走,已在处理。 我们会尽快处理,请给我们一点时间。
 * 我会把情况记录下来,主管会审核。 还没有处理好。 還沒審批下來,再等等。 Each clause must be one of these;
 * a cause, a thing named (您反映的情况,我们已受理), a time or an offer to tell makes it an answer.
 * A bare request to wait (请您再等等) says nothing of the matter and is not one of them.
 */
const STATUS_CLAUSES = [
  // In hand by the book: 按流程走, 按程序处理, 已在处理, 正在跟进中, 在审核了, 后台处理中.
  '(?:我们|这边)?(?:会)?按(?:照)?(?:流程|程序|规定|规矩)(?:走|处理|办理?|来)(?:的|了)?',
  '(?:我们|这边|后台|系统|公司)?(?:(?:已经?|正|已经?在|正在|在)(?:为你|帮你|给你)?(?:处理|跟进|办理|审核|核实|审批|核查|走流程)(?:中|了|呢)?|(?:处理|跟进|办理|审核|核实|审批|核查)中)',
  // Not done yet, with no word of when: 还没有处理好, 还没审批下来.
  '(?:这个|你的[\u4e00-\u9fff]{1,4})?(?:还|暂时|目前|现在)(?:还)?(?:没|未)(?:有)?(?:处理|办|审批|批|审核|修|弄|核实|审)(?:好|完|下来|完成|结果)?(?:了|呢)?',
  // Will be seen to, some day: 我会把情况记录下来, 主管会审核, 会有人联系你.
  '(?:我们|我)(?:会|将|已|已经)?(?:把|将)?(?:你的)?(?:情况|问题|这个|这件事)?(?:记录下来|记下来|登记下来|记录|登记)(?:了)?',
  '(?:主管|领导|上级|经理|相关部门|专人|后台|同事|有人)(?:会|将)(?:审核|处理|跟进|核实|联系你|回复你|给你回复|看)',
];
/**
 * A promise to hurry (我们会尽快处理): unasked and alone it is the commitment the standards ask for;
 * with a plea for time after it (请给我们一点时间) it is the whole answer, and no time is in it.
 */
const HURRY = '(?:我们|我)?(?:会|将)?(?:尽快|尽早|抓紧)(?:为你|帮你|给你)?(?:处理|解决|办理|安排|跟进)?(?:的)?';
const PLEA = '(?:请)?(?:你)?(?:再)?(?:耐心)?(?:等等|等一等|等一下|等待)|请给(?:我们|我)(?:一点|一些|点)?时间|(?:请)?(?:你)?(?:再)?耐心(?:一点|一些|点)?';
/** What such an answer may say besides: an acknowledgement, a promise to hurry, a plea for time or patience. */
const FILLER_CLAUSES = ['好的|好|嗯|是的|明白', HURRY, PLEA];
const STATUS_RE = new RegExp(`^(?:${STATUS_CLAUSES.join('|')})$`);
const FILLER_RE = new RegExp(`^(?:${FILLER_CLAUSES.join('|')})$`);
const HURRY_RE = new RegExp(`^(?:${HURRY})$`);
const PLEA_RE = new RegExp(`^(?:${PLEA})$`);

/** Stock clauses only, with a status among them, or a promise to hurry and a plea for time. */
function isStock(clauses: string[]): boolean {
  if (clauses.length === 0 || !clauses.every((c) => STATUS_RE.test(c) || FILLER_RE.test(c))) return false;
  return clauses.some((c) => STATUS_RE.test(c)) || (clauses.some((c) => HURRY_RE.test(c)) && clauses.some((c) => PLEA_RE.test(c)));
}

/**
 * Work under way, whatever the work, as the whole answer to when (说好的退费到底什么时候给? → 正在筹款。):
 * the customer asked for a time and is told only that something is going on.
 */
const UNDER_WAY = /^(?:我们|这边)?(?:正在|正|在)[\u4e00-\u9fff]{2,3}(?:中|呢)?$/;
const WHEN_ASKED = /什么时候|多久|何时|多长时间|什么时间|几点|哪天|几天/;

/** The agent turns that are nothing but a stock answer of status or promise. */
export function stockAnswers(ctx: RuleContext): Span[] {
  const { doc } = ctx;
  const out: Span[] = [];
  for (let i = 0; i < doc.turns.length; i++) {
    if (!isSpeakingAgent(doc, i)) continue;
    const said = spokenText(doc, doc.turns[i]);
    // 已经在处理了吗? asks; it answers nothing.
    if (/[?\uFF1F]/.test(said)) continue;
    const clauses = said
      .replace(/您/g, '你')
      .split(/[\s,，。.!！;；、:：~～…?？]+/)
      .filter((c) => c !== '');
    const underWay = clauses.length === 1 && UNDER_WAY.test(clauses[0]) && WHEN_ASKED.test(customerRequestBefore(doc, i) ?? '');
    if (!isStock(clauses) && !underWay) continue;
    const range = spokenRange(doc, doc.turns[i]);
    if (range) out.push(range);
  }
  return out;
}
