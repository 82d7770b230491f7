/**
 * A customer telling the service it failed them, by kind rather than by phrase (002 §3.2 客户不满意;
 * 003 三、4 情绪安抚): how long the failure has lasted or how often it came back, a harm it did,
 * a promise or a notice that was not kept, a thing lost, broken or mishandled by the service, or
 * the redress asked for it. Patterns on a customer turn's view: simplified, 您 is 你, punctuation
 * dropped. A fault reported once, calmly (我家停电了, 我没收到验证码), a plain question (几点开门?)
 * or a wish (我想退订这个套餐) is none of these: it wants an answer, not an apology.
 */

import { mayMatch } from '../may-match';

/** A number as a caller says it (三, 十五, 半个多, 89, 好几). */
const NUM = '(?:[零一二两三四五六七八九十百几半\\d]+|好几|这么多|这么久)';
/** A stretch of time the failure has lasted (三天, 一个星期, 半个多小时, 十五分钟, 一周多). */
const SPELL = `${NUM}(?:个)?多?(?:分钟|分多钟|小时|钟头|天|星期|礼拜|周|月|年)多?`;
/** More than once (两, 几, 三…, 89): once is how a service is used (每月扣一次). */
const REPEAT = '(?:两|二|几|好几|多|[三四五六七八九十百]+|\\d+)';
/** What fails in a house or on a line (停水, 断网, 扣费, 电梯失灵): the verbs of a service that stopped or went wrong. Not 卡, a card as often as a freeze. */
const FAULT = '(?:停|断|坏|掉线|扣|漏|堵|失灵)';
/** What stopped, said between the verb and 了 (停水了三天, 停电了两天). */
const SUPPLY = '(?:水|电|气|暖|网|线|费)?';
/** What a wait is for, undone: 没到, 没人来, 没动, 打不通. Not the customer's own doing (两年都没用过). */
const UNDONE =
  '(?:没|未)(?:有)?(?:人|到|动|通|来|修|好|回|退|处理|解决|联系|回复|发|送|找到|收到|恢复|上门|给|确认|办|结果|消息|动静|建|装|开通|安排|落实|兑现|审批)|不(?:到|通|来|处理|回复|联系|给|确认|退)|打不通';
/** Redress asked for what went wrong (我要退货, 要求赔偿, 申请价保). */
const REDRESS = '(?:要|申请|要求)(?:你们)?(?:退货|退款|退钱|赔偿|补偿|价保|理赔|换货|退换)';

