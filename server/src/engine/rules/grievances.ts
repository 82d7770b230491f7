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
 * Something wrong told: a thing not done or not there, done to the customer, or done carelessly (乱敲车门,
 * 乱收费). Not ignorance (不知道, 不懂) or politeness (不好意思).
 */
const WRONG = /[没未无唔冇]|不(?!知道|懂|明白|清楚|太|好意思|客气|用谢|错)|被|坏|乱(?!码)/;
/**
 * A suspicion or a wrong done behind the customer's back (我怀疑这车修过, 强行收取, 擅自开通,
 * 替我签的); not the tentative 我怀疑…是不是, nor 交强险, the compulsory insurance.
 */
const MISCONDUCT =
  /怀疑(?![\u4e00-\u9fff]{0,8}是不是)|质疑|强行|(?<!交)强制(?!险|保险)|擅自|私自|偷偷|背着我|替(?:我|她|他)(?:签|办|开通|下单|操作)/;
/** The service's own work failing soon after (保养完才一个星期就漏油, 修好没两天又坏了). */
const REDONE = /(?:修|保养|安装|装|换|维修|检修)(?:完|好|过)了?(?:才|没)[\u4e00-\u9fff]{0,10}?(?:就|又)[\u4e00-\u9fff]{0,3}?(?:坏|漏|不|没|出|断|停|故障|问题)/;

/** The customer's words (or the situation told for them) hold the service to account. */
export function tellsGrievance(said: string): boolean {
  return WHY_NOT.test(said) || MISCONDUCT.test(said) || REDONE.test(said) || (ACCOUNT.test(said) && WRONG.test(said.replace(ACCOUNT, '')));
}
