import type { RuleContext } from '../rule';
import { findConstructions, type Construction, type ConstructionMatch } from './construction';
import { spokenView, turnOf } from './conversation';
import { GAP_HARD, SPAN_SEPARATOR } from '../normalize';

/**
 * 推诿 as a construction: sending the customer to another desk, office, number or person with a
 * 吧 (你去找营业厅吧), or saying the matter is not ours (我们这边不管). 您可以到营业厅办理 offers a way;
 * 去营业厅吧 pushes the customer off, and the seeds ask the agent to bring in whoever can help.
 */

const S001 = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心座席員語言規範標準 第4條 (忌煩躁、不懂裝懂、推諉、搪塞客戶)' };
const S001_ATTITUDE = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心服務態度標準 3 (不推諉，婉言向客戶解釋并請相關人員答複客戶)' };
const S004 = { seed: '004_2855f23ed23c31c5.txt', section: '一、人員素質 7 三不 (不說推卸責任的話)' };

/** Somewhere else to take the problem: a desk, an office, another company, another person. */
export const ELSEWHERE = [
  '营业厅', '柜台', '窗口', '门店', '网点', '分行', '支行', '银行', '物业', '厂家', '商家', '卖家', '售后', '快递', '物流',
  '派出所', '工商', '消协', '当地', '总部', '上级', '领导', '主管', '街道', '社区', '居委会', '村委会',
  '(?:别的|其他|其它|另外的|有关|相关|那个)(?:部门|人|同事|地方|电话|号码|热线|客服|公司)',
  '别人', '别处', '别家', '人家', '那边', '他们', '上面的人', '上面',
].join('|');

/** An office named by its kind, with a name or a letter before it (城乡一体化办公室, C所, 综合处). */
export const OFFICE = '[\\u4e00-\\u9fffA-Za-z0-9]{0,8}?(?:办公室|公司|处|所|科|局|中心|部门|单位|居委会|村委会)';

/**
 * Someone the customer is sent to find, said with a clause-final 去 (有意见找领导去, 找他去): a
 * person or a desk, or two of them when the script offers a choice in brackets (找院长(领导)去).
 * XX stands for a name the script leaves blank.
 */
const WHOM = `(?:领导|院长|主任|科长|处长|局长|主管|经理|老板|负责人|上级|他们|他|她|别人|人家|医生|大夫|护士|师傅|前台|值班的|警察|民警|交警|城管|公安|法院|律师|x{2,3}|×{2,3}|${ELSEWHERE})`;

/** An offer, not a push: 我帮您联系营业厅吧, 建议您到营业厅办理吧, 您可以去营业厅看看吧. */
const OFFER = /帮你|为你|给你|建议|可以|方便的话|如果/;
/** In the same clause, the agent is the one who goes or asks: 我去问一下主管吧, 我们联系厂家吧. */
const AGENT_ACTS = /我/;