const KINDS = [
  // How long or how often: 停了三天水, 断了两天了, 一天断网三次, 扣了我89次, 两次被停机, 迟到了两次.
  `${FAULT}${SUPPLY}了(?:我)?${SPELL}(?!车)`,
  // 停水四天了, 断网两天了: a supply stopped, the spell said after it and closed by 了. Not 消火栓漏水几个月了, a leak
  // the caller reports of someone else.
  `(?:停|断)(?:水|电|气|暖|网)(?:已经)?${SPELL}了`,
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
  // Redress for a loss, an explanation demanded, a superior called for: 损失怎么弥补, 要不要作出解释, 叫你们领导来,
  // 我们要和你们的负责人通话.
  '弥补|(?:作出|做出|给(?:我)?(?:个|一个))(?:说法|解释|交代)|你们(?:的)?(?:上一?级|领导|负责人)',
  // Put out by the service's own word: 门外的通知写着可以交, 我为此专门取了钱.
  '为此(?:专门|特意|特地)',
  // Done to them before a word was said: 没通知就突然停水, 火车站事先都不通知一声.
  '没(?:有)?(?:提前|事先|预先)?(?:任何)?(?:通知|告知|告诉|提醒)(?:一声)?就|(?:事先|提前|预先)(?:都|也)?(?:没|不)(?:有)?(?:通知|告知|告诉|提醒)',
  // Day after day, or at every turn: 连续11天断续停水, 每到下午五点就停电, 天天打不出电话, 白天一直停电.
  `连续${SPELL}|(?:每天|天天|每到|每逢|一到)[^\\n]{0,10}?就?(?:${FAULT}|没(?:水|电|网|信号|气|热水)|打不(?:出|通|进))|一直(?:在)?(?:停|断|掉线|没(?:水|电|网|信号|气))`,
  // Told many times, sent round in circles, left unanswered: 反映了多次, 交涉多次, 被踢皮球, 一直未收到准确回音, 至今都没有人管, 维修两次仍未解决.
  `(?:反映|投诉|打电话|报修|交涉|联系|催)(?:了|过)?(?:${REPEAT}|很多|好多|无数)(?:次|遍|回)|多次(?:反映|投诉|打电话|报修|交涉|联系|催)|(?:投诉|反映)(?:无门|无果)|踢皮球|推来推去|(?:互相)?推诿`,
  '(?:一直|始终|至今|仍|仍然|依然)(?:都)?(?:没|未)(?:有)?(?:得到|收到)?[^\\n]{0,4}?(?:解决|回音|回复|答复|结果|处理|修好|恢复)|(?:没|无)(?:有)?人(?:管|理|治理|处理|维修|修|接听|接|问津|上门|来)|不见人(?:来)?',
  // Kept late or stranded: 晚点17个小时, 已经呆了7个小时, 一家三口被关在家里6小时, 飞机还是延误状态, 连口水都没喝到.
  `(?:晚点|延误|延迟|误点)(?:了)?(?:近|快|将近|整整)?${SPELL}|(?:呆|待|困|滞留|堵|关)(?:在[^\\n]{0,4})?(?:了)?(?:近|快|将近|整整)?${SPELL}|还是(?:延误|晚点)|连[^\\n]{1,5}都没(?:有)?(?:喝|吃|人|见|给|回|睡)`,
  // What it did to their day: 搞得我们生活很不方便, 严重影响了日常生活, 空调一点用也没有.
  '(?:搞得|弄得|害得)(?:我|我们|人|大家)|严重影响|影响了(?:我们?的?)?(?:正常|日常)?(?:生活|生意|工作|休息|出行)|(?:很|非常|特别|太)不方便|一点用(?:也|都)没有',
  // Money taken without cause, or a bill that is wrong: 无故从我的信用卡扣了$290, 从来没开通过…怎么每个月都在扣我的钱, 多收了租被费, 账单上怎么会有…
  '(?:无故|莫名其妙?|平白无故|私自|擅自|偷偷|未经(?:我的?)?(?:同意|允许|授权))[^\\n]{0,12}?(?:扣|收|开通|订|划)|从来没[^\\n]{0,14}过[^\\n]{0,12}(?:扣|收)|(?:怎么|为什么)[^\\n]{0,10}扣(?:了)?我(?:的)?(?:钱|费)|多收|乱收|重复(?:收|扣)|收错|扣错|照(?:样)?收|(?:单|单子|单据|发票|清单)上?[^\\n]{0,6}(?:怎么会|为什么会)',
  // A decision or a rule held unfair, and the customer standing by their account: 完全不合理, 一刀切, 非常质疑拒赔结果, 就是你们的问题, 我们已拍照证实.
  '不合理|不公平|一刀切|没道理|质疑|不认可|不服|(?:无法|不能)接受|接受不了|(?:就是|都是|明明是|本来就是|分明是)你们的(?:问题|错|责任)|(?:拍照|录音|截图|视频|照片)(?:证实|证明|为证)|明明(?:是|有|没|交|已经)',
  // Feelings said outright, and staff who mistreated them: 真急人, 焦虑不安, 教练对我们爱理不理, 大发雷霆.
  '焦虑|急死|急人|担心死|委屈|崩溃|愤怒|气愤|恼怒|发火|火冒|焦躁|急躁|烦躁|情绪激动|抱怨|埋怨|寒心|心寒|失望|爱理不理|不理不睬|大发雷霆|态度(?:很|太|极其|非常|特别)?(?:差|恶劣|蛮横|不好)',
  // Charged even for what should not count: 为什么连节假日也算成服务日, 体验课怎么也算进课时里了. 怎么都算不对 and 怎么也算不明白 are the customer's own sums.
  '(?:怎么|为什么|凭什么)(?:[^\\n]{1,8}?(?:也|都)|也)(?:算|收|扣|计)(?!不|没)',
  // What was promised and what came apart: 我收到了预约成功信息,酒店却没有房间; 跟当初说的不一样; 与描述不符. 却不知道 is not knowing how.
  '(?:却|反而|竟)(?:没|无|不(?!知道|会|懂|清楚|明白)|还是没)|(?:跟|和|与)(?:当初|之前|原来|以前|宣传|广告|合同|介绍)[^\\n]{0,6}?(?:说|讲|写|承诺|介绍|宣传)的(?:不一样|不符|不同)|(?:与|和|跟)(?:描述|宣传|图片|广告)(?:的)?(?:不符|不一样)|货不对板',
  // Paid for and useless, or the law cited against the service: 毫无用处, 根据消费者权益保护法…应该退, 侵犯我的隐私.
  '毫无用处|没有任何用处|消费者权益保护法|消保法|侵犯(?:了)?(?:我的?)?(?:权益|权利|隐私)',
  // Again and again: 频繁突发停水, 总是突然停电, 三天两头断网. Asked whether it will (会经常停电吗) is a question.
  `(?<!会|是否|是不是|容易)(?:频繁|经常|总是|老是|三天两头|动不动就)(?:地)?(?:突然|突发性?)?(?:${FAULT}|没(?:水|电|网|信号)|掉线|出(?:问题|故障)|打不通|连不上)`,
  // Action demanded, or taken over the service's head: 你们到底管不管, 我今天一定要讨个说法, 我已经报警了, 找媒体曝光.
  '管不管|有没有人管|讨(?:个)?说法|报警|曝光|找(?:媒体|记者)',
  // Broken in the service's hands: 像是被撞坏的, 拆开一看部件坏了.
  '被[^\\n]{0,6}?(?:撞|摔|压|砸|碰)(?:坏|破|碎|裂|变形)|(?:拆开|打开)[^\\n]{0,10}?(?:坏了|破了|碎了|裂了|是坏的|损坏|破损)',
  // Impatience at the service itself: 你们这帮人怎么回事, 办个事这么久.
  '你们[^\\n]{1,6}怎么回事|(?:办|等|修|处理|排)[^\\n]{0,4}?(?:这么|那么)(?:久|慢)',
  // Never once delivered, or paid for and left useless: 一次都没打通过, 从来没收到过, 卡成摆设了, 白交了钱.
  '(?:一次|从来|根本|压根)(?:都|也)?(?:没|未)(?:有)?[^\\n]{0,4}?(?:打通|接通|到账|到货|送到|成功|用上|收到|办成|修好)过?|(?:成|成了|就是个|当)摆设|形同虚设|(?<![明坦空黑雪洁])白(?:办|交|买|花(?!花)|付|充)',
  // Still not, by now: 到现在还没收到, 至今未到. A fault said with no time (我充的话费还没到账) asks what to do.
  `(?:到现在|至今|直到现在|到今天|到今天为止)(?:为止)?(?:还|也|都|仍)?(?:${UNDONE})`,
  // Worse and worse, or made worse by the service: 质量越来越差, 连饭都煮不熟, 每个季度都有人打来推销.
  '越来越(?:差|糟|慢|少|贵|烂|不)|连[^\\n]{1,8}都(?:[^\\n]{0,3}不[^\\n]{1,2}|没法|不能)|每(?:个|一)?(?:天|周|星期|月|季度|年)都(?:有人?|来|打|给)',
  // Why not, or why suddenly: 为什么不能在24小时之内解决, 为什么突然让我换到二等座, 新车怎么有好几处补过漆.
  // A sudden change is a failure when done to the customer (让我换), not a fault asked about (突然停电了,是什么原因?).
  '(?:为什么|怎么|凭什么)(?:就)?(?:不能|不肯|不给|随便|说换就换|说停就停)|突然(?:就)?(?:让我|把我|给我|换|取消|涨价)|新(?:车|买的|装的|房|手机)[^\\n]{0,10}?(?:怎么|为什么)(?:有|会|就)',
  // Come back again, or caught on record: 我又来了,这事到底怎么处理; 行车记录器全录下来了.
  '又来了|(?:这事|这件事|这个问题|这个事)(?:到底|究竟)(?:怎么|要|能不能|什么时候)|(?:录|拍|记录)下来了|(?:全|都)(?:录|拍)(?:下来|到)了',
  // Anger and its cost in the customer's own words: 气疯了, 太离谱了, 凭什么收我的钱, 说好的上门呢, 害我上班迟到, 耽误了我一上午.
  '气疯|气炸|火大|恼火|离谱|凭什么|骗子|说好的[^\\n]{0,10}呢|害(?:得)?我|耽误(?:了)?(?:我|我们)',
  // What was agreed held against what was done: 开户时说好按万分之三收,为什么一直按千分之一收? Not 说好的…怎么办理 (how to do it).
  '(?:说好|讲好|答应|约好|承诺)[^\\n]{0,20}?(?:为什么|凭什么|怎么(?:还|又|没|不|一直|就|变|成))',
  // Disturbed at night by the service: 半夜三更打电话, 为什么半夜打电话给收件人.
  '(?:半夜|深夜|凌晨|三更半夜|半夜三更|大半夜)[^\\n]{0,8}?(?:打电话|打来|来电|敲门|吵|扰)',
  // Lost by the service, or its staff laying hands or words on the customer: 快递丢件了, 司机半路把她赶下车,还伸手要打她.
  '丢件|(?:把|将)(?:我|她|他)(?:们)?(?:硬|强行)?赶(?:下|出|走)|(?:动手|伸手(?:要)?)打|辱骂|殴打|骂(?:了)?(?:我|她|他|人)',
  // Done before the customer was heard or let off: 没等我说完就挂了, 未等他下车就关门.
  '(?:没|未)等[^\\n]{1,8}?就',
  // Not even the basics work, and what it costs them: 电饭煲都煮不熟饭, 电风扇都转不起来, 老人小孩都吃不消.
  '都(?:煮|转|烧|点|开|睡|用)不(?:熟|起来|动|着|开|亮|热|了)|吃不消',
  // Treated unlike others, or at someone's whim, asked why: 点解有啲可以、有啲又唔畀?, 为什么别人可以, 由护士随意决定.
  '(?:为什么|凭什么|点解|怎么)有(?:的|些|啲)[^\\n]{0,8}?(?:可以|能)[^\\n]{0,8}?有(?:的|些|啲)[^\\n]{0,6}?(?:不|唔)|(?:为什么|凭什么|点解)(?:别人|其他人|人家)(?:都|就)?(?:可以|能)|随意决定|看人下菜',
  // A wait held too long, or a thing dragged out: 等候太久, 等这么久都没人, 迟迟不上门; in Cantonese 等成半个钟先有车.
  '(?:等|等候|候车|排队)(?:了|得)?(?:太久|太长|这么久|那么久|很长时间)|迟迟(?:不|没|未)|(?:等|排)(?:成|咗)[^\\n]{1,6}?(?:先|都|仲)',
  // A spell gone by and the thing still not come: 订餐一小时了,餐没到; 三天了人没来.
  `${SPELL}了[^\\n]{0,8}?(?:${UNDONE})`,
  // What the service owes not given as it should be: 清理不及时, 不维修不处理, 不管不问, 处理都这么随便, 窗口没人上班.
  '(?:这么|那么|也太|太)(?:随便|马虎|草率|敷衍|粗心)|(?:窗口|柜台|岗位上?)?(?:没|无)(?:有)?人(?:上班|值班|在岗)|不及时|不卫生|不专业|不负责|不作为|不[修管理问闻处][\\u4e00-\\u9fff]?不[修管理问闻处]',
  // Something wrong found in what was served or supplied, or it has gone off: 菜里吃出一只虫, 喝出异物, 水发黄浑浊,
  // 果汁喝起来酸酸的像是要坏了.
  '(?:吃|喝|闻)起来[^\\n]{0,8}?(?:怪|馊|臭|变质|不新鲜)|像是?要?(?:坏|馊)了|变质了|馊了|(?:吃|喝)出(?:了)?[^\\n]{0,4}?(?:毛病|病|虫|头发|异物|蟑螂|苍蝇|钢丝|塑料|烟头|不明|玻璃)|(?:水|自来水|水质)[^\\n]{0,8}?(?:污染|发黄|浑浊|异味|有虫|像红糖水|像泥水)',
  // The harm to their day said as what it brought them: 给正常的生活造成了严重的不方便, 带来很多不便.
  '(?<!会不会|会)(?:造成|带来)(?:了)?(?:严重|很大|极大|诸多|很多|不少)?的?(?:不便|不方便|困扰|损失)',
  // A fault told with how bad it is: 漏得像瀑布一样, 吵得受不了, 臭得要命.
  '(?:漏|堵|吵|臭|脏|冷|热|晃|响)得(?:像|跟|要命|不行|厉害|受不了)',
  // Anger in Cantonese, and the schedule promised held against the wait: 真係好激氣, 明明寫住四個字一班.
  '激气|好嬲|火滚|明明(?:写|话|说|讲|标)(?:住|着|了)?',
  // A service stopped for a spell: 中断运行近两个小时.
  `(?:中断|停止|暂停)(?:运行|运营|服务|供应|供水|供电)?(?:了)?(?:近|快|将近|整整)?${SPELL}`,
  // Left with no word at all: 把我们晾在机场一个晚上,却连个说法都没有.
  '连(?:一)?个?(?:说法|解释|交代|回复|答复|道歉)都没|(?:晾|撂|扔)在[^\\n]{1,8}?(?:一个|一整个|整个|一|半)?(?:晚上|夜|天|上午|下午|小时)',
];

/**
 * Each kind a pattern of its own, exported as a table so that the build bakes its literals
 * (scripts/bake-literals.mjs): one alternation of them all took V8 about 30 ms to compile on its
 * first two runs, paid by every server's first lint of a script with a customer in it. Apart, a
 * kind is compiled only when a turn holds one of its literals.
 */
export const FAILURE_REPORTS: readonly { pattern: RegExp }[] = KINDS.map((kind) => ({ pattern: new RegExp(kind) }));

/** Whether a customer's words report a failure of the service or ask redress for one. */
export function reportsFailure(said: string): boolean {
  return FAILURE_REPORTS.some(({ pattern }) => mayMatch(pattern, said) && pattern.test(said));
}
