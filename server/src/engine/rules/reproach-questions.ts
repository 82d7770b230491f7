import type { Construction } from './construction';

/**
 * 质问 and 反问 built from grammar rather than from phrases: a question about the customer's own act,
 * asked when the speaker already holds the answer against them (怎么又填错了, 为什么不早点说), a
 * choice that sets the customer against the agent (你懂还是我懂), a question that makes the customer
 * take the agent's place (要是你是医生,你愿意被这样对待吗), and the agent's helplessness thrown back
 * (那我该怎么办). Read on the view, where 您 is 你 and the marks are gone.
 */

const S001 = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心座席員語言規範標準 第3條 (嚴禁使用反問、質問的口氣)' };
const S001_NO_BLAME = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心服務態度標準 2 (對客戶不懂的地方不教訓、不責備)' };

/** Before the question in its sentence: an agent who asks politely, not one who reproaches. */
const POLITE = /请问|麻烦|是否|能否|可否|方便|想确认|确认一下|核实一下|你看/;

/**
 * The customer's acts a reproach names: a slip (填错, 忘, 丢), coming or calling again, and not
 * understanding or not doing what was asked (还不懂, 又不排队). Not the customer's state (又不舒服,
 * 还没收到): those are asked out of concern or to check a fact.
 */
const CUSTOMER_SLIP =
  '(?:把[\\u4e00-\\u9fff]{1,4})?(?:忘|弄错|搞错|弄丢|丢|填错|写错|输错|拿错|按错|走错|迟到|来晚|插队|来了|跑来|打来|打过来|打电话来|不(?:懂|明白|会|清楚|知道|记得|听|看|带|交|排队|配合))';

