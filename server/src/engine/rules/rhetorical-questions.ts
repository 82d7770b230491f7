import type { RuleContext } from '../rule';
import { findConstructions, type Construction, type ConstructionMatch } from './construction';

/**
 * 反问 without a marker word: a question that tells the customer they should have known. Read on
 * the view, where 您 is 你 and the question mark is gone, so a question is the 吗 that ends it.
 */

const S001 = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心座席員語言規範標準 第3條 (嚴禁使用反問、質問的口氣)' };
const S001_NO_BLAME = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心服務態度標準 2 (對客戶不懂的地方不教訓、不責備)' };
const S000 = { seed: '000_e626cd326d976e13.txt', section: '五、服务忌语 (二)责问、训斥或反问客户' };

/** Before the question in its sentence: an agent who asks politely (请问您没有收到短信吗?), not one who reproaches. */
const POLITE = /请问|麻烦|是否|能否|可否|方便|想确认|确认一下|核实一下/;

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
    // 您怎么不早说, 您怎么不看短信: the customer asked why they failed to act. 请问您怎么没收到 asks
    // about a fact (收到 is not one of the customer's acts of attention).
    name: '你怎么不/没 + 说/看/听……',
    pattern: /你怎么(?:不|没)(?:有)?(?:早|先|仔细|好好)?(?:说|讲|看|听|问|查|注意|带|拿|记|告诉)/g,
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
    cite: S000,
  },
];

export function rhetoricalQuestions(ctx: RuleContext): ConstructionMatch[] {
  return findConstructions(ctx.doc, ctx.view, RHETORICAL_QUESTIONS);
}
