/**
 * A customer holding the service to account, heard by how the turn is built rather than by what
 * failed (002 §3.2 客户不满意; 003 三、4 情绪安抚): the words of a failure are as many as the things
 * that can fail, but a grievance is put in few shapes — why the service did not act, a demand that
 * it account for something gone wrong, a suspicion of what it did behind the customer's back, its
 * own work failing again soon after. Patterns on a customer turn's view (simplified, 您 is 你,
 * punctuation dropped), so a window is counted in characters, not sentences.
 */

/**
 * Why the service did not act (你为什么不接电话, 咋不开空调, 凭什么不给我办理); not why it cannot
 * (为什么不能, 怎么连不上), nor why a thing is missing (我要的餐为什么没有), which asks where it is.
 */
const WHY_NOT =
  /(?:为什么|为何|怎么|咋|点解|凭什么)(?:你们?|他们?|你哋|佢哋|就|还|都|又|也)?(?:不|没有(?=[\u4e00-\u9fff])|没(?!有)|唔)(?!是|会|知道|能|可以|清楚|明白|懂|一样|对|用|了|行|好意思|需要|要)[\u4e00-\u9fff]/;
/**
 * An account demanded (这是怎么回事, 你们怎么解释, 给个说法, 这合理吗) of something the same turn says
 * went wrong; asked of nothing wrong (这个功能是怎么回事?) it is a plain question.
 */
const ACCOUNT = /怎么(?:回事|解释|交代)|你们?怎么说|给(?:个|我|我们)?(?:说法|解释|交代)|(?:合理|合法|公平)吗|有没有道理/;
/**
 * Something wrong told: a thing not done or not there, done to the customer, done carelessly (乱敲车门,
 * 乱收费), or money charged (账户显示欠费两千多万元, 扣了我50块). Not ignorance (不知道, 不懂) or politeness (不好意思).
 */
const WRONG = /[没未无唔冇]|不(?!知道|懂|明白|清楚|太|好意思|客气|用谢|错)|被|坏|乱(?!码)|欠费|扣了/;
/**
 * A suspicion or a wrong done behind the customer's back (我怀疑这车修过, 强行收取, 擅自开通,
 * 替我签的, 她只是来缴费,你们怎么让她办了门号); not the tentative 我怀疑…是不是, nor 交强险, the compulsory insurance.
 */
const MISCONDUCT =
  /怀疑(?![\u4e00-\u9fff]{0,8}是不是)|质疑|强行|(?<!交)强制(?!险|保险)|擅自|私自|偷偷|背着我|替(?:我|她|他)(?:签|办|开通|下单|操作)|怎么(?:让|给|帮|替)(?:我|她|他|老人)[\u4e00-\u9fff]{0,4}?(?:办|签|开通|买|绑|订)/;
/** The service's own work failing soon after (保养完才一个星期就漏油, 修好没两天又坏了). */
const REDONE = /(?:修|保养|安装|装|换|维修|检修)(?:完|好|过)了?(?:才|没)[\u4e00-\u9fff]{0,10}?(?:就|又)[\u4e00-\u9fff]{0,3}?(?:坏|漏|不|没|出|断|停|故障|问题)/;

/**
 * How the service's people treated the customer (态度太冷漠, 态度恶劣, 处理不当, 恶言相向, 推撞) or its
 * work judged (你们的服务有问题), a wrong done on
 * purpose (你们故意断电; not 不是故意的), a service that will not act however asked (你们就是不来,
 * 偏偏不管), or the customer left alone with it (没人跟他们解释, 没有人管).
 */
const CONDUCT =
  /态度(?:太|很|非常|特别|极其|十分|也太|真)?(?:冷漠|差|恶劣|不好|蛮横|傲慢|生硬|粗暴|冷淡)|恶言相向|出言不逊|推撞|推搡|你们(?:的)?(?:服务|工作|管理)(?:有问题|太差|不行|真差)|(?:处理|处置|安排)(?:得)?不当|(?<!不是|并非|并不是|没有|没|非|无)故意|你们?(?:就是|偏偏|硬是|死活)(?:不|没)|没(?:有)?人(?:跟|给|向|帮)?(?:我|我们|他|他们|她|她们)?(?:解释|说明|管|理|处理|回复|回应|接待)/;
/**
 * The customer (or one who speaks for them) kept, trapped or held by what the service runs: 从早上等到现在, 排了很久的队,
 * 有人被困在里面, 存款机把我们的钱卡住了.
 */