export const REPROACH_QUESTIONS: readonly Construction[] = [
  {
    // 你怎么又填错了, 讲了三遍怎么还(是)不明白: the customer's slip, asked about as a reproach. 我们怎么又
    // 弄错了 owns the agent's fault (我 in the clause), and 您怎么又不舒服了 asks out of concern.
    name: '怎么又/还 + the customer’s slip',
    pattern: new RegExp(`怎么(?:又|老是|总是|还是|老|总|还)${CUSTOMER_SLIP}`, 'g'),
    politeBefore: POLITE,
    clauseBefore: /我/,
    cite: S001_NO_BLAME,
  },
  {
    // 怎么不早点讲, 为什么不提前打电话: what the customer should have done sooner. 我们怎么没早点通知您
    // owns the fault; 请问… asks.
    name: '怎么不早点/提前……',
    pattern: /(?:怎么|为什么|为啥|干嘛|干吗|咋)(?:不|没)(?:有)?(?:早|提前|事先)(?:点|些|一点|一些)?(?:说|讲|来|问|告诉|通知|联系|打电话|处理|办|预约|准备|看)/g,
    politeBefore: POLITE,
    clauseBefore: /我/,
    cite: S001,
  },
  {
    // 别人都按时交了,为什么就你不交: the customer held against others. 别人都说好用,您为什么不试试呢
    // invites (试, 考虑, 体验 after it).
    name: '别人都……,为什么就你不',
    pattern: /(?:人家|别人|其他人|大家|别的客户)都[\u4e00-\u9fff]{0,10}(?:为什么|为啥|怎么|咋)(?:就)?你(?:们)?(?:就)?(?:不|没)/g,
    notBefore: /^(?:有)?(?:试|考虑|体验|尝试|了解)/,
    cite: S001,
  },
  {
    // 你懂还是我懂, 你是医生还是我是医生: a choice that sets the customer against the agent, the same
    // word on both sides. 您先说还是我先说 offers the turn.
    name: '你X还是我X',
    pattern: /你(是)?([\u4e00-\u9fff]{1,4}?)还是我\1\2/g,
    notIn: /先/,
    cite: S001,
  },
  {
    // 你是来看病还是来撒野: a choice whose other side is an accusation. 是来办业务还是来咨询 asks.
    name: '……还是来闹事',
    pattern: /还是(?:来|想|要|故意)?(?:闹事|找事|找茬|找碴|捣乱|撒野|吵架|添乱|搞事|耍赖|碰瓷|找麻烦|找骂)/g,
    cite: S001,
  },
  {
    // 听懂了吧?, 您明白了吗?: understanding asked of the customer, as if the fault were theirs (the
    // standards' own check is 我说清楚了吗, with 我 in the clause). 还有不明白的吗 offers more help.
    name: '(你)听懂了吗',
    pattern: /(?<![不没么])(?:你)?(?:听|看)?(?:懂|明白)(?:了)?(?:吗|么|吧|没有|没)(?:啊|呀)?/g,
    ends: 'sentence',
    politeBefore: POLITE,
    clauseBefore: /我|什么|哪|还有/,
    cite: S001_NO_BLAME,
  },
  {
    // 这是上级的规定,我有什么办法: the agent's helplessness thrown back. 我们有什么办法可以帮您 goes on.
    name: '我有什么办法',
    pattern: /我(?:们)?(?:能|又能|还能)?有什么办法(?:呢|啊|呀)?/g,
    ends: 'clause',
    politeBefore: POLITE,
    cite: S001,
  },
  {
    // 谁逼你办卡了?: the customer's grievance denied as a question. 是谁骗了您 asks who did it (是).
    name: '谁逼你……了',
    pattern: /(?<!是)谁[\u4e00-\u9fff]{0,2}?(?:强迫|强制|逼|求|拦|骗|欠|惹|招|得罪|拉着|押着)(?:了)?你(?:们)?[\u4e00-\u9fff]{0,4}?了(?:吗|么)?/g,
    ends: 'sentence',
    politeBefore: POLITE,
    cite: S001,
  },
  {
    // 已经给你换了新的,还要怎么处理?: what was done held up, and the customer's wish called too much.
    name: '都……了,还要怎么样',
    pattern: /(?:都|也|已经)[\u4e00-\u9fff]{1,12}了[\u4e00-\u9fff]{0,4}?还(?:要|想)(?:我们|我)?怎么(?:样|着|解决|处理|办|赔)/g,
    ends: 'sentence',
    politeBefore: POLITE,
    cite: S001,
  },
  {
    // 你是谁啊?, 你算老几: the customer's standing challenged. 请问您是哪位 asks.
    name: '你是谁啊 / 你算老几',
    pattern: /你(?:以为你|以为自己)?(?:算|是)(?:老几|什么东西|谁)(?:呀|啊)?/g,
    ends: 'sentence',
    politeBefore: POLITE,
    cite: S001,
  },
  {
    // 那我该怎么办?: the agent's task handed back to the customer as a retort. 请问我该怎么帮您 asks.
    name: '那我该怎么办',
    pattern: /我(?:们)?(?:该|应该|要|能)怎么(?:做|办)(?:呢|啊|呀)?/g,
    ends: 'sentence',
    politeBefore: POLITE,
    cite: S001,
  },
  {
    // 要是你是医生,你愿意被这样对待吗: the customer made to take the agent's place, as a retort.
    name: '要是你是……,你愿意这样吗',
    pattern:
      /(?:如果|要是|假如|换(?:成|做|作)?)(?:今天)?你是[\u4e00-\u9fff]{1,30}?你(?:会)?(?:希望|愿意|想|乐意|高兴|喜欢|受得了|能接受)[\u4e00-\u9fff]{0,12}?(?:这样|这种|那样)[\u4e00-\u9fff]{0,6}?(?:吗|么)/g,
    ends: 'sentence',
    cite: S001,
  },
  {
    // 你的眼睛呢?, 耳朵干什么用的: the customer's senses mocked for missing what was shown or said.
    name: '眼睛呢 / 耳朵干什么用的',
    pattern: /(?:眼睛|耳朵|脑子|眼)(?:呢|呐|哪去了|长哪|干什么用的|干嘛用的|是干什么的|怎么(?:不看|不听|没看|没听|长))/g,
    clauseBefore: /我/,
    cite: S001_NO_BLAME,
  },
  {
    // 怎么才来, 你怎么迟到了: lateness held against the customer. 您怎么来了 asks (才 or a word of
    // lateness is needed); 我们怎么来晚了 owns it.
    name: '怎么迟到/才来',
    pattern: /怎么(?:又|老是|总是|还|这么晚)?(?:迟到|来晚|晚到|才来|才到)/g,
    politeBefore: POLITE,
    clauseBefore: /我/,
    cite: S001,
  },
  {
    // 你怎么开车的啊?, 小孩怎么带的啦: the customer's way of doing it as a reproach (怎么 + an act + 的,
    // ending the clause). 您是怎么知道我们的 asks how (是 before 怎么).
    name: '怎么带的啦',
    pattern: /(?<!是)怎么(?:带|管|看|教|开|骑|走|搞|弄|做|写|填|停|放|拿|用|保管)的(?:啦|啊|呀|嘛)?/g,
    ends: 'clause',
    politeBefore: POLITE,
    clauseBefore: /我/,
    cite: S001_NO_BLAME,
  },
  {
    // 出了问题是谁要负责?, 这钱谁来出?: who answers for it, asked of the customer who must. 请问…
    // asks, and 是谁负责的 asks who did (的 after it: the sentence goes on).
    name: '谁要负责?',
    pattern: /谁(?:要|来|给你|替你)?(?:负责|负这个责|负得起|赔|承担|买单|出钱|付钱|掏钱|办)(?:啊|呀)?/g,
    ends: 'sentence',
    asks: true,
    politeBefore: POLITE,
    cite: S001,
  },
  {
    // 是哪里看不懂?: the customer's reading called the fault, as a question. 请问您哪里不明白 asks, and
    // 您还有哪里不明白的吗 offers (no 是, or more after it).
    name: '是哪里看不懂',
    pattern: /是(?:哪里|哪儿|哪个字|哪句话?|什么地方)(?:看|听)?不(?:懂|明白)/g,
    ends: 'sentence',
    politeBefore: POLITE,
    cite: S001_NO_BLAME,
  },
  {
    // 你让我给你剥?: the customer's request echoed back in disbelief (no 吗, no offer). 您要我帮您查一下
    // 吗 checks, and is not matched.
    name: '你让我给你……?',
    pattern: /你(?:让|叫|要)我(?:给|帮|替)你[\u4e00-\u9fff]{1,4}/g,
    ends: 'sentence',
    asks: true,
    notIn: /吗|么|呢|好|可以|请|需要/,
    cite: S001,
  },
  {
    // 你以为你在吃日料?, 你以为这是哪里?: the customer's expectation mocked. 您以为是明天吗 checks a
    // misunderstanding (not 你以为你/自己/这里).
    name: '你以为你……?',
    pattern: /你以为(?:你|自己|这里|这儿|这)(?:是|在)[\u4e00-\u9fff]{1,8}/g,
    ends: 'sentence',
    asks: true,
    politeBefore: POLITE,
    cite: S001,
  },
  {
    // 我会不理解吗?, 我能不知道吗?: the agent's own competence asserted by a question that denies its
    // opposite, at the customer. 我们会不会收费 asks (会不会, no 吗).
    name: '我会不知道吗',
    pattern: /我(?:们)?(?:会|能|还会|还能|难道会)不(?:理解|知道|懂|明白|清楚|会)[^吗么]{0,8}(?:吗|么)/g,
    ends: 'sentence',
    oneClause: true,
    cite: S001,
  },
  {
    // 你知道我是谁吗?, 你知道我有几间房子吗: a boast or threat put as a question. 您知道我们营业厅在哪里
    // 吗 asks the way (哪, 怎么).
    name: '你知道我是谁吗',
    pattern: /你知道我(?:是谁|们?(?:在|有)[\u4e00-\u9fff]{0,10})(?:吗|么)/g,
    notIn: /哪|怎么/,
    politeBefore: POLITE,
    cite: S001,
  },
  {
    // 怎么着?: a challenge as a sentence of its own. 您看怎么着合适 asks (你看, and the sentence goes on).
    name: '怎么着?',
    pattern: /怎么着(?:啊|呀)?/g,
    opens: 'clause',
    ends: 'sentence',
    politeBefore: POLITE,
    cite: S001,
  },
  {
    // 应该不为过吧?, 不过分吧?: the agent's act defended with a tag the customer is to agree with.
    name: '不为过吧',
    pattern: /(?:应该|总)?不(?:为过|过分)吧/g,
    ends: 'sentence',
    politeBefore: POLITE,
    cite: S001,
  },
];
