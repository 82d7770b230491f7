import { GAP_NONE, SPAN_SEPARATOR, type NormalizedView } from '../normalize';
import type { RuleContext } from '../rule';
import { findConstructions, type Construction, type ConstructionMatch } from './construction';

/**
 * Promises of an outcome the agent does not decide: 保证能退, 一定能批下来, 肯定没问题, 买了肯定赚.
 * 003 三、5 asks an agent not to promise at will what is beyond their authority; 002 §3.2 says to
 * explain, feed the answer back quickly, and never promise on the spot. What the agent will do
 * themself is the commitment both standards ask for and is never matched: the outcomes below are
 * decided by someone else (an approval, a refund, a carrier, a treatment, a market), the agent's
 * own acts (处理, 反馈, 回电, 核实, 转达, 改进 …) are not among them. A promise paced by the agent's
 * own effort (一定尽快为您处理, 一定尽力帮您解决) is that commitment too, and does not match, as the
 * outcome is not what is promised.
 */

const S003 = { seed: '003_22534ffe70de67c3.txt', section: '三、5 必要时的转接与升级 (判断权限与能力: 不应随意承诺或尝试解答)' };
const S002 = { seed: '002_5ab7d194a3b83629.txt', section: '3.2 客户端服务行为规范 (没有把握回答、解决的问题…绝对不能当场承诺)' };

/**
 * The words that make a statement a guarantee. 保证 said by the customer (您能保证按时还款吗) is
 * theirs (see customersOwn); 包 only as 包你 (包您满意), since 包退包换 is a shop's returns policy.
 */
const MARK = '(?:(?:百分之百|百分百|100%|绝对)?(?:保证|担保)|包你|一定|肯定|绝对|百分之百|百分百|100%|铁定|必定)';
/** 明天, 三天内, 24小时之内: when the outcome is promised. */
const TIME = '(?:在)?(?:今天|明天|后天|今晚|当天|本周|这周|下周|月底|[0-9一二两三四五六七八九十半]+(?:个)?(?:小时|天|日|周|星期|月|工作日))(?:内|之内|以内)?';
/** Between the mark and the outcome: 都/也/就, a modal, a time, and who it is for. */
const BETWEEN = `(?:是)?(?:都|也|就|还)?(?:能够|能|会|可以)?(?:${TIME})?(?:就)?(?:能够|能|会|可以)?(?:给你|帮你|为你|让你|替你|你)?`;
/** What may close the clause after the outcome; 吗 and 吧 ask, and are not in it. */
const CLOSE = '(?:的|了|啦|哦|呀|啊|呢)*';

const promise = (outcomes: string) => new RegExp(`${MARK}${BETWEEN}(?:${outcomes})${CLOSE}`, 'g');

/**
 * 不一定, 不能保证一定能批, 谁也不敢保证, 不是零风险, 没有稳赚不赔的: the promise denied, which is
 * the honest form of the same sentence.
 */
export const NOT_PROMISED = /(?:不|非|没|无法|没法|难以|很难|未必|谁也|没有人|没人)(?:能|敢|会|是|可以|可能|有|存在)?(?:保证|确保|承诺)?$/;
/** 相信一定能…, 争取, 尽量: a hope or an effort, not a guarantee. */
const HOPED = /相信|希望|争取|尽量|尽力|努力|祝/;
/**
 * 符合退货条件的都能退, 按照规定一定能报销: the outcome rests on a rule the customer can check, as
 * 002 §3.2 has it (在符合规定、条件允许的情况下，应予满足).
 */
const BY_RULE = /(?:符合|满足|按照|根据|依据|按)[^\n]{0,12}?(?:条件|规定|政策|流程|要求|标准|约定|合同|条款)/;

export type PromiseKind = '保证结果' | '保本保收益';

export interface PromiseConstruction extends Construction {
  kind: PromiseKind;
}

