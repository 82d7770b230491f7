/**
 * A customer telling the service it failed them, by kind rather than by phrase (002 §3.2 客户不满意;
 * 003 三、4 情绪安抚): how long the failure has lasted or how often it came back, a harm it did,
 * a promise or a notice that was not kept, a thing lost, broken or mishandled by the service, or
 * the redress asked for it. Patterns on a customer turn's view: simplified, 您 is 你, punctuation
 * dropped. A fault reported once, calmly (我家停电了, 我没收到验证码), a plain question (几点开门?)
 * or a wish (我想退订这个套餐) is none of these: it wants an answer, not an apology.
 */

/** A number as a caller says it (三, 十五, 半个多, 89, 好几). */
const NUM = '(?:[零一二两三四五六七八九十百几半\\d]+|好几|这么多|这么久)';
/** A stretch of time the failure has lasted (三天, 一个星期, 半个多小时, 十五分钟, 一周多). */
const SPELL = `${NUM}(?:个)?多?(?:分钟|分多钟|小时|钟头|天|星期|礼拜|周|月|年)多?`;
/** More than once (两, 几, 三…, 89): once is how a service is used (每月扣一次). */
const REPEAT = '(?:两|二|几|好几|多|[三四五六七八九十百]+|\\d+)';
/** What fails in a house or on a line (停水, 断网, 扣费): the verbs of a service that stopped or went wrong. Not 卡, a card as often as a freeze. */
const FAULT = '(?:停|断|坏|掉线|扣|漏|堵)';
/** What stopped, said between the verb and 了 (停水了三天, 停电了两天). */
const SUPPLY = '(?:水|电|气|暖|网|线|费)?';
/** What a wait is for, undone: 没到, 没人来, 没动, 打不通. Not the customer's own doing (两年都没用过). */
const UNDONE =
  '(?:没|未)(?:有)?(?:人|到|动|通|来|修|好|回|退|处理|解决|联系|回复|发|送|找到|恢复|上门|给|确认|办|结果|消息|动静)|不(?:到|通|来|处理|回复|联系|给|确认|退)|打不通';
/** Redress asked for what went wrong (我要退货, 要求赔偿, 申请价保). */
const REDRESS = '(?:要|申请|要求)(?:你们)?(?:退货|退款|退钱|赔偿|补偿|价保|理赔|换货|退换)';

