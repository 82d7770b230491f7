import type { RuleContext } from '../rule';
import { findConstructions, type Construction, type ConstructionMatch } from './construction';
import { REPROACH_QUESTIONS } from './reproach-questions';

/**
 * 反问 without a marker word: a question that tells the customer they should have known. Read on
 * the view, where 您 is 你 and the question mark is gone, so a question is the 吗 that ends it.
 */

const S001 = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心座席員語言規範標準 第3條 (嚴禁使用反問、質問的口氣)' };
const S001_NO_BLAME = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心服務態度標準 2 (對客戶不懂的地方不教訓、不責備)' };
const S000 = { seed: '000_e626cd326d976e13.txt', section: '五、服务忌语 (二)责问、训斥或反问客户' };

/** Before the question in its sentence: an agent who asks politely (请问您没有收到短信吗?), not one who reproaches. */
const POLITE = /请问|麻烦|是否|能否|可否|方便|想确认|确认一下|核实一下/;

/** What the customer could have done alone: 不会看, 自己不会查. Not 不会看错 (a reassurance) nor 不会找不到. */
const COULD_HAVE = '不会(?:自己)?(?:看|用|查|听|读|认|写|填|找|问|算|操作)(?!错|漏|丢|到|见|出|不)';
/** 如果您不会操作,我来帮您 offers help; 请问您不会用吗 asks. */
const POLITE_OR_IF = new RegExp(`${POLITE.source}|如果|要是|万一|担心|怕`);