export const SENDING_ELSEWHERE: readonly Construction[] = [
  {
    name: '去/找/问/打 + 别处 + 吧',
    pattern: new RegExp(`(?:去|找|问|打|到|联系|咨询)(?:一下|下)?(?:${ELSEWHERE})[^吧]{0,8}吧`, 'g'),
    politeBefore: OFFER,
    clauseBefore: AGENT_ACTS,
    cite: S001,
  },
  {
    // 有意见找领导去, 找他去: 去 at the clause's end sends the customer off; 请您找值班医生 asks, and
    // 我找领导去 is the agent going.
    name: '找/问 + 人 + 去',
    pattern: new RegExp(`(?:找|问)${WHOM}{1,2}去(?:吧|啊|呀|呗)?`, 'g'),
    ends: 'clause',
    politeBefore: /请|麻烦|建议|可以|如果|帮你/,
    clauseBefore: AGENT_ACTS,
    cite: S001,
  },
  {
    // 我只管平台账面上的欠款, 供电所只负责户外线路故障: the agent, or the agent's own office, narrows
    // the job to what is not the customer's problem. 您只管放心 reassures (您 is the subject); an
    // offer in the same sentence says who helps with the rest.
    name: '我(们)只管……',
    // The office is named from its own first word: a greeting or hail before it (您好供电所…) is not part of it.
    pattern: /(?:我们|我|咱们|(?<!你)(?!你好|喂)[\u4e00-\u9fff]{1,4}?(?:所|局|站|部|科|室|中心|公司|班组|窗口))(?:这边|这里)?只(?:管|负责)(?!放心|说|问)/g,
    notIn: OFFER,
    cite: S004,
  },
  {
    // 我们这边不管, 这个我们不负责, 跟我们没关系. 我们不管您在哪里都…: "no matter", not a refusal.
    name: '我们(这边)不管',
    pattern: /(?:(?:我们|我|这边|咱们)(?:这边|这里|公司)?(?:也|都|就)?(?:不管|管不了|不负责)|(?:跟|和|与)(?:我们|我)(?:这边)?(?:没关系|没有关系|无关)|不关(?:我们|我)(?:的)?事)(?:的|啊|呀|哦)?/g,
    ends: 'clause',
    cite: S004,
  },
  {
    // 这不属于我的工作范围: the job is not mine. 不在我们的业务范围内 says what the service covers,
    // and the seed's model sentence goes on to the way that does (000 四(二)3): not matched.
    name: '不属于……(工作/职责)范围',
    pattern: /不(?:属于|在|归)[^范]{0,10}?(?:工作|职责|职能|管辖|负责)范围/g,
    oneClause: true,
    cite: S004,
  },
  {
    // 这个业务不属于联通的业务, 我们只是代收: the service disowned as another's, with no one named who
    // helps. 不属于我们的业务范围,建议您… offers a way (the range form above; an offer here passes).
    name: '不属于…的业务 / 只是代收',
    pattern: /不属于[\u4e00-\u9fffA-Za-z]{1,6}?的?业务(?!范围)|只是(?:代收|代办|代售|代缴)(?!点)/g,
    oneClause: true,
    notIn: OFFER,
    cite: S004,
  },
  {
    // 那不是我的工作, 这不是我们的事: the matter is declared someone else's, with no one named who
    // will help (三不: 不说推卸责任的话). 照顾您是我们的工作 says the opposite and is not matched.
    name: '这/那不是我(们)的工作',
    pattern: /(?:这|那)(?:个|些|件事)?(?:可|也|本来就|根本)?(?:不是|并不是|并非)(?:我们|我|咱们)(?:这边|部门|公司)?的?(?:工作|事情|事儿?|职责|活儿?)(?:啊|呀|哦|吧)?/g,
    opens: 'clause',
    ends: 'clause',
    cite: S004,
  },
  {
    // 问一下济南公司。, 找营业厅。: a bare order to take the problem elsewhere, the whole clause, with
    // no 吧 and no reason; 您可以问一下营业厅, 我帮您问一下济南公司 and 请您到营业厅办理 are not matched.
    name: '问/找 + 别处 (命令)',
    pattern: new RegExp(`(?:你们?)?(?:去)?(?:问|找)(?:一下|下)?(?:${OFFICE}|${ELSEWHERE})`, 'g'),
    oneClause: true,
    opens: 'clause',
    ends: 'clause',
    politeBefore: /请|麻烦|建议|可以|如果|帮你|为你|给你/,
    cite: S001,
  },
  {
    // 哪里买的就哪里去退, 哪儿办的去哪儿问: the customer sent back to where they bought it. 您在哪里买的?
    // asks, and 请您到购买的网点办理 says where, politely.
    name: '哪里买的就哪里去退',
    pattern: /哪(?:里|儿)(?:买|办|订|开|签|充|交)的(?:就)?(?:去|到|找)?哪(?:里|儿)(?:去)?(?:退|办|问|找|处理|投诉|改)?/g,
    politeBefore: /请|建议|可以/,
    cite: S001,
  },
  {
    // 电费必须要交给该片区的抄表员: the customer told they must take it to someone else, and the
    // sentence ends there. 必须由本人亲自办理 says who must come, and 必须交给抄表员,我帮您联系他 or
    // 请您交给前台 offers the way: not matched.
    name: '必须(要)交给/找 + 别人',
    pattern: /必须(?:要)?(?:交给|交到|找|去找)[^\n]{0,8}?(?:员|师傅|负责人|部门|公司|经理|主管|领导|他们|他|她)(?:才行|才可以)?/g,
    ends: 'clause',
    oneClause: true,
    notIn: /请|帮你|为你|给你联系|我(?:来|会|可以|马上)|可以/,
    cite: S001,
  },
  {
    name: '这(个)不归我们',
    pattern: /不是(?:我们|我)(?:这边|这里)?(?:负责|管)(?:的)?/g,
    ends: 'clause',
    cite: S001_ATTITUDE,
  },
  {
    // 等会再说, 回头再说吧 as a clause of its own: the customer put off to no time, for no reason
    // (搪塞). 这个问题我们等会再说,我先为您办理开户 says what is being done, and is not matched.
    name: '等会再说 / 回头再说',
    pattern: /(?:等会儿?|等一会儿?|等一下|回头|以后|改天|明天|过两天|下次)再说(?:吧|啊|呀)?/g,
    opens: 'clause',
    ends: 'clause',
    notIn: /请|可以|为你|帮你|给你|我们会|我会|我先/,
    cite: S001,
  },
  {
    // 跟我说没用, 和我们说也没有用: the customer told this desk is the wrong one, with no right one named.
    name: '跟我说没用',
    // 跟我说有什么用 is the same, as a question.
    // 催物流也没用, 投诉也没用: what the customer would do declared useless, with nothing done instead.
    pattern: /(?:跟|和|对|找)我(?:们)?(?:说|讲|反映)?(?:也|都)?没(?:有)?用|(?:跟|和|对)我(?:们)?(?:说|讲|反映)(?:有什么|有啥)用|(?:催|投诉|打电话|找领导|找人)[\u4e00-\u9fff]{0,3}?(?:也|都)没(?:有)?用/g,
    notIn: OFFER,
    cite: S001,
  },
  {
    // 你到办公室问一下, 去物业问问: the customer sent to ask elsewhere, the clause ending there.
    // 您可以到营业厅咨询一下 and 我到办公室问一下 (the agent goes) are not matched.
    name: '到 + 别处 + 问一下',
    pattern: new RegExp(`(?:你们?)?(?:到|去)(?:${OFFICE}|${ELSEWHERE})(?:去)?(?:问|找人|咨询|问问)(?:一下|下|问)?(?:吧)?`, 'g'),
    ends: 'clause',
    politeBefore: /请|麻烦|建议|可以|如果|帮你|为你|给你/,
    clauseBefore: AGENT_ACTS,
    cite: S001,
  },
  {
    // 这件事你应当问办公室, 就应该联系办公室: the customer told where they should have gone. 建议您
    // 联系银行 advises; 我应该问一下主管 is the agent's own step. 要是 does not soften it.
    name: '应当问/应该联系 + 别处',
    pattern: new RegExp(`(?:应当|应该)(?:去)?(?:问|找|联系|咨询|问问)(?:一下)?(?:${OFFICE}|${ELSEWHERE})`, 'g'),
    politeBefore: /请|麻烦|建议|帮你|为你|给你/,
    clauseBefore: AGENT_ACTS,
    cite: S001,
  },
  {
    // 这事归A处管, 不归我们处管: the matter put under someone else's charge. 这归我们管,我马上为您
    // 处理 takes it on.
    name: '(不)归……管',
    pattern: /归[\u4e00-\u9fffA-Za-z0-9]{1,8}?管(?!理|道|家|控|辖内)/g,
    oneClause: true,
    notIn: /帮你|为你|给你|转接|我来|我马上/,
    cite: S004,
  },
  {
    // 电动三轮车的事归交警, 这事应由市政部门管: the matter handed to another office, the clause
    // ending there. 这事归我们管 and 由我们负责 take it on.
    name: '……的事归/应由 + 别处',
    pattern: /(?<=(?:这|的|那)(?:件)?事(?:情|儿)?)(?:应该|应当|应)?(?:归|由)(?!我|咱)[\u4e00-\u9fffA-Za-z0-9]{1,10}(?:管|负责|处理)?/g,
    ends: 'clause',
    oneClause: true,
    notIn: /帮你|为你|给你|转接|我来|我马上/,
    cite: S004,
  },
  {
    // 您打12345去吧: the customer sent to a hotline, 去 closing the clause. 您可以拨打12345咨询 offers it.
    name: '打12345去',
    pattern: /(?:打|拨|找)(?:12345|12315|12348|12328|110|95598|[0-9]{3,5})去(?:吧|啊|呗)?/g,
    ends: 'clause',
    politeBefore: /请|建议|可以|如果|帮你/,
    cite: S001,
  },
  {
    // 谁说的你找谁, 谁答应你的找谁去: the customer sent to whoever made the promise.
    name: '谁说的你找谁',
    pattern: /谁(?:说|答应|承诺|卖给你|给你办)的(?:你)?(?:就)?找谁(?:去)?/g,
    // Across a comma (谁卖给你的,你就找谁去) it is 就找谁去's.
    oneClause: true,
    cite: S001,
  },
  {
    // 有事去问机场的人, 你有事就去二楼, 有什么事情可以直接去找上面的人: the customer sent off with no
    // way named. 有事请随时找我 offers the agent; a number or a transfer gives the way.
    name: '有事去/找……',
    pattern: /有(?:什么)?事(?:情|儿)?(?:的话)?(?:就|可以|都)?(?:直接)?(?:去|到)(?!找我|问我)[\u4e00-\u9fffA-Za-z0-9]{1,10}/g,
    ends: 'clause',
    oneClause: true,
    politeBefore: /请|麻烦|建议/,
    // 有事就到前台找我们 names the agent's own desk.
    notIn: /帮你|为你|给你|转接|电话|号码|热线|地址|找我|问我|叫我|联系我/,
    cite: S001,
  },
  {
    // 别来问我, 不要找我们: the customer turned away from this desk. 有问题别客气 invites them.
    name: '别来问我',
    pattern: /(?:别|不要|少)(?:再)?(?:来)?(?:问|找)我(?:们)?(?:了)?/g,
    ends: 'clause',
    cite: S001,
  },
  {
    // 那事是谁说的,你们就找谁去: whoever said it, go to them.
    name: '就找谁去',
    pattern: /(?:你们?)?就找谁(?:去)?/g,
    ends: 'clause',
    cite: S001,
  },
  {
    // 我们不是专门管这方面的: the job declared someone else's. 我们不是专门负责理赔的,我帮您转给
    // 理赔的同事 gives the way.
    name: '我们不是(专门)管……的',
    pattern: /(?:我们|我)(?:这边|这里)?(?:不是|并不是|并非)(?:专门)?(?:负责|管|处理)[\u4e00-\u9fff]{0,6}?的/g,
    ends: 'clause',
    notIn: OFFER,
    cite: S004,
  },
  {
    // 国务院条例我们无权解释: the customer's question refused on authority, with nobody named who
    // can answer it.
    name: '我们无权解释',
    pattern: /(?:我们|我)(?:这边|这里)?(?:无权|没有权力|没权)(?:解释|回答|答复|处理)/g,
    notIn: OFFER,
    cite: S004,
  },
  {
    // 你自己去看, 你到总部自己去取吧: the customer left to do it alone. 我自己去取 is the agent, and 您
    // 也可以自己去查 offers a way.
    name: '你自己去 + 看/取……',
    pattern: /(?<!我|我们|咱们)(?:你)?自己去(?:取|拿|办|问|找|看|查|弄|交|领|买|修)(?:一下)?(?:吧|啊|呀)?/g,
    ends: 'clause',
    politeBefore: /请|可以|方便|建议|麻烦/,
    cite: S001,
  },
  {
    // 这个只能由他们来受理, 只能找厂家处理: the matter declared another's alone. A transfer or a number
    // given beside it is the way.
    name: '只能由他们受理',
    pattern:
      /只能(?:由|找|去|到|问|向)(?:他们|她们|那边|对方|人家|[\u4e00-\u9fffA-Za-z0-9]{0,10}?(?:公司|部门|网点|单位|客服|局|处|所|中心|银行|厂家|商家|物业|售后))(?:来)?(?:受理|处理|办理|解决|负责|答复|解答|反映)/g,
    notIn: /帮你|为你|给你|转接|我来|我马上|电话|号码|热线/,
    cite: S001_ATTITUDE,
  },
  {
    // 隔壁银行也可以存钱!: the customer sent to the next business instead of served here. 附近网点也可以
    // 办理,我帮您查一下地址 helps them there.
    name: '隔壁银行也可以',
    pattern: /(?:隔壁|对面|旁边|附近|别的|其他|其它|别家)的?(?:银行|店|家|网点|营业厅|超市|药店|窗口|柜台|公司|医院)(?:也|都)(?:可以|能|行)/g,
    politeBefore: /如果|要是|建议/,
    notIn: /帮你|为你|给你|我(?:来|帮|可以|们可以)/,
    cite: S001,
  },
  {
    // 想要了解什么可以拨打XX客服电话: where to find out, said as the whole answer — the agent tells the
    // customer nothing. Kept only where it is everything the turn says (referrals()); after an answer,
    // 如有其他疑问可联系… offers more, and is not matched.
    name: '想了解可以拨打……',
    pattern:
      /(?:你)?(?:想|要|想要|需要|如需|如要|要是想)(?:了解|知道|咨询|查询|问)[\u4e00-\u9fff]{0,6}?(?:的话)?(?:可以|请|就|可)?(?:直接)?(?:拨打|打|致电|联系|咨询|问|找|去|到|登录|关注)/g,
    opens: 'clause',
    notIn: /其他|其它|更多|进一步|详细|具体|帮你|为你|我/,
    cite: S001_ATTITUDE,
  },
];

/** The referral that is everything its turn says: a turn that answered first offers a further way. */
function wholeTurn(ctx: RuleContext, m: ConstructionMatch): boolean {
  const said = spokenView(ctx.doc, ctx.view, turnOf(ctx.doc, m.start));
  let end = said.text.length;
  while (end > 0 && said.text[end - 1] === SPAN_SEPARATOR) end--;
  for (let i = 1; i < end; i++) if (said.gap[i] === GAP_HARD || said.text[i] === SPAN_SEPARATOR) return false;
  return end > 0;
}

export function sendingElsewhere(ctx: RuleContext): ConstructionMatch[] {
  return findConstructions(ctx.doc, ctx.view, SENDING_ELSEWHERE).filter((m) => m.construction.name !== '想了解可以拨打……' || wholeTurn(ctx, m));
}