const KINDS = [
  // How long or how often: 停了三天水, 断了两天了, 一天断网三次, 扣了我89次, 两次被停机, 迟到了两次.
  `${FAULT}${SUPPLY}了(?:我)?${SPELL}(?!车)`,
  `${FAULT}[\\u4e00-\\u9fff]?${REPEAT}次`,
  `(?:连续|连着|接连)${FAULT}`,
  `(?:两|几|好几|多|[\\d三四五六七八九十]+)次(?:被|迟到)|迟到了?(?:两|几|好几|多)次|已经[^\\n]{0,4}迟到`,
  // Still not done after a while: 十天了一直没动, 6天了…还没找到, 一个月都打不通.
  `${SPELL}(?:了[^\\n]{0,12}?)?(?:都|还|也|一直|仍|依然)(?:是)?(?:${UNDONE})`,
  // Kept waiting: 等了十五分钟, 等了半个多小时, 等了六分多钟, 等了好一会儿, 白等.
  `等了[^\\n]{0,4}?(?:分钟|分多钟|小时|钟头|天|星期|礼拜|个月|好一会)|白等|白跑`,
  // Still failing: 一直冰凉, 还是冰凉的, 光猫一直亮红灯, 一直不确认, 一直没人修. 还是不行 after a
  // step tried is troubleshooting, not yet a failure told (重启了还是不行), unless all was done (…也换了,…也冲了,还是不行).
  '(?:一直|仍然|依然|始终)(?:都|是)?(?:冰凉|温吞|不热|不行|不通|亮红灯|打不通|连不上|上不了|进不去|没(?:有)?(?:人|热|通|好|解决|处理|回复|联系|修)|不(?:确认|处理|解决|回复|联系|给))',
  '还是(?:冰凉|温吞|不热|没(?:有)?(?:人|热|解决|处理|回复|联系|修))|也[^\\n]{1,6}了[^\\n]{0,4}也[^\\n]{1,6}了[^\\n]{0,4}还是不行',
  // What it did to them: 老人都被冻醒了, 冻感冒了, 做饭特别受影响, 慢得无法忍受, 屋里太冷了.
  '冻(?:醒|感冒|病|坏|得)|(?:特别|很|严重|都|已经)受(?:到)?影响|(?:无法|不能|没法)忍受|忍无可忍|太(?:冷|热|吵|臭)了',
  // Not told: 没有任何提示, 连个通知都没有, 事先没有接到任何停水通知, 为什么购买时没有提示.
  '(?<!有)没有(?:任何|一点|个)?(?:提示|通知|告知|提醒)|没(?:有)?(?:接到|收到)任何[^\\n]{0,4}(?:通知|提示|提醒)|连(?:一)?个?(?:通知|提示|电话|短信)都没',
  // A promise or an earlier word not kept: 你们承诺…结果换的是副厂配件, 预计12点送达现在还…, 不是早就跟你讲了.
  '(?:承诺|说好|答应|保证|约好|预计)[^\\n]{0,20}?(?:结果|却|现在还(?:没|不|停|是)|到现在(?:还|也|都)?(?:没|不)|都没|还没)|(?:不是|早就|早已)[^\\n]{0,4}(?:跟|和|给|对)你(?:们)?(?:讲|说)(?:过)?|说法不一|前后不一',
  // Handled badly by the service: 行李被调错了, 工作人员竟然没理我, 服务也不到位, 供暖不达标, 没有做到服务标准.
  '被[^\\n]{0,6}?(?:调错|弄错|搞错|拿错|发错|送错|弄丢|搞丢|弄坏|摔坏|带走|停机|扣|冻结|封)了|(?:竟然|居然)(?:没|不|把|还|又|让|要|说)|没理我|不理(?:我|人)|不到位|不达标|(?:你们|机组|员工|工作人员|师傅|客服)[^\\n]{0,4}没(?:有)?做到|什么态度|(?:怎么|为什么)连[^\\n]{0,12}都(?:没|不)',
  // Lost by the service: 箱子找不到怎么办, 行李箱还没找到.
  '(?:行李|箱子|包裹|快递|快件|货)(?!单|号|柜|员)[^\\n]{0,6}?(?:找不到|没找到|丢了|丢失|损坏)',
  // Broken, or cheaper soon after buying, and redress asked for it (电器用了三天就故障了,我要退款;
  // 收到货不到一周就降价了,我要价保; 我买的东西出了问题,你们要怎么处理?). The defect told alone
  // (东西用了几天就坏了) asks what to do.
  `(?:就(?:坏|故障|掉色|破|裂|漏|不能用|发现|出问题|有问题|降价)|出了?问题|是坏的|坏了|有质量问题)[^\\n]{0,16}?(?:${REDRESS}|你们(?:要|打算|准备)?怎么(?:处理|解决|赔|负责))`,
  // Redress for a loss, an explanation demanded, a superior called for: 损失怎么弥补, 要不要作出解释, 叫你们领导来.
  '弥补|(?:作出|做出|给(?:我)?(?:个|一个))(?:说法|解释|交代)|你们(?:的)?(?:上一?级|领导)',
  // Put out by the service's own word: 门外的通知写着可以交, 我为此专门取了钱.
  '为此(?:专门|特意|特地)',
];

/** Whether a customer's words report a failure of the service or ask redress for one. */
export const FAILURE_REPORT_RE = new RegExp(KINDS.join('|'));