export const RHETORICAL_QUESTIONS: readonly Construction[] = [
  {
    // 短信里不是写了吗, 我不是说过了吗: the answer is "yes, and you should know". 是不是 asks.
    name: '不是……吗',
    pattern: /(?<!是)不是[^吗么]{1,12}(?:吗|么)/g,
    ends: 'sentence',
    oneClause: true,
    politeBefore: POLITE,
    cite: S001,
  },
  {
    // 不是报警了吗,找警察去吧: the same question said as a statement, the sentence going on to what
    // the customer should do. 是不是已经报警了吗 asks (是 before 不是); 请问您不是已经预约了吗 asks.
    name: '不是……了吗,(…)',
    pattern: /(?<!是)不是[^吗么]{1,10}了(?:吗|么)/g,
    ends: 'clause',
    oneClause: true,
    politeBefore: POLITE,
    cite: S001,
  },
  {
    // 我们这里的东西都是正品,你还有什么好怀疑的: the customer's doubt called groundless. 您还有什么
    // 需要帮助的吗 asks (需要, not 好 or 可, before the verb).
    name: '还有什么好怀疑的',
    pattern: /(?:你)?还有什么(?:好|可)(?:怀疑|抱怨|不满意|不放心|挑剔|计较|说|闹)的/g,
    cite: S001,
  },
  {
    // 谁拔你线了?: the customer's account thrown back as a question (someone did it? nobody did). 请问
    // 是谁给您打的电话 asks (是, or 请问, before 谁), and 谁…的 asks who; 了 denies, printed as a question or not.
    name: '谁拔你线了',
    pattern: /谁(?!家|的|都|也)[\u4e00-\u9fff]{1,2}你(?:的|们)?[\u4e00-\u9fff]{0,3}?了/g,
    opens: 'clause',
    ends: 'sentence',
    politeBefore: POLITE,
    cite: S001,
  },
  {
    // 你懂不懂啊, 您还想怎么样, 是不是不想办了, …怪谁: the customer challenged with a question that
    // wants no answer. 请问您懂不懂英文 asks; 您还想了解什么 asks (想 + an act of asking).
    name: '懂不懂 / 还想怎么样 / 怪谁',
    pattern: /你(?:到底)?懂不懂(?:啊|呀|规矩|道理)?|你(?:还|到底|究竟)想(?:怎么样|怎样|怎么着|干什么|干嘛|闹什么)|是不是不想(?:办|要|买|修|看|活)了|(?:还|能)?怪(?:谁|得了谁)(?:呢|啊|呀)?/g,
    politeBefore: POLITE,
    cite: S001,
  },
  {
    // 这有什么好问的, 这还用问吗, 你以为我们是做慈善的吗, 这能怪我吗, 我能有什么办法, 你想让我怎么办,
    // 哪有这样的道理: the question answers itself against the customer. 有什么好吃的推荐 asks (the
    // verbs after 好 are of talking and fussing); 我们能为您做点什么 offers.
    name: '有什么好问的 / 你以为我们是做慈善的',
    pattern:
      /有什么好(?:问|说|看|吵|闹|争|解释|计较)的|还用(?:问|说|讲)(?:吗|么)?|你(?:以为|当)(?:我们|我)(?:是)?(?:做慈善|慈善机构|开银行|印钞|冤大头|什么)|又不是(?:做)?慈善(?:机构|的)|你觉得(?:这)?可能吗|(?:这|那)?能怪(?:我|我们)(?:吗|么)|我(?:能|又能|还能)有什么办法|你(?:想|要)让我(?:怎么办|怎么样|咋办)|哪有(?:这样|这么)的(?:道理|事|规矩)/g,
    politeBefore: POLITE,
    cite: S001,
  },
  {
    // 您没看短信吗, 您没听清楚吗: blame for not attending. 您没有收到短信吗 asks about a fact.
    name: '没看/没听/没注意……吗',
    pattern: /没(?:有)?(?:仔细|认真|好好)?(?:看|听|注意|留意|读|记)[^吗么]{0,10}(?:吗|么)/g,
    ends: 'sentence',
    oneClause: true,
    politeBefore: POLITE,
    cite: S001,
  },
  {
    // 您怎么连这个都不知道, 连这个都不会.
    name: '(怎么)连……都',
    pattern: /怎么连[^都]{1,10}都|连(?:这个|这些|这点|这么简单的|这种)[^都]{0,6}都(?:不|没)/g,
    cite: S001_NO_BLAME,
  },
  {
    // 您怎么不早说, 您为何不提前准备: the customer asked why they failed to act. 请问您怎么没收到 asks
    // about a fact (收到 is not one of the customer's acts of attention).
    name: '你怎么/为何不 + 说/看/准备……',
    pattern: /(?:你|当初|之前)(?:怎么|为何|为什么|干嘛|干吗|咋)(?:不|没)(?:有)?(?:(?:提前|事先)(?:[\u4e00-\u9fff]{2})?|(?:早|先|仔细|好好)?(?:点)?(?:说|讲|看|听|问|查|注意|带|拿|记|告诉|准备))/g,
    politeBefore: POLITE,
    cite: S001,
  },
  {
    // 您怎么还问, 怎么又打来了: the customer reproached for asking again. 您怎么还没收到 asks about a
    // fact, and is not matched (还 is followed by the customer's act of asking, not by 没).
    name: '你怎么还问 / 怎么又打来',
    pattern: /你怎么(?:还|又)(?:在)?(?:问|说|讲|打(?:电话|过)?来|来|找)/g,
    politeBefore: POLITE,
    cite: S001,
  },
  {
    // 我们怎么会把二手车当新车卖, 我们怎么可能骗您: the complaint denied as unthinkable, put as a
    // question with or without its ?. 非常抱歉,我们怎么会出这种错,一定查清楚 owns the fault, and passes.
    name: '我们怎么会/怎么可能……',
    pattern: /(?:我们|我|公司|咱们|本店)(?:又|哪里|哪儿)?(?:怎么|哪里|哪儿|哪|咋)(?:会|可能)(?!不会|不可能)[\u4e00-\u9fff]{1,14}/g,
    ends: 'sentence',
    oneClause: true,
    politeBefore: POLITE,
    notIn: /抱歉|对不起|不好意思|查清|核实/,
    cite: S001,
  },
  {
    // 您能把我怎么样, 你能拿我怎么样: a provocation put as a question, with or without its ?.
    name: '能把我怎么样',
    pattern: /(?:能|又能|敢|可以)(?:把|拿)我(?:怎么样|怎样|怎么着)/g,
    cite: S000,
  },
  {
    // 耽误了你们赔得起吗?, 这个您买得起吗?: whether the customer can afford it, asked in contempt (看不起
    // 客户). 我们赔得起,请您放心 is no question and is not matched.
    name: '你(们)……赔得起/买得起吗',
    pattern: /你(?:们)?[^吗么]{0,8}?(?:赔|付|买|担|负担|承担|出)得起(?:吗|么|嘛)/g,
    ends: 'sentence',
    oneClause: true,
    politeBefore: POLITE,
    cite: S000,
  },
  {
    // 您听不懂吗, 您不知道吗, 您自己不会看吗: the customer's ignorance, as a question.
    name: '听不懂吗 / 不知道吗',
    pattern: /(?:听不懂|看不懂|听不明白|看不明白|不明白|不懂|不知道|不清楚|不会(?:看|用|查|听|读))(?:吗|么)/g,
    ends: 'sentence',
    oneClause: true,
    politeBefore: POLITE,
    // 您还有什么不明白吗 offers more help: what is unclear is asked, not held against the customer.
    clauseBefore: /什么|哪(?:里|儿|些)/,
    cite: S000,
  },
  {
    // 不会看指示牌吗?, 自己不会查吗: the customer told they could have done it alone.
    name: '(自己)不会 + 看/查……吗',
    pattern: new RegExp(`${COULD_HAVE}[^吗么]{0,8}(?:吗|么)`, 'g'),
    ends: 'clause',
    oneClause: true,
    politeBefore: POLITE_OR_IF,
    // 我们不会查您的记录吗 is no taunt: the subject is the agent.
    clauseBefore: /我/,
    cite: S000,
  },
  {
    // 你自己不会想办法吗: with 自己 any act the customer could have done alone is the taunt.
    name: '自己不会……吗',
    pattern: /(?<=自己)不会[^吗么]{1,10}(?:吗|么)/g,
    ends: 'clause',
    oneClause: true,
    politeBefore: POLITE_OR_IF,
    clauseBefore: /我/,
    cite: S000,
  },
  {
    // 这都不懂, 这点也不会: the customer's ignorance held up. 这都不会影响您的使用 reassures, and the
    // clause goes on.
    name: '这都不懂',
    pattern: /这(?:点|些|个|么简单的)?(?:都|也)不(?:懂|会|知道|明白|认识)(?:吗|么|啊)?/g,
    ends: 'clause',
    politeBefore: POLITE_OR_IF,
    cite: S001_NO_BLAME,
  },
  {
    // 你问我,我问谁?: the customer's question thrown back.
    name: '我问谁',
    pattern: /我(?:去)?问谁(?:去)?(?:啊|呀)?/g,
    ends: 'clause',
    cite: S001,
  },
  {
    // 你不会自己看?: the same taunt, its ? ending the sentence. 不会填写,… goes on.
    name: '(自己)不会 + 看/查?',
    pattern: new RegExp(`${COULD_HAVE}[^吗么]{0,8}`, 'g'),
    ends: 'sentence',
    asks: true,
    oneClause: true,
    politeBefore: POLITE_OR_IF,
    clauseBefore: /我/,
    cite: S000,
  },
  {
    // 还要我教你?, 还要我告诉你吗: the customer mocked for needing help. 还需要我帮您什么吗 offers it
    // (帮 is not on the list).
    name: '还要我教你',
    pattern: /还要我(?:来|再|一个个|手把手|一步步)?(?:教|告诉|提醒|喂|伺候|替)你(?:们)?(?:吗|么|啊|呀|不成)?/g,
    ends: 'clause',
    cite: S001_NO_BLAME,
  },
  {
    // 人人都上你们家厕所你高兴吗?: the customer asked to imagine the agent's side, as a retort.
    name: '你高兴吗 / 你乐意吗',
    pattern: /你(?:们)?(?:会|能)?(?:高兴|乐意)(?:吗|么)/g,
    ends: 'clause',
    politeBefore: POLITE,
    cite: S001,
  },
  {
    // 对得起你们的良心吗?: the customer's conscience put on trial.
    name: '对得起……吗',
    pattern: /对得(?:起|住)[^吗么]{0,8}(?:吗|么)/g,
    ends: 'clause',
    oneClause: true,
    politeBefore: POLITE,
    cite: S000,
  },
  {
    // 两块钱都给不起吗?: the customer shamed for what they cannot pay (赔得起吗 as a taunt).
    name: '……都给不起吗',
    pattern: /都[^吗么]{0,4}?(?:给|付|出|拿|买|花|交|赔|掏)不(?:起|出)(?:吗|么)/g,
    ends: 'clause',
    oneClause: true,
    politeBefore: POLITE,
    cite: S000,
  },
  {
    // 我是不是拉屎也要告诉你啊?, 臭不臭也要告诉你?: the customer's question mocked as absurd.
    // 是不是也要告诉您的家人呢 checks politely and does not end at 你.
    name: '是不是……也要告诉你',
    pattern: /也(?:要|得|需要)(?:先)?(?:告诉|通知|报告|汇报|请示|经过)你(?:同意)?(?:啊|呀|吗|么)?/g,
    ends: 'clause',
    asks: true,
    cite: S001,
  },
  {
    // 谁规定物业必须礼让?, 谁让你车停那的?: the customer's expectation challenged as a question.
    // 请问是谁规定的 asks; 谁让你投诉 is impatience's; 谁让你来办理的 may ask who sent the customer, and
    // 是谁让您这么生气的 asks what went wrong.
    name: '谁规定 / 谁让你',
    pattern: /谁(?:规定|同意|批准|允许|准许)(?:的|了)?|谁(?:让|叫|准|允许)你(?:们)?(?!来|去|过来|找|办|联系|打|久等|等|这么|那么|生气|受|失望|不满|不高兴|难过|担心)/g,
    asks: true,
    politeBefore: POLITE,
    notIn: /不管|无论|不论/,
    cite: S001,
  },
  {
    // 物业就该死?: what the customer expects thrown back as absurd.
    name: '……就该死',
    pattern: /就(?:该|应该|活该)(?:死|倒霉|受气|挨骂|吃亏|被骂|让着你|伺候你|围着你转)/g,
    ends: 'clause',
    cite: S001,
  },
  {
    // 值班不躺着值班,还能搁这趴着值班吗?: "not this, then what else?", a retort. 您还能收到短信吗 asks
    // the customer, and is not matched.
    name: '不……还能……吗',
    pattern: /不[一-鿿]{1,8}还能[一-鿿]{1,10}?(?:吗|么)/g,
    ends: 'clause',
    politeBefore: POLITE,
    notIn: /你还能|如果|要是|是否|请/,
    cite: S001,
  },
  {
    // 您发个采访函很难吗?: a small request made to look trivial. 请问您觉得操作麻烦吗 asks.
    name: '……很难吗',
    pattern: /(?:很|有那么|有这么|就那么|这么|那么|有多)(?:难|麻烦|复杂|费劲|困难)(?:吗|么|嘛)/g,
    ends: 'clause',
    politeBefore: new RegExp(`${POLITE.source}|觉得|认为|感觉|会不会`),
    cite: S001,
  },
  {
    // 你电话太吵我怎么听: the agent's failure put on the customer, as a question. 我怎么称呼您 asks.
    name: '我怎么听(得见)',
    pattern: /我怎么(?:听得(?:清楚|见|清|到)|看得(?:清楚|见|清|到)|听)(?:啊|呀|呢)?/g,
    ends: 'clause',
    politeBefore: POLITE,
    cite: S001_NO_BLAME,
  },
  // Reproaches built from grammar (怎么又填错了, 你懂还是我懂, 那我该怎么办): reproach-questions.ts.
  ...REPROACH_QUESTIONS,
];

export function rhetoricalQuestions(ctx: RuleContext): ConstructionMatch[] {
  return findConstructions(ctx.doc, ctx.view, RHETORICAL_QUESTIONS);
}
