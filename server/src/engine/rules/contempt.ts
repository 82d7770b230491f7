import type { RuleContext } from '../rule';
import { findConstructions, type Construction, type ConstructionMatch } from './construction';

/**
 * Contempt and sarcasm: the customer's wishes, worth or standing made small (你这是痴心妄想, 你也就
 * 那点能耐, 你以为你是谁), or the agent's own defiance held up to them (我就这样,你能把我咋地). The
 * seeds forbid the sarcastic tone and mocking the customer; these come in a few constructions, each
 * with the polite forms that share its words left out. Reported by taboo-phrase.
 */

const S001_NO_MOCKING = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心服務態度標準 5 (尊重客戶，嚴禁譏笑客戶)' };
const S002_SARCASM = { seed: '002_5ab7d194a3b83629.txt', section: '3.3 客户端服务语言规范 2.服务禁用语气举例 (讽刺语气)' };

export const CONTEMPT: readonly Construction[] = [
  {
    // 痴心妄想, 白日做梦, 想得美, 门都没有: the customer's request called a fantasy. 想得很周到
    // praises; 做梦 in a question about sleep (晚上做梦吗) has no 吧 or 白日.
    name: '痴心妄想 / 想得美',
    pattern: /痴心妄想|白日做梦|痴人说梦|做(?:你的)?白日梦|(?:你)?(?:在)?做梦(?:去)?吧|别做梦了|(?:你)?想得(?:倒)?美(?!好|观|丽)|异想天开|门都没有|想都别想|不自量力|自不量力/g,
    cite: S001_NO_MOCKING,
  },
  {
    // 你要想蒙混过关,那是不可能的事: the customer's aim declared hopeless. 这个功能暂时无法实现 has
    // no 你想 before it.
    name: '你想…那是不可能的事',
    pattern: /你(?:们)?(?:要|要是|还)?想[\u4e00-\u9fff\d]{1,20}?(?:那|这)?(?:是)?(?:根本)?不可能的事/g,
    cite: S001_NO_MOCKING,
  },
  {
    // 你也就那么点能耐, 就你这水平, 没出息: the customer's ability made small. 我们尽最大能力 is
    // the agent's own.
    name: '你也就那点能耐',
    pattern: /(?:你(?:也)?就|就你)(?:那|这)?(?:么)?(?:点儿?)?(?:能耐|本事|水平|出息|见识|智商)|没出息/g,
    cite: S001_NO_MOCKING,
  },
  {
    // 我还把你当神敬呀, 你以为你是谁, 你算老几: the customer's standing mocked. 我们把客户当作家人
    // serves (no 还 before it, and no rank mocked).
    name: '还把你当神 / 你以为你是谁 / 你也配',
    // 你也配, 你不配: the customer called unworthy. 如果您不配合 and 为您配送 go on past 配.
    pattern:
      /你(?:也|还|哪里|哪儿|根本不|不)配(?:吗|啊|呀|吧|得上)?(?!合|送|置|件|对|套|钥|备|额|货|药|偶|眼)|还(?:要|得)?把你(?:们)?当(?:成|作)?(?:神|祖宗|大爷|皇帝|上帝|老佛爷|菩萨|太上皇|公主|少爷|爷|领导)|你(?:以为|当|真当|还以为|觉得)(?:你|自己)(?:是|算)(?:谁|老几|什么东西|皇帝|上帝|大爷|领导)|你算(?:老几|什么东西|哪根葱)|你是哪根葱|你(?:以为|当)这(?:里|儿)?是你家/g,
    cite: S002_SARCASM,
  },
  {
    // 你今天是闲着没事了, 闲得慌: the customer's call or visit called idleness. 您闲着的时候可以来
    // 店里看看 invites, and goes on past 闲着. (著 and 閒, as traditional scripts write them, are variants the view keeps.)
    name: '闲着没事了',
    pattern: /你[\u4e00-\u9fff]{0,3}?[闲閒](?:着|著|得)(?:没事(?:干|做)?(?:了|吧|呀|啊|是吧|吗)+|慌|发慌|蛋疼|无聊)(?:了|吧|呀|啊|吗)*/g,
    ends: 'sentence',
    cite: S002_SARCASM,
  },
  {
    // 你能把我咋地, 就罚你了,怎么着: the agent's defiance thrown at the customer (你能把我怎么样/怎么着
    // are interrogative-tone's rhetorical questions). 我帮您看看怎么了
    // asks after a fault, and so may 我就想问问您怎么了 (怎么了 counts only after 我就这样). 你能把我怎么样
    // is interrogative-tone's rhetorical question; the defiance before it (我就是这样的) is this one's.
    name: '你能把我咋地 / 怎么着',
    pattern:
      /(?:你)?(?:能|又能|还能|敢)(?:把|拿)我(?:咋地|咋的|咋样|咋办|如何)|我就(?:这样|这样子|这态度|这个态度|这么说|这么办|这么做)(?:了)?(?:怎么着|咋地|咋的|咋了|怎么了|又怎样|又怎么样|怎么的)|就[\u4e00-\u9fff]{1,4}你了?(?:怎么着|咋地|咋的|又怎样|又怎么样)|就(?:骂|说|凶|吼|罚)你了(?:怎么了|咋了)/g,
    ends: 'sentence',
    cite: S002_SARCASM,
  },
  {
    // 我就是这样的,你能把我怎么样: the defiance that opens the dare; the dare itself is left to the
    // rule that reads rhetorical questions. 我就是这样想的 explains, and no dare follows it.
    name: '我就是这样的(,你能把我…)',
    pattern: /我就(?:是)?这(?:样|样子|么个人)(?:的)?(?=你?(?:能|又能|还能|敢|可以)(?:把|拿)我(?:怎么样|怎样|怎么办|怎么着))/g,
    cite: S002_SARCASM,
  },
  {
    // 看你那德行, 就你事多, 装什么装, 好大的架子, 真有你的, 至于吗, 有什么大不了的: the customer's
    // manner or complaint made light of. 看您这样子应该是感冒了 reads a symptom (样子 is left out);
    // 没什么大不了的 reassures (有, not 没).
    name: '看你那德行 / 至于吗',
    pattern:
      /(?:看|瞧)(?:你|把你)(?:那|这)(?:个|副)?(?:德行|熊样|出息|怂样|穷样)|你(?:那|这)(?:个|副)?(?:德行|熊样|怂样|穷样)|就你事(?:儿)?(?:多|最多)|你事(?:儿)?(?:真|太|怎么这么|咋这么)多|事儿妈|装什么装|装(?:什么)?(?:蒜|糊涂|可怜)|好大的(?:架子|口气|官威)|真有你的|至于(?:吗|嘛|么)|有什么大不了/g,
    cite: S002_SARCASM,
  },
  {
    // 你这样的游客,我们是不欢迎的: the customer told they are unwanted. 像您这样的老客户,我们会优先
    // 安排 praises, and has no 不欢迎.
    name: '你这样的…不欢迎',
    pattern: /你(?:们)?这(?:样|种|号)的?[\u4e00-\u9fff]{0,4}?(?:我们)?(?:是)?不(?:欢迎|接待|伺候|稀罕)/g,
    cite: S001_NO_MOCKING,
  },
  {
    // 随便你们买不买, 爱买不买, 你爱收就收,不收就算了: the customer's choice met with indifference (the
    // seeds' 这是你的自由). 买不买都可以,您慢慢看 leaves the choice with care, and has none of these.
    name: '爱收就收,不收就算了',
    pattern: /(?:随便|随)你(?:们)?([\u4e00-\u9fff])不\1|爱([\u4e00-\u9fff])(?:不\2|就\2(?:不\2)?(?:就)?(?:算了|拉倒))/g,
    cite: S002_SARCASM,
  },
  {
    // 我可看不起考两次的, 我最瞧不起…: the agent's contempt said outright. 我们不是看不起您 and 我没
    // 看不起您 deny it (a 不, 没 or 并 between 我 and the verb); 别人看不起 has no 我.
    name: '我看不起……',
    pattern: /(?:我|我们)(?:可|就|最|是|真|都|向来|一向|从来|本来|才)?(?:看不起|瞧不起|看不上|瞧不上)(?!眼睛)/g,
    cite: S001_NO_MOCKING,
  },
  {
    // 没有你,我照样有饭吃; 别以为自己很了不起: the customer told they do not matter. 没有您的支持,我们
    // 走不到今天 thanks (的 after 你), and 您很了不起 praises (no 以为).
    name: '没有你我照样… / 别以为你了不起',
    pattern:
      /没有你(?:们)?(?:我|我们)?(?:照样|照常|一样|也照样|也一样)|(?:别|不要|甭)(?:以为|觉得)(?:你|自己|你自己)(?:很|有多|多|就)?(?:了不起|厉害|有理|有钱|是谁|是上帝)|你(?:以为|觉得)(?:你|自己)(?:很|有多)(?:了不起|厉害)/g,
    cite: S001_NO_MOCKING,
  },
  {
    // 舍不得给教练买水,那就在旁边等着; 舍不得花钱就别来: the customer's thrift mocked, with what
    // they get for it. 如果您舍不得删,可以先备份 offers a way (no 就 after it).
    name: '舍不得……就……',
    pattern: /舍不得[\u4e00-\u9fff]{1,10}?(?:那)?(?:就|还)(?:别|在|去|等|自己|走|回|不要)/g,
    cite: S002_SARCASM,
  },
  {
    // 让你上来就蛮好了, 给你办就不错了: the service called a favour the customer should be grateful
    // for. 能为您服务我们很高兴 is glad (no 就…了).
    name: '让你…就不错了',
    pattern: /(?:让|给|帮|替)你(?:们)?[\u4e00-\u9fff]{1,6}?就(?:已经)?(?:蛮好|很好|不错|算好|算不错|够意思|谢天谢地)(?:的)?了/g,
    cite: S001_NO_MOCKING,
  },
  {
    // 你们在群里面也是多余的: the customer told they are not needed. 您这份复印件是多余的,不用交
    // speaks of a copy (only 你, 你们 or 你们在… before 是多余的).
    name: '你们是多余的',
    pattern: /你(?:们)?(?:在[\u4e00-\u9fff]{1,6}?)?(?:也|都|就|简直)?是多余的/g,
    cite: S001_NO_MOCKING,
  },
  {
    // 是全班最差的, 你是我见过最难缠的: the customer ranked last. 您是我见过最有耐心的客户 praises (the
    // ranking words are listed).
    name: '全班最差的 / 我见过最…的',
    pattern: /(?:全班|全组|全场|所有人里|所有人中)最(?:差|笨|烂|蠢|慢|懒)的|你是我见过(?:的)?最(?:差|笨|烂|蠢|难缠|麻烦|不讲理|事多)的/g,
    cite: S001_NO_MOCKING,
  },
  {
    // 这种小事也来投诉, 这点小事至于打电话吗: the complaint made small. 这点小事我们马上帮您处理 takes it on
    // (no 也/都/还 + coming or complaining, no 至于).
    name: '这种小事也来投诉',
    pattern: /(?:这种|这点|这么点|这么小的)(?:小)?(?:事|问题|钱)(?:儿|情)?(?:也|都|还)(?:要)?(?:来|值得|打电话|投诉|找我|闹)|(?:这种|这点|这么点)(?:小)?(?:事|问题)(?:儿|情)?(?:至于|值得)/g,
    cite: S001_NO_MOCKING,
  },
  {
    // 不想等就走, 不想排队就别来, 嫌贵别买, 嫌慢你自己送: the customer's complaint answered with a way
    // out. 不想等的话可以先登记,我们电话通知您 offers a way (可以, 帮你, 为你 or 请 in the sentence).
    name: '不想等就走 / 嫌贵别买',
    pattern: /(?:不想|不愿意|不愿|嫌)[\u4e00-\u9fff]{1,4}?(?:的话)?(?:就|你就|你)?(?:别(?:来|买|办|等|用|要|排|坐)|走人|走|自己(?:送|去|弄|买|办|修))(?:吧|了)?/g,
    ends: 'clause',
    notIn: /可以|帮你|为你|给你|请|我们会|建议/,
    cite: S002_SARCASM,
  },
  {
    // 关我什么事, 关我屁事: the customer's trouble dismissed with scorn. 这不关您的事,是我们的失误 clears
    // the customer (不关你的事).
    name: '关我什么事',
    pattern: /(?:关|干)(?:我|我们)(?:什么|啥|屁|鸟)事/g,
    cite: S002_SARCASM,
  },
  {
    // 爱去哪儿去哪儿, 爱告哪告哪: the customer sent anywhere. (爱找谁找谁 is the lexicon's.)
    name: '爱去哪儿去哪儿',
    pattern: /爱(去|告|投诉|打)(哪儿|哪里|哪)(?:就)?\1\2/g,
    cite: S002_SARCASM,
  },
  {
    // 你这要求太过分了, 您的说法也太可笑了: the customer's request or words judged. 您的要求一点也不过分
    // clears them (no 太/真 before the judgement).
    name: '你这要求太过分了',
    pattern: /你(?:的|这|这个|这种)(?:个|种)?(?:要求|说法|想法|理由|逻辑|问题)(?:也|就)?(?:太|真|实在|未免太|有点)(?:过分|离谱|奇怪|可笑|无理|荒唐|幼稚|无聊|多余)/g,
    cite: S001_NO_MOCKING,
  },
  {
    // 你想干什么?, 那你想干嘛?: the customer challenged for wanting anything (你想怎么样, 你还想怎么样 and
    // 到底想怎样 are interrogative-tone's). 您想干什么工作? goes on to the matter.
    name: '你想干什么',
    pattern: /(?:那|那么)?你想(?:要)?(?:干什么|干嘛|咋地)(?:呢|啊|呀)?/g,
    ends: 'clause',
    cite: S002_SARCASM,
  },
  {
    // 您能不能讲点道理, 你这人讲不讲道理: the customer told they are unreasonable. 我们跟您讲讲道理 is
    // the agent's own (no 你 before it).
    name: '你讲不讲道理',
    pattern: /你(?:这人|这个人)?(?:能不能|能否|可不可以|会不会|还|也)?(?:讲(?:点|点儿|一点)道理|讲不讲(?:点)?道理|不讲(?:道)?理)/g,
    cite: S001_NO_MOCKING,
  },
];

export function contempt(ctx: RuleContext): ConstructionMatch[] {
  return findConstructions(ctx.doc, ctx.view, CONTEMPT);
}