const HELD = /(?:从|由)[\u4e00-\u9fff]{1,4}等到(?:现在|这会儿?|这时候|天黑|晚上)|排(?:了)?(?:很久|好久|半天|老半天|大半天|这么久|很长时间|[一二两三四五六七八九十几半]+个?多?(?:小时|钟头))|被困|困在(?:里面|电梯)|把(?:我|我们|他|他们)的[^\n]{0,10}?(?:卡住|吞)/;
/**
 * Asked again and again, or distrust said outright: 反复打了近10次, 再三质问, 我们怎么相信?, and
 * impatience at a thing still undone pressed as a when (到底什么时候退?, 究竟几时能修好?, 快一年了,到底什么时候…?); not a
 * pressed how (这个到底怎么用?), which asks.
 */
const PRESSED =
  /反复(?:打|问|催|找|投诉|反映|联系|来)|再三(?:质问|追问|催|要求|问)|质问|(?:我们?|让我们?)怎么(?:相信|信得过|放心)|(?:到底|究竟)(?:什么时候|几时|啥时候|何时)(?:才)?(?:能|可以|会)?(?:修好|修|到|来|退|办|转|处理|解决|恢复|通|好|安排|上门|有(?:结果|消息|答复|回音|说法))|(?:年|个月|星期|礼拜)(?:了|过去了|多了)[\u4e00-\u9fff]{0,4}?(?:到底|究竟)什么时候/;
/** An accusation put as a question: 是不是你写的?, 是不是你们扣的钱? (not 是不是您本人办理的?). */
const ACCUSES = /是不是你们?(?:[\u4e00-\u9fff]{0,2})(?:写|弄|拿|搞|偷|扔|摔|拆|撞|划|刮|丢|扣|删|改|调包)的/;
/**
 * A complaint relayed by whoever speaks for the customers — a reporter, a neighbour, the public
 * (业主反映…, 网上视频说你们…, 排队的患者说没人…, 王女士说你们的工作人员…, 他说…的问题,你们有没有…): the answer is to a grievance
 * as much as when the customer tells it: the relayed words lay a wrong at the service's door
 * (你们…没…) or ask whether it is true (是这样吗?). Not a trouble of the customer's own asked about
 * (车主说年审过不了,你们怎么处理?), nor a relative's word said calmly (我老公说你们明天
 * 来装机), nor a direction that narrates the caller's own report (【客户反映宽带不能上网】).
 */
const RELAYED =
  /(?:业主|居民|住户|患者|病人|乘客|旅客|家长|学员|网友|市民|村民|消费者|车主|储户|游客|商户|租户|群众|网上|网传|视频|媒体|有人|(?<![其吉])[他她]|[\u4e00-\u9fff](?:先生|女士|小姐|阿姨|大爷))[\u4e00-\u9fff]{0,2}?(?:说|反映|反应|称|投诉|爆料|质疑|指责|抱怨|曝光)/;

/**
 * A demand the customer contests, asked why it must be so (为什么一定要单位盖章?, 凭什么非得本人来?,
 * 怎么还要收费?): the service's rule laid on the customer is held to account, as a why-not is.
 */
const CONTESTED = /(?:为什么|凭什么|为何|干嘛|干吗|怎么)(?:你们?)?(?:一定|非得?|必须|硬|偏偏?|还)(?:要|得)/;

/** The customer's words (or the situation told for them) hold the service to account. */
export function tellsGrievance(said: string): boolean {
  return (
    WHY_NOT.test(said) ||
    CONTESTED.test(said) ||
    MISCONDUCT.test(said) ||
    REDONE.test(said) ||
    CONDUCT.test(said) ||
    HELD.test(said) ||
    PRESSED.test(said) ||
    ACCUSES.test(said) ||
    (ACCOUNT.test(said) && WRONG.test(said.replace(ACCOUNT, ''))) ||
    relaysComplaint(said)
  );
}

/** A complaint relayed: a wrong the relayed words lay on the service, or whether it is true asked. */
function relaysComplaint(said: string): boolean {
  const m = RELAYED.exec(said);
  if (!m) return false;
  const rest = said.slice(m.index + m[0].length);
  const you = rest.indexOf('你们');
  return (you >= 0 && WRONG.test(rest.slice(you + 2))) || /是(?:这样|真的)吗|属实吗|怎么回事/.test(rest);
}
