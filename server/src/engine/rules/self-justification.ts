import type { RuleContext } from '../rule';
import { findConstructions, type Construction, type ConstructionMatch } from './construction';

/**
 * Self-justification (辩解) and pleading circumstances (强调客观): instead of owning the customer's
 * problem, the agent defends itself or the organisation — the customer's account contradicted by a
 * check (经核实,水质正常), declared untrue or a misunderstanding (纯属误会), the charge the customer
 * makes denied (这不属于拒载), the organisation vindicated (我们已尽到责任), the no disowned while it stands (不是不让你存), or the lapse put on
 * circumstances (由于咨询量激增,致使电话无法接通). Reported by negative-wording.
 *
 * Read from who speaks and what the clause does to the customer's complaint, not from words: the
 * subject is the agent's side and the clause answers the complaint by clearing that side. A sentence
 * that owns the fault (属实, 不到位, 是我们的失误), apologises, or says what will be done for the
 * customer explains after owning, and passes — the standards' order (004 三不: 不说推卸责任的话;
 * 001 第4条: 忌推诿、搪塞客户).
 */

const S004 = { seed: '004_2855f23ed23c31c5.txt', section: '一、人員素質 7 三不 (不說推卸責任的話)' };
const S001 = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心座席員語言規範標準 第4條 (忌推諉、搪塞客戶)' };

/**
 * The sentence owns the matter: an apology, the complaint found true or the fault named as ours
 * (司机没有将标识摆设醒目位置), or what will be done for the customer. (你 is 您 on the view.)
 */
const OWNS = new RegExp(
  [
    '抱歉|对不起|歉意|不好意思|致歉|道歉|见谅|包涵',
    '(?<!不)属实|(?:问题|情况)(?:目前|确实|的确)?(?:是)?存在|不到位|疏忽|失误|(?:我们|我)的(?:错|问题|责任)',
    '(?:工作人员|司机|员工|师傅|个别)[\\u4e00-\\u9fff]{0,6}?(?:没有|未能|未)',
    '我(?:们)?(?:都|也|一定|马上|将)?(?:可以|帮|来|为|会|将)|帮你|为你|建议你|你可以',
  ].join('|'),
);
/** A condition or a question: 如果情况不属实… 是否属于拒载? */
const CONDITION = /如果|若|假如|要是|万一|是否|是不是/;

