import type { RuleContext } from '../rule';
import { findConstructions, type Construction, type ConstructionMatch } from './construction';

/**
 * Blame-shifting (推卸责任): the agent puts the fault on someone else — a colleague, another
 * desk, or nobody in particular (这不是我的错, 是实习生干的). The customer hears that nobody will
 * own the problem. Reported by negative-wording; blaming the customer (都怪您自己) is taboo-phrase's.
 */

const S004 = { seed: '004_2855f23ed23c31c5.txt', section: '一、人員素質 7 三不 (不說推卸責任的話)' };
const S001 = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心座席員語言規範標準 第4條 (忌推諉、搪塞客戶)' };

/** Someone other than the agent the fault is put on. Not 系统: 是系统的原因 explains, it does not shift. */
const SOMEONE_ELSE = '实习生|新来的|新人|新同事|同事|别人|他们|前台|那边|上一个客服|之前的客服|其他客服|快递员|师傅|技术部|那个部门';

/** Another company or desk the customer's service passes through. */
const THIRD_PARTY = '物业|厂家|商家|卖家|快递员|快递|供应商|上游(?:公司)?|合作方|代理商|网点|社区|运营商';

/** The agent offers what can be done after naming the rule: the rule explains, it does not end the talk. */
const OFFERS = /我(?:可以|帮|来|为|们可以)|帮你|为你|建议你|你可以/;

/**
 * The rule named with regret for what it costs the customer (这是国家的规定,给您带来不便). A bare
 * 不好意思 or 抱歉 in front of it (不好意思,这是公司规定。) is politeness, and pardon asked after it
 * (对不起,这是银行的制度规定,请您理解) asks the customer to accept the rule: neither gives them
 * anything, and the rule still ends the talk.
 */
const APOLOGISES = /不便/;
/**
 * The rule given as the reason for what the agent asks next (这是规定,请您配合一下): it explains the
 * request. 请您理解/谅解 asks for nothing to be done.
 */
const ASKS_BECAUSE = /(?:请你|麻烦你|需要你|劳驾)(?!理解|谅解|原谅|见谅)/;