export const PROMISES: readonly PromiseConstruction[] = [
  {
    name: '保证能批 / 一定能通过',
    kind: '保证结果',
    // 通过 only closing the clause: 一定会通过短信通知您 says how, not what.
    pattern: promise('批下来|批下|批准|获批|批|审批通过|审核通过|通过审核|通过审批|通过|过审|下款|放款|贷下来|办下来|办成|成功'),
    ends: 'clause',
    clauseBefore: NOT_PROMISED,
    politeBefore: new RegExp(`${HOPED.source}|${BY_RULE.source}`),
    cite: S003,
  },
  {
    name: '保证能退 / 肯定能赔',
    kind: '保证结果',
    pattern: promise('退款|退钱|退掉|退回来|退回|退下来|退成功|退成|退还|退|到账|得到赔偿|理赔|赔付|赔偿|赔钱|赔|报销'),
    ends: 'clause',
    clauseBefore: NOT_PROMISED,
    politeBefore: new RegExp(`${HOPED.source}|${BY_RULE.source}`),
    cite: S002,
  },
  {
    name: '肯定没问题 / 一定能解决',
    kind: '保证结果',
    pattern: promise('没有问题|没问题|不会有任何问题|不会有问题|不会出问题|出不了问题|没事|得到解决|解决|修好|修复|恢复|到货|送到|送达|收到|满意'),
    ends: 'clause',
    clauseBefore: NOT_PROMISED,
    politeBefore: new RegExp(`${HOPED.source}|${BY_RULE.source}`),
    cite: S003,
  },
  {
    // A cure or an effect promised: the law on medical advertising forbids asserting it (广告法 第十六条).
    name: '保证治好 / 一定有效',
    kind: '保证结果',
    pattern: promise('治好|治愈|根治|痊愈|不复发|不反弹|有效|见效|管用'),
    ends: 'clause',
    clauseBefore: NOT_PROMISED,
    politeBefore: HOPED,
    cite: S002,
  },
  {
    // A return promised, whatever the condition: 只要您长期持有，一定能赚 is the misselling itself.
    name: '肯定赚 / 保证不亏',
    kind: '保本保收益',
    pattern: promise('赚钱|挣钱|赚|回本|升值|涨|盈利|有收益|有回报|不亏本|不会亏|不亏|保本|(?:有|达到|拿到)(?:[0-9.]+%|[0-9.一二三四五六七八九十]+个点)(?:的)?(?:收益|回报|利息)?'),
    ends: 'clause',
    clauseBefore: NOT_PROMISED,
    politeBefore: HOPED,
    cite: S002,
  },
  {
    // The customer's satisfaction promised as the outcome (我们下周会给你满意的答复), with nothing the
    // agent will do for it said in the sentence; 我会向领导反映,尽快给您一个满意的答复 says the act
    // the answer follows from, which is what 002 §3.2 asks instead of a promise on the spot.
    name: '给您满意的答复',
    kind: '保证结果',
    pattern: /(?:给|还)你(?:一个)?满意的?(?:答复|回复|结果|交代|说法|处理结果|解决方案)|让你满意/g,
    clauseBefore: NOT_PROMISED,
    politeBefore: HOPED,
    // 一定办好,让您满意: the agent's own work done well, with satisfaction its aim, is the commitment itself.
    notIn: /反映|反馈|核实|调查|了解|检查|维修|处理|联系|转达|上报|请示|安排|协调|跟进|研究|(?:办|做|服务|修|弄)(?:得)?好/,
    cite: S002,
  },
  {
    // 保证以后不会再出现, 绝对不会再发生: that a fault will never recur is no one agent's to promise, and
    // the legal-risk guides for complaint replies tell writers to leave it out. 我们会加强培训,
    // 尽量避免类似情况 (an effort) and 确保… with what will be done are not matched (no 保证/绝对).
    name: '保证以后不会再出现',
    kind: '保证结果',
    pattern:
      /(?:保证|担保|绝对|百分之?百)(?:以后|今后|下次)?(?:此类|类似|这种|这样的|这类|同样的)?(?:的)?(?:事情|问题|情况|事件|错误|事)?(?:以后|今后)?(?:不会?再|绝不(?:会)?再?|永远不(?:会)?再?|再也不(?:会)?)(?:发生|出现|犯|有)/g,
    clauseBefore: NOT_PROMISED,
    politeBefore: HOPED,
    cite: S003,
  },
  {
    // 保本型理财, 这个产品是保本的: a wealth product sold as principal-protected, which the 2018 rules
    // on asset management (资管新规) ended. 非保本浮动收益, 不保本 deny it; 确保本次, 担保本金 are other words.
    name: '保本型产品',
    kind: '保本保收益',
    pattern: /(?<![确担])保本(?:型|的)(?:的)?(?:理财|产品|基金|存款|计划)?|(?<![确担])保本(?:理财|产品|基金|计划)/g,
    clauseBefore: NOT_PROMISED,
    cite: S002,
  },
  {
    // No mark, the assurance itself: 不会有问题的 as a clause of its own, closing on 的. 如果按时缴费就不会有问题
    // says what the outcome rests on, and is no promise.
    name: '不会有问题的',
    kind: '保证结果',
    pattern: /(?:这|那|这个|那个)?(?:不会|不可能)(?:有|出)(?:任何)?(?:问题|差错|错)的[啦啊呀哦]?/g,
    opens: 'clause',
    ends: 'clause',
    clauseBefore: NOT_PROMISED,
    politeBefore: new RegExp(`${HOPED.source}|${BY_RULE.source}|如果|只要|要是|假如|若`),
    cite: S003,
  },
  {
    // A record offered as the guarantee: 我的导航从没出过错, 我们系统没出过问题 — what never failed
    // before is promised not to fail now.
    name: '从没出过错',
    kind: '保证结果',
    pattern: /(?:从来|从|一直|向来)?(?:没|没有|未|不曾)(?:出|犯)过(?:任何)?(?:错|差错|错误|问题|故障|事)|从(?:来)?不(?:会)?出(?:错|差错|问题)/g,
    clauseBefore: NOT_PROMISED,
    politeBefore: HOPED,
    cite: S003,
  },
  {
    // A return promised whatever the customer's reason: 用不掉也能退, 不满意也可以退 — 也 waives the
    // condition a refund rests on. 按规定 names the rule and is the honest form.
    name: '用不掉也能退',
    kind: '保证结果',
    pattern: /(?:用不掉|用不完|没用完|不想要|不想学|不想用|不满意|不喜欢|不合适)(?:了|的话)?(?:也|都)(?:能|可以|可|会)?(?:全额)?(?:退|退款|退钱|退费|退掉)/g,
    politeBefore: BY_RULE,
    cite: S002,
  },
  {
    name: '打包票',
    kind: '保证结果',
    pattern: /打包票/g,
    clauseBefore: NOT_PROMISED,
    cite: S003,
  },
];

export function promises(ctx: RuleContext): Array<ConstructionMatch & { construction: PromiseConstruction }> {
  const found = findConstructions(ctx.doc, ctx.view, PROMISES) as Array<ConstructionMatch & { construction: PromiseConstruction }>;
  return found.filter((m) => !customersOwn(ctx.view, m.from));
}

const GUARANTEE_AT = /^(?:百分之百|百分百|100%|绝对)?(?:保证|担保)/;
const CUSTOMER_BEFORE = /你(?:能|可以|要|得|必须|需要)?$/;

/**
 * 您能保证按时还款吗: the customer's guarantee, asked for. Read in 保证's own clause: the view drops
 * marks, and 信不信由你。保证能退 promises as 保证能退 does.
 */
function customersOwn(view: NormalizedView, from: number): boolean {
  if (!GUARANTEE_AT.test(view.text.slice(from, from + 6))) return false;
  let start = from;
  while (start > 0 && view.gap[start] === GAP_NONE && view.text[start - 1] !== SPAN_SEPARATOR) start--;
  return CUSTOMER_BEFORE.test(view.text.slice(start, from));
}