export const SELF_JUSTIFICATION: readonly Construction[] = [
  {
    // 经核实,县供水公司供水水质正常; 经核对,是为了掌握信息; 经查…对人体健康没有影响: a check said as
    // the answer, and what it found clears our side. 经调查,您反映的情况基本属实 owns it; a check that
    // answers a question about the customer's own account (经查询,您的账户状态正常) names no complaint
    // word here and is not matched.
    name: '经核实……正常 / 并无',
    pattern:
      /(?<![已曾])经(?!常|理|营|济|历|验|典|费|销|纪|手)(?:过)?[\u4e00-\u9fff]{0,10}?(?:查|核查|核实|核对|调查|查实|查证|翻查|检查|检测|排查)[^\n]{0,60}?(?:并无|并未|并没有|并非|不存在|无异常|未见异常|没有(?:问题|异常)|对[\u4e00-\u9fff]{0,8}?(?:没有|无|不会有)(?:任何)?影响|(?:一切|均|都|完全|属于?|系)正常|正常(?:上客|营业|运行|作业|操作|收费|计费|运营|行驶)|(?:水质|信号|设备|线路|计费|收费|操作|电压|水压)[\u4e00-\u9fff]{0,2}?正常|是为了|实为|系为了)/g,
    // A report denied (经查,并未像网上所说的那样) is the denial of denials.ts.
    notIn: new RegExp(`${OWNS.source}|网传|网上|传言|传闻`),
    cite: S001,
  },
  {
    // 所陈述并非实情, 与事实有出入, 留言人反映的情况不属实, 纯属误会, 造成部分乘客误解, 您这样的说法对我们
    // 不公平: the customer's account declared untrue, misunderstood or unfair. 您反映的情况基本属实 agrees; 如果情况不属实 is a condition.
    name: '所述并非实情 / 纯属误会',
    pattern:
      /(?:说|述|陈述|反映|描述|投诉|举报)的?(?:情况|内容|问题|事情)?(?:并非|并不|不)(?:是)?(?:实情|事实|属实|真实)|与事实(?:有出入|不符)|(?:情况|内容|说法)(?:并)?不属实|纯属(?:误会|谣言|捏造|虚构|误解)|(?:是|纯粹是|属于|只是)(?:一场|个)?误会|(?:造成|导致|引起)(?:了)?[\u4e00-\u9fff]{0,8}?误解(?:为)?|你(?:这样|这种)?的?(?:说法|讲法|指责|评价)[\u4e00-\u9fff]{0,8}?(?:不公平|不客观|不公正|没有(?:根据|道理)|站不住脚|不成立)/g,
    politeBefore: CONDITION,
    notIn: OWNS,
    cite: S001,
  },
  {
    // 相信有关照片并非近期拍摄: the customer's evidence doubted by supposition. 相信同事并不是有意无礼
    // speaks for a colleague's manners, names no evidence, and is not matched.
    name: '相信照片并非……',
    pattern:
      /(?:相信|估计|推测|怀疑|认为|判断)[^\n]{0,16}?(?:照片|图片|视频|录像|截图|录音|说法|描述)[^\n]{0,10}?(?:并非|并不是|不是|不像|不可能)/g,
    politeBefore: CONDITION,
    notIn: OWNS,
    cite: S001,
  },
  {
    // 确实不能排除有其他可能性: the customer's account doubted by leaving it open. 不能排除是线路故障,
    // 我们马上派人检修 goes on to act.
    name: '不能排除其他可能',
    pattern: /不(?:能|可|可以)排除(?:有)?(?:其他|别的|其它|人为|你|自身)[\u4e00-\u9fff]{0,6}?(?:可能|原因|因素)/g,
    politeBefore: CONDITION,
    notIn: OWNS,
    cite: S001,
  },
  {
    // 造成你没有看到后面的6路车: the lapse laid on what the customer did not notice. 由于短信发送延迟,导致
    // 您没有收到通知,非常抱歉 owns it.
    name: '造成你没有看到',
    pattern: /(?:造成|导致|使|让|以致)(?:了)?(?:你|乘客|客户|顾客|用户|业主|家属)(?:们)?(?:没有|没|未能?)(?:看到|看见|注意到|听到|听见|留意到|发现)/g,
    notIn: OWNS,
    cite: S004,
  },
  {
    // 平台在购买前已经通过弹窗对用户进行提示: the customer told beforehand, as the answer to their
    // complaint. 办理前我们会提示您风险 promises.
    name: '购买前已经提示过',
    pattern: /(?:购买|办理|签约|签订|下单|入住|预约|报名|付款|支付|使用)(?:之)?前(?:已经?|都|就|均)[^\n]{0,12}?(?:提示|告知|说明|提醒|通知)(?:过|了)?/g,
    notIn: new RegExp(`${OWNS.source}|会|将`),
    cite: S004,
  },
  {
    // 若真有训斥,也是科室管理严格的体现: the fault granted only as a supposition and turned into a virtue.
    name: '若真有……也是……的体现',
    pattern: /(?:若|如果|即使|就算|即便)(?:真|确实|真的)?有[\u4e00-\u9fff]{1,8}?也(?:是|属于?)[\u4e00-\u9fff]{0,12}?(?:的)?(?:体现|表现)/g,
    notIn: OWNS,
    cite: S004,
  },
  {
    // 这种情况不属于拒载, 这不是拒载, 谈不上欺骗: the charge the customer makes, denied by name.
    // 如果不是质量问题… is a condition; 我不是故意的,对不起 apologises.
    name: '不属于拒载',
    pattern:
      /(?:不属于|不算|不构成|谈不上|算不上|并非|并不是|不是)(?:什么)?(?:拒载|拒收|拒付|违规|违约|乱收费|多收费|欺诈|欺骗|骗人|虚假宣传|刁难|歧视|推诿|故意|恶意|失职|霸王条款)/g,
    politeBefore: CONDITION,
    notIn: OWNS,
    cite: S004,
  },
  {
    // 我绝对站得住脚, 问心无愧, 已善尽救治之责, 我们的做法合理合法, 公司一直有严格的流程: the organisation
    // vindicated in place of an answer. 我们会尽到提醒义务 promises, and is not matched.
    name: '站得住脚 / 已尽到责任',
    pattern:
      /站得住脚|问心无愧|(?:已经?|都|均)(?:尽到|善尽|尽了)(?:了)?[\u4e00-\u9fff]{0,8}?(?:责任|义务|之责|职责)|(?:做法|处理|操作|收费)(?:是|完全|均|都)?(?:合理合法|合法合规|符合规定|无可厚非|没有(?:任何)?(?:过错|错误|不妥)|并无(?:不妥|过错|违规|不当))|(?:公司|我们|本公司|本院|本行|医院|银行)(?:一直|向来|始终|都|均)?(?:有|设有|制定了|建立了)(?:既定|严格|完善|明确|清晰|规范|成熟)的?[\u4e00-\u9fff]{0,4}?(?:程序|流程|制度|规定|指引|标准|规范)/g,
    politeBefore: CONDITION,
    notIn: new RegExp(`${OWNS.source}|会|将|一定`),
    cite: S004,
  },
  {
    // 我们只是对物业公司进行指导, 平台只是提供信息服务: our part narrowed to a role that owes the customer
    // nothing. 我们只是想确认一下 names no role; 我们只是平台,我帮您联系商家 goes on to help.
    name: '我们只是……指导/平台',
    pattern:
      /(?:我们|我|公司|本公司|我司|平台|本平台|我局|我单位)(?:这边)?(?:只|仅|只不过|不过)是(?:一个|个)?(?:对|给|为|帮|向)?[\u4e00-\u9fff]{0,10}?(?:进行|提供|负责)?(?:一个|一些)?(?:指导|监督|协调|监管|中介|平台|代理|代收|代售|代办|转达|传达|居间|撮合|信息(?:服务|发布))/g,
    politeBefore: CONDITION,
    notIn: OWNS,
    cite: S004,
  },
  {
    // 这是员工个人行为: the organisation separating itself from what its staff did. 这是员工的个人行为,我们已
    // 严肃处理并向您致歉 owns it.
    name: '这是员工个人行为',
    pattern: /(?:是|属于|纯属|系)(?:员工|司机|师傅|工作人员|职员|店员|其|他|她)?(?:的)?个人(?:行为|所为)/g,
    politeBefore: CONDITION,
    notIn: new RegExp(`${OWNS.source}|处理|处分|批评`),
    cite: S004,
  },
  {
    // 工作人员不可能每天都去清点: our people's limits pleaded as the answer. 我们不可能让您白跑 names no limit.
    name: '工作人员不可能每天都',
    pattern: /(?:工作人员|员工|师傅|人手|我们)(?:也)?不可能(?:每天|天天|随时|一直|专门|同时|时时)/g,
    notIn: OWNS,
    cite: S004,
  },
  {
    // 不是不让你存,要是真不让你存的话…: the no disowned while it stands. 不是不给您退,是需要先寄回,我帮您
    // 申请 goes on to the way.
    name: '不是不让你……',
    pattern: /不是(?:我|我们)?不(?:让|给|帮|卖|退|收|办|管|理)(?:你)?/g,
    politeBefore: CONDITION,
    // 不是不让您进,是需要先登记,请您出示证件: the rule's way asked of the customer.
    notIn: new RegExp(`${OWNS.source}|请你|麻烦你`),
    cite: S004,
  },
  {
    // 最近由于咨询量激增,致使客服电话有时无法及时接通: the lapse put on circumstances, and no regret for
    // it. 由于当天是节日活动所以产生了噪音 after 首先对给您带来的不便表示歉意 owns it; 002's model 由于
    // 条件所限……请您原谅 asks pardon.
    name: '由于……致使无法',
    pattern:
      /(?:由于|因为|因)[^\n]{0,20}?(?:激增|剧增|增多|增加|较多|过多|太多|高峰|不足|紧张|故障|升级|维护|高温|天气|拥堵|堵车)[^\n]{0,8}?(?:致使|导致|造成|使得|所以)[^\n]{0,10}?(?:无法|不能|没能|未能|延迟|延误|较长|不及时)/g,
    notIn: new RegExp(`${OWNS.source}|不便|原谅|谅解|请你(?!理解)`),
    cite: S004,
  },
  {
    // 所以没看到林大爷也是有可能的: the lapse declared to be expected.
    name: '所以……也是有可能的',
    pattern: /所以[^\n]{0,16}?(?:也是|也属|也算)(?:很)?(?:有可能|难免|在所难免|正常|情有可原)的?/g,
    notIn: OWNS,
    cite: S004,
  },
];

export function selfJustification(ctx: RuleContext): ConstructionMatch[] {
  return findConstructions(ctx.doc, ctx.view, SELF_JUSTIFICATION);
}