export const BLAME_SHIFTING: readonly Construction[] = [
  {
    // 又不是我让你买的, 我们又没逼你, 是你自己要买的, 早跟你说了你不听, 你情我愿的事: the choice laid
    // on the customer. 我们没让您久等吧 asks after a wait (没 + 让 is left out).
    name: '又不是我让你买的 / 早跟你说了你不听',
    pattern: /又不是(?:我|我们)(?:让|叫|逼|要|求)你|(?:我|我们)(?:又)?没(?:有)?(?:逼|强迫|求)(?:着)?你|是你(?:们)?自己要(?:买|办|来|选|签|去)的|早(?:就)?(?:跟|和|对)你说(?:过)?了你(?:不听|不信|偏要)|你情我愿/g,
    cite: S004,
  },
  {
    // 这是明显的腐蚀,应由人为原因造成: the fault laid on the customer's use. 非人为损坏可以免费维修
    // and 如果是人为损坏,需要收费 explain the terms (非, or an if before it).
    name: '人为原因造成',
    pattern: /(?<!非)(?:由|是|属于|属)?人为(?:原因|因素)?(?:造成|导致|所致|损坏)/g,
    politeBefore: /如果|若|要是|假如|万一|是否|是不是/,
    cite: S004,
  },
  {
    // 公司的政策就是这样的, 规定就是这样, 这是电信的规定, 这是银行的制度规定, 公司规定的收费标准就是这么多:
    // the rule, or what it fixes, as the end of the talk. 根据公司规定,
    // 需要您本人办理 explains what to do, and 这是公司规定,我可以帮您… goes on to what can be done.
    name: '规定就是这样',
    pattern: /系统(?:本来)?就是(?:这么|这样)(?:设置|设定|设计)的|这(?:就)?是(?:上面|上级|公司|领导|单位)(?:定|要求)的|(?:(?:公司|上面|上级|我们|银行|单位|国家)的?)?(?:规定|政策|制度)(?:本来)?(?:就是|就)(?:这样|这么)(?:的|规定的|定的|要求的)?(?:啊|呀|吧)?|这(?:就)?是(?:(?!优惠|福利|补贴|最新|符合|按照|根据|依照|依据|违反|违背)[\u4e00-\u9fffA-Za-z]){0,4}?的?(?:制度|内部|管理|相关|统一)?(?:规定|政策)(?:啊|呀|的)?|(?:规定|政策|制度|合同)(?:里)?的?[\u4e00-\u9fff]{1,6}?(?:就是|就)(?:这么|这样|那么)(?:多|少|高|贵|长|久|收|算|定)?(?:的)?(?:啊|呀|吧)?/g,
    ends: 'clause',
    notIn: new RegExp(`${OFFERS.source}|${APOLOGISES.source}|${ASKS_BECAUSE.source}`),
    cite: S004,
  },
  {
    // 公司是绝对不会出错的: a denial, said firmly, that anything is ours to answer for. 我们会仔细核对,
    // 确保不会出错 promises care, and is not matched.
    name: '我们绝对不会错',
    pattern: /(?:公司|我们|系统|银行|我)(?:是)?(?:绝对|肯定|根本|从来|不可能)(?:不会|没有|没)(?:出错|错|搞错|弄错|有错|有问题)(?:的)?/g,
    notIn: /确保|保证|以免|避免|防止|为了|尽量/,
    cite: S004,
  },
  {
    // 这不是我的错, 又不是我的原因, 也不是我造成的, 不能怪我; 这不是您的问题 reassures the customer and is not matched.
    name: '这不是我的错',
    pattern: /不是我(?:们)?(?:的)?(?:错|过错|责任)|不是我(?:们)?(?:这边)?的(?:原因|问题)|不是我(?:们)?(?:造成|导致|引起|害|弄|搞)(?:的)|(?:不能|别|不)怪我(?:们)?|怪不得我(?:们)?|(?:这|那)(?:也|又)?(?:不关|不管|赖不着|赖不到)我(?:们)?(?:的)?(?:事)?/g,
    // 如果不是我们的错, 我们也会…: a condition, not a denial.
    politeBefore: /如果|若|假如|要是|即使|就算/,
    cite: S004,
  },
  {
    // 这不是我们公司员工所为, 裂痕不是修理造成的: the company's part denied outright — its people's, or
    // its work's (修理, 安装) — before anything is checked. 如果不是… is a condition; with what the
    // agent will do (我们免费为您更换) the finding is explained, and passes.
    name: '不是我们员工所为 / 不是修理造成的',
    pattern:
      /(?:不是|并非|并不是|绝非)(?:我们|我|本)?(?:公司|店|单位|银行|厂|方)?的?(?:员工|工作人员|职员|人员|人|师傅|技师)(?:所为|干的|做的|弄的|造成的)|(?:不是|并非|并不是)(?:我们|我)?的?(?:修理|维修|施工|安装|保养|操作|装修|搬运|运输)(?:时|中|过程中)?(?:所)?(?:造成|导致|引起|弄|搞|碰)(?:的)?/g,
    politeBefore: /如果|若|假如|要是|是否|是不是/,
    notIn: OFFERS,
    cite: S004,
  },
  {
    // 这是旅客自己的选择,我不会给意见: the decision left wholly to the customer and advice withheld.
    // 这是您自己的选择,我们尊重 / 我可以为您介绍… goes on to help, and passes.
    name: '这是你自己的选择 / 我不给意见',
    pattern:
      /(?:这|那)(?:是|属于)(?:你|旅客|客户|乘客|用户|车主|顾客|家长|病人)(?:们)?自己的(?:选择|决定|事)|(?:我|我们)(?:不会|不能|不便|不)(?:给|提供)(?:你)?(?:任何)?(?:意见|建议)/g,
    notIn: /尊重|我(?:可以|来|帮|为)|帮你|为你|建议你|你可以/,
    cite: S004,
  },
  {
    // 你这不行,不符合规定; 不符合公司要求: the rule named as the no and the end of the talk. 不符合退款条件,
    // 我可以帮您申请换货 goes on to a way; 如果不符合条件… is a condition.
    name: '不符合规定',
    pattern: /不符合(?:[\u4e00-\u9fff]{0,4}?的)?(?:规定|要求|条件|政策|标准|规矩)(?:的)?/g,
    ends: 'clause',
    politeBefore: /如果|若|要是|假如|是否|是不是/,
    notIn: new RegExp(`${OFFERS.source}|${ASKS_BECAUSE.source}`),
    cite: S004,
  },
  {
    // 深表同情,但没有义务免费返工; 平台不承担任何责任: the duty disowned. 您没有责任 clears the customer
    // (责任 alone is left out), and a way offered beside it explains.
    name: '没有义务 / 不承担责任',
    pattern: /(?:没有|并无|没|无)(?:这个|此|该)?义务|(?:我们|公司|本公司|我司|本店|平台|商家|本行)(?:将|概|一概|均)?不(?:承担|负)(?:任何)?(?:赔偿)?责任/g,
    notIn: OFFERS,
    cite: S004,
  },
  {
    // 是实习生干的, 都是前台弄错的: the fault passed to a colleague.
    name: '是……干的',
    pattern: new RegExp(`(?:是|都是|全是|那是)(?:${SOMEONE_ELSE})(?:干|弄|搞|做|办|操作|说)(?:错)?的`, 'g'),
    cite: S001,
  },
  {
    // 有的物业可能不一定能及时传递这个信息: the notice that did not reach the customer put on
    // whoever was to pass it on. 如果物业没有及时通知您…, and the same said with an apology or with
    // what the agent will do, own the gap; not matched.
    name: '有的物业不能及时传递',
    pattern: new RegExp(
      `(?:有的|有些|个别|部分)?(?:${THIRD_PARTY})[^\n]{0,6}?(?:不一定|没有|没能|未能|不能|不会)(?:能)?(?:及时)?(?:传递|通知|告知|转达|告诉|送达|传达|反馈)`,
      'g',
    ),
    politeBefore: /如果|若|假如|要是|即使|就算/,
    notIn: /抱歉|对不起|歉意|我们会|我(?:来|会|帮)|帮你|为你/,
    cite: S004,
  },
];

export function blameShifting(ctx: RuleContext): ConstructionMatch[] {
  return findConstructions(ctx.doc, ctx.view, BLAME_SHIFTING);
}
