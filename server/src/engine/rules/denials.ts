import type { RuleContext } from '../rule';
import { NOT_A_PLEA, PROCEDURE_PLEA } from './procedure-pleas';
import { findConstructions, type Construction, type ConstructionMatch } from './construction';

/**
 * Denials and defences (否定): the agent answers a complaint by saying the customer is wrong, that
 * nothing was wrong, or that the procedure was followed — before anything is checked, and instead of
 * owning the matter. Reported by negative-wording as its 否定 kind (check first, then tell the
 * customer what happened); the missing apology before them is apology-first's.
 */

const S004 = { seed: '004_2855f23ed23c31c5.txt', section: '一、人員素質 7 三不 (不說推卸責任的話)' };
const S001 = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心座席員語言規範標準 第4條 (忌推諉、搪塞客戶)' };

/** The agent goes on to what can be done: the sentence explains and helps, it does not end the talk. */
const OFFERS = /我(?:可以|帮|来|为|会|们可以|们会)|帮你|为你|建议你|你可以/;

export const DENIALS: readonly Construction[] = [
  {
    // 我是按流程操作, 我们都是按规定办的, 公司规定如此: the procedure pleaded as the whole answer
    // (procedure-pleas.ts, one pattern and one guard set with apology-first's excuse). 我们是按流程办理
    // 的,预计三天到账 tells a calm customer how it goes, and 我会按流程为您办理 promises.
    name: '我是按流程操作 / 规定如此',
    pattern: PROCEDURE_PLEA,
    ends: 'clause',
    notIn: NOT_A_PLEA,
    cite: S004,
  },
  {
    // 我们的工作人员肯定不会说出这样的话: the customer's account denied outright, unchecked.
    // 我们会确保不会说错 promises care; 如果…, a condition.
    name: '肯定不会说这样的话',
    pattern: /(?:肯定|绝对|根本|从来|决)(?:不会|没有|没|不可能)(?:说|讲|做)(?:出|过)?[\u4e00-\u9fff]{0,20}?(?:这样|这种|那样|那种)的?(?:话|事)/g,
    politeBefore: /如果|若|假如|要是|确保|保证/,
    cite: S001,
  },
  {
    // 并未网传'玩手机', 并不像网上说的那样: the report the customer or the press relays denied.
    name: '并未网传',
    pattern: /(?:并未|并没有|并非|并不是|并不像|不像)(?:像|如)?(?:网传|网上(?:所)?(?:说|传)|传言|传闻|所传|(?:你|客户|业主|网友)?所说|(?:你|客户|业主|网友)?反映)的?/g,
    cite: S001,
  },
  {
    // 并不是真的要打她: what was done said not to have been meant, instead of owning it. 相信同事并不是有意
    // 无礼 speaks for a colleague's manners to a customer who was not wronged in deed, and is not matched.
    name: '并不是真的要',
    pattern: /(?:并不是|并非)(?:真的|真心)(?:要|想)/g,
    politeBefore: /如果|若|是不是|是否/,
    notIn: /抱歉|对不起|歉意|不好意思/,
    cite: S004,
  },
  {
    // 接获投诉后已即时进行调查,发现接收正常: the complaint investigated and found groundless, said as
    // the answer. A check that finds a fault, or goes on to what will be done, is not matched.
    name: '接到投诉后调查发现正常',
    pattern: /(?:投诉|反映|举报)[\u4e00-\u9fff]{0,12}?(?:调查|核实|核查|检查|检测|查证|测试)[\u4e00-\u9fff]{0,24}?(?:正常|无异常|没有问题|没问题|不属实|未发现(?:异常|问题))/g,
    notIn: OFFERS,
    cite: S001,
  },
  {
    // 我们也很无奈, 我也无能为力, 我们也是爱莫能助: helplessness pleaded in place of an answer.
    name: '我们也很无奈',
    pattern: /(?:我们|我)(?:也|都)?(?:是)?(?:很|非常|挺|实在|真的)?(?:无奈|无能为力|爱莫能助)/g,
    ends: 'clause',
    notIn: OFFERS,
    cite: S004,
  },
];

/**
 * The customer's own loss laid back on them (网银安全由您负责): the matter disowned, 推诿 rather than a
 * denial. A product's terms read out (投资有风险, 风险由您自行承担 in a disclosure) are not matched.
 */
export const DISOWNING: readonly Construction[] = [
  {
    name: '安全由您负责',
    pattern: /(?:安全|责任|损失|后果)(?:由|归)你(?:们)?(?:自己|本人)?(?:来)?(?:负责|承担)/g,
    ends: 'clause',
    notIn: new RegExp(`${OFFERS.source}|投资|理财|基金|保险|条款|协议|合同|提示|抱歉|对不起`),
    cite: S004,
  },
];

/** Both tables' matches, each with the kind negative-wording reports it as. */
export function denials(ctx: RuleContext): Array<ConstructionMatch & { kind: 'denial' | 'not-mine' }> {
  return [
    ...findConstructions(ctx.doc, ctx.view, DENIALS).map((m) => ({ ...m, kind: 'denial' as const })),
    ...findConstructions(ctx.doc, ctx.view, DISOWNING).map((m) => ({ ...m, kind: 'not-mine' as const })),
  ];
}
