import type { RuleContext } from '../rule';
import { findConstructions, type Construction, type ConstructionMatch } from './construction';

/**
 * Insults: words that belittle the customer's mind, manners or luck (您有病吧, 听不懂人话,
 * 您出门忘吃药了吧, 活该被骗). No list holds every one, but they come in a few word families, each
 * matched with its guards. Reported by taboo-phrase: the seeds forbid mocking the customer outright.
 */

const S001_NO_MOCKING = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心服務態度標準 5 (尊重客戶，嚴禁譏笑客戶)' };
const S002_TONE = { seed: '002_5ab7d194a3b83629.txt', section: '3.3 客户端服务语言规范 2.服务禁用语气举例 (愤怒语气、讽刺语气)' };
const S001_NO_BLAME = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心服務態度標準 2 (對客戶不懂的地方不教訓、不責備)' };

export const INSULTS: readonly Construction[] = [
  {
    // 您有病吧, 你是不是有毛病; 被保险人是否有病史 asks about health.
    name: '有病 / 有毛病',
    pattern: /你(?:是不是|是)?有(?:病|毛病)|有(?:病|毛病)(?:吧|啊|呀)/g,
    cite: S002_TONE,
  },
  {
    // 神经病, 脑子进水了, 没脑子, 脑残; 神经病学 and 神经病理 name a medical field.
    name: '神经病 / 脑子……',
    pattern: /神经病|脑子(?:有病|有问题|进水|坏了|坏掉|不好使|不够用|秀逗)|没(?:长)?脑子|脑残/g,
    notBefore: /^(?:学|理|科|专科|医院|门诊)/,
    cite: S001_NO_MOCKING,
  },
  {
    // 您出门忘吃药了吧, 吃错药了: a customer who complains is called mad.
    name: '忘吃药 / 吃错药',
    pattern: /(?:忘|忘了|没)吃药了?(?:吧|啊|呀|吗|么)|吃错药/g,
    cite: S001_NO_MOCKING,
  },
  {
    // 您牙长齐了么: the customer is called a child.
    name: '牙长齐了么',
    pattern: /牙(?:都|还)?(?:没)?长齐/g,
    cite: S001_NO_MOCKING,
  },
  {
    // 听不懂人话, 说人话, 智商低, 白痴: the customer's mind, belittled.
    name: '听不懂人话 / 智商……',
    pattern: /(?:听|看)?不懂人话|说人话|智商(?:低|不够|有问题|欠费|堪忧|捉急|为零)|低智商|弱智|白痴|笨蛋|蠢货|傻子|傻瓜|文盲|没文化/g,
    cite: S001_NO_BLAME,
  },
  {
    // 不会用就别用, 这都不会: the customer's skill, belittled. 这个都不会影响您的使用 reassures (the
    // match must end its clause), 这个也不会 answers 会扣费吗, and 如果不会用,可以看说明书 helps.
    name: '不会用就别用 / 这都不会',
    pattern: /不会(?:用|弄|操作|看|写|填)就别(?:用|弄|操作|买|办|来|填)(?:了)?|(?:这|这个|这点|这么简单的?)(?:你)?都不会(?:吗|啊|呀|吧|呢)?/g,
    ends: 'clause',
    cite: S001_NO_BLAME,
  },
  {
    // 你这人真笨, 你的记性真差: the customer called slow or forgetful. 这个箱子太笨重了 is about a
    // thing (the match needs 你 right before the adverb).
    name: '你真笨 / 记性真差',
    pattern: /你(?:这人|这个人)?(?:真|太|好|怎么这么|咋这么|也太)(?:笨|蠢|傻)(?!重|拙)|你(?:的)?(?:记性|脑子|脑袋)(?:真|太|怎么这么|咋这么|也太)(?:差|坏|笨)/g,
    cite: S001_NO_BLAME,
  },
  {
    // 活该被骗, 算你活该: the customer's loss, gloated over.
    name: '傻X / X你老X',
    // Swearing with its letters masked, as a report prints it (傻X, X你老X): the masking hides the word, not the insult.
    pattern: /傻[xX×*]|[xX×*]你老[xX×*母]|[xX×*]你(?:妈|娘)[xX×*]/g,
    cite: S001_NO_MOCKING,
  },
  {
    name: '活该',
    pattern: /活该/g,
    cite: S001_NO_MOCKING,
  },
  {
    // 穷鬼, 穷到付不起, 买不起就别买: the customer's means, mocked. 如果您觉得价格不合适,可以… offers;
    // 付不起 alone (我们也付不起这个成本) is about the company, and needs the 穷 or the 就别.
    name: '穷鬼 / 买不起就别买',
    pattern: /穷(?:鬼|光蛋|酸|逼)|穷(?:到|得)[\u4e00-\u9fff]{0,4}?(?:付|买|交|用)不起|(?:付|买|交|用)不起(?:就)?(?:别|不要)(?:买|来|用|办|要)|没钱(?:就)?(?:别|不要)(?:买|来|用|办|要)/g,
    cite: S001_NO_MOCKING,
  },
  {
    // 人在做天在看, 会遭报应的, 缺德, 不要脸: the customer's morals condemned, a curse in all but name.
    name: '人在做天在看 / 遭报应',
    pattern: /人在做天在看|(?:遭|有)报应|不得好死|缺德|没良心|不要脸|没素质/g,
    cite: S001_NO_MOCKING,
  },
];

export function insults(ctx: RuleContext): ConstructionMatch[] {
  return findConstructions(ctx.doc, ctx.view, INSULTS);
}
