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
    // 你妈…, 你祖宗, 你八辈子, 你全家死…: the customer's family dragged into abuse. 您妈妈的电话是多少,
    // 您妈在家吗, 您母亲 and 为您全家提供保障 name them.
    name: '你妈… / 你祖宗',
    pattern: /你(?:妈|娘)(?![妈亲家咪在])|你(?:祖宗|八辈子?|十八代)|你全家(?:都)?(?:死|不得好死|倒霉)/g,
    cite: S001_NO_MOCKING,
  },
  {
    // 您有病吧, 你是不是有毛病; 被保险人是否有病史 asks about health.
    name: '有病 / 有毛病',
    pattern: /你(?:是不是|是)?有(?:病|毛病)|有(?:病|毛病)(?:吧|啊|呀)/g,
    cite: S002_TONE,
  },
  {
    // 神经病, 脑子进水了, 没脑子, 脑残, 缺心眼, 你疯了; 神经病学 and 神经病理 name a medical field.
    name: '神经病 / 脑子……',
    pattern: /神经病|脑子(?:是不是|是)?(?:有病|有问题|进水|坏了|坏掉|不好使|不够用|秀逗)|没(?:长)?脑子|脑残|缺心眼|(?:少|缺)根筋|(?:脑袋|脑子)被(?:门|驴)(?:夹|踢)|你(?:是)?疯了|疯子|疯婆子/g,
    notBefore: /^(?:学|理|科|专科|医院|门诊)/,
    cite: S001_NO_MOCKING,
  },
  {
    // 您出门忘吃药了吧, 吃错药了: a customer who complains is called mad.
    name: '忘吃药 / 吃错药',
    // 药吃多了: the same, said of too much medicine (是不是医生给你开的药吃多了).
    pattern: /(?:忘|忘了|没)吃药了?(?:吧|啊|呀|吗|么)|吃错药|药吃多了/g,
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
    // 你会不会说话, 原来会讲话哟, 你认不认字: the customer's speech or reading doubted or mocked.
    // 您会说普通话吗 asks (a language follows), and so does 如果您不会说话,可以按键 (a condition).
    name: '会不会说话 / 原来会讲话',
    pattern: /(?:原来|终于|总算)(?:你)?(?:还)?会(?:讲话|说话|开口)|你(?:到底)?(?:会不会|不会)(?:讲话|说话)|你(?:到底)?(?:识不识字|认不认字|不认字)/g,
    clauseBefore: /如果|要是|假如|若/,
    notBefore: /^(?:也)?(?:没关系|不要紧|的话|可以)/,
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
    // 怎么这么笨, 为什么这么没用, 不能用用脑子吗, 不长脑子, 无可救药: a learner's or customer's mind
    // scolded with no 你 before it. 怎么这么笨重 is about a thing; 大家动动脑筋想一想 invites (no
    // 你, 不能 or 能不能 before the 脑子).
    name: '怎么这么笨 / 用用脑子',
    pattern:
      /(?:怎么|咋|为什么|为啥)(?:这么|那么|就这么|就那么)(?:笨|蠢|傻|没用|没出息|不开窍|不长进|不中用)(?!重|拙)|(?:你|不能|就不能|能不能|不会|倒是)(?:多)?(?:用用|动动|用点|长点|带点|带着|用一下|动一下)(?:脑子|脑袋|脑筋)|不(?:动|用|长|带)(?:脑子|脑筋)(?!急转弯)|(?:无|不)可救药|朽木不可雕/g,
    cite: S001_NO_BLAME,
  },
  {
    // 店里有人嘴很臭, 你嘴真臭: the customer's breath mocked. 口臭可能是牙周病引起的 is a symptom (嘴,
    // with 有人 or 你 before it).
    name: '有人嘴很臭',
    pattern: /(?:有人|你)(?:的)?嘴(?:巴)?(?:很|太|好|真|那么|这么)?臭/g,
    cite: S001_NO_MOCKING,
  },
  {
    // 你是不是傻, 都这么大人了还不会: the customer called foolish, or too old not to know. 这么大年纪
    // 了还这么精神 praises (the verbs after 还 are of not knowing).
    name: '你是不是傻 / 这么大人了还不会',
    pattern: /你(?:是不是|是)(?:傻|蠢|笨|脑残)(?!瓜|眼)(?:了|啊|呀|吗)?|(?:都|这么|那么)大(?:的)?(?:人|年纪|岁数|个人)了(?:还|都)(?:不会|不懂|不知道|不明白|搞不清|弄不清)/g,
    cite: S001_NO_BLAME,
  },
  {
    // 你有没有一点素质, 你家里人没教过你吗, 你这是在威胁我吗: the customer's upbringing or intent
    // attacked. 请大家讲公德 is a notice (no 有没有); 没教过您怎么操作吗 has no 家里人/父母.
    name: '有没有素质 / 家里没教过你 / 你是在威胁我',
    pattern: /有没有(?:一点|点)?(?:素质|教养|礼貌|家教)|(?:家里人|你爸妈|你父母|父母|家长|你家里)没教(?:过)?你|你(?:这是|是)(?:在)?(?:威胁|恐吓|要挟)(?:我|我们)/g,
    cite: S001_NO_MOCKING,
  },
  {
    // 补偿您1000元冥币: money for the dead offered to the customer. 请勿焚烧冥币 is a notice (no 你).
    name: '冥币',
    pattern: /(?:补偿|赔|赔偿|给|送|退)你(?:们)?[\u4e00-\u9fff\d]{0,8}?(?:冥币|纸钱|冥钞)/g,
    cite: S001_NO_MOCKING,
  },
  {
    // 急着用是去救火吗, 地址是想玩捉迷藏啊: the customer's haste or error mocked as a game or an
    // emergency. 消防员去救火 is about a fire (the match asks, 是…吗/啊).
    name: '是去救火吗 / 玩捉迷藏',
    pattern: /是(?:要|赶着|急着)?去(?:救火|投胎|奔丧|抢钱)(?:吗|么|啊|呀|呢)|(?:想|要|在)?(?:跟我们|和我们)?玩捉迷藏/g,
    cite: S001_NO_MOCKING,
  },
  {
    // 您这个价格确实很特别呢, 您这个说法很有创意呢: the customer's own words or wishes praised in
    // mockery. 您这个建议很有创意,我们会反馈 thanks (建议 and 想法 are left out, and the match ends its sentence with 呢).
    name: '您这个说法很有创意呢',
    pattern: /你这(?:个)?(?:说法|价格|要求|地址|理由|操作|逻辑|算法|脑洞)(?:可|还)?(?:确实|真的|实在)?(?:真|很|挺|蛮)?(?:是)?(?:特别|有创意|新鲜|有意思|别致|奇葩|独特|厉害)(?:呢|啊|哦)/g,
    ends: 'sentence',
    cite: S001_NO_MOCKING,
  },
  {
    // 活该被骗, 算你活该: the customer's loss, gloated over.
    name: '傻X / X你老X',
    // Swearing with its letters masked, as a report prints it (傻X, X你老X): the masking hides the word, not the insult.
    // 他妈的 said to the customer: 他妈妈 is someone's mother.
    pattern: /傻[xX×*]|[xX×*]你老[xX×*母]|[xX×*]你(?:妈|娘)[xX×*]|他妈(?!妈)的?/g,
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
    // Any spending verb and the customer sent off or told to stay away: 花不起就下车, 买不起就别拍,
    // 没有钱就不要出来. 买不起的话我们有分期 offers; 没钱也不要着急 comforts; 没钱不要借网贷 advises
    // (no 就, and 借 is not a going or a buying).
    pattern:
      /穷(?:鬼|光蛋|酸|逼)|穷(?:到|得)[\u4e00-\u9fff]{0,4}?(?:付|买|交|用|花)不起|(?:付|买|交|用|花|给|住|玩|吃|消费)不起(?:的话)?(?:就)?(?:更)?(?:(?:别|不要|甭)(?:来|出来|出门|出去|玩|买|拍|坐|上车|进来|逛|看|问|办|住|吃|用|消费|旅游|要)|下车|走人|滚|回家|靠边)|没(?:有)?钱(?:的话)?就(?:更)?(?:(?:别|不要|甭)(?:来|出来|出门|出去|玩|买|拍|坐|上车|进来|逛|看|问|办|住|吃|用|消费|旅游|要)|下车|走人|滚|回家|靠边)/g,
    oneClause: true,
    cite: S001_NO_MOCKING,
  },
  {
    // 人在做天在看, 会遭报应的, 缺德, 不要脸: the customer's morals condemned, a curse in all but name.
    name: '人在做天在看 / 遭报应',
    pattern: /人在做天在看|(?:遭|有)报应|不得好死|缺德|没良心|不要脸|没素质/g,
    cite: S001_NO_MOCKING,
  },
  {
    // 一个大男人,两块钱都给不起, 100块钱都花不起: a small sum the customer is mocked for not paying.
    // 连一块钱都不收 is about the price, and has no 不起.
    name: '两块钱都给不起',
    pattern: /(?:大男人|大老爷们|大姑娘|成年人|大活人)[\u4e00-\u9fff\d]{0,8}?都(?:给|付|买|交|花|拿|出)不起|[\d一两二三四五几十百]+(?:块|元|毛)(?:钱)?都(?:给|付|买|交|花|拿|出|舍)不(?:起|得)/g,
    cite: S001_NO_MOCKING,
  },
  {
    // 瞎了, 你眼睛瞎了吗, 狗眼, 没长眼, 聋了吗, 哑巴了: the customer's senses, mocked. 瞎 in 瞎搞 is a
    // scolding of its own (below); 盲人 and 听力障碍 name a need.
    name: '眼睛瞎了 / 狗眼',
    pattern: /(?:眼睛|眼|你)(?:是)?瞎(?:了|啊|吗|呀|的)|瞎了(?:你的)?(?:狗)?眼|狗眼|没长眼|眼睛长(?:在)?(?:哪|后脑勺)|(?:你|耳朵)(?:是)?聋(?:了|啊|吗|的)|你(?:是)?哑巴/g,
    cite: S001_NO_MOCKING,
  },
  {
    // 滚, 快滚吧, 滚蛋, 给我滚出去: the customer driven off. 滚动, 滚筒, 滚梯, 滚烫 are things, 水滚开了
    // boils, and the word alone must be its whole clause.
    name: '滚 / 滚蛋',
    pattern: /(?:快|给我|赶紧|赶快|你)?滚(?:蛋|出去|远点儿?|远一点|犊子)|(?:快|给我|赶紧|赶快|你)滚开|(?:快|给我|赶紧|赶快|你)滚(?:吧|啊|了)?(?!动|筒|轮|烫|水|梯|珠|雪|床|圆|落|下来|进)/g,
    cite: S001_NO_MOCKING,
  },
  {
    // 滚! said alone: the whole clause.
    name: '滚',
    // 滚下去 said alone is the same; 球滚下去了 has its subject before it.
    pattern: /滚(?:吧|啊|下去|下车|出来)?/g,
    opens: 'clause',
    ends: 'clause',
    cite: S001_NO_MOCKING,
  },
  {
    // 贱人, 去死, 找死, 该死, 王八蛋, 瓜婆娘, 你是小人: abuse. 小人物, 小人书 are words of their own;
    // 废物 is left out: 医疗废物 is waste.
    name: '贱人 / 去死 / 骂人的话',
    pattern:
      /贱(?:人|货|骨头|民)|(?:你)?(?:怎么)?不?(?<![过失回出进上下来])去死(?!亡|角|者|因|刑)|找死(?!角|亡|者)|(?<!应)该死|王八蛋|混蛋|(?<![家牲])畜生(?!产|长|活|殖|存)|狗东西|老不死|泼妇|刁民|乡巴佬|土包子|人渣|窝囊废|猪脑子|你是(?:头)?猪(?:吗|啊|呀|吧)|二百五|傻逼|傻[bB]|土鳖|屌丝|死胖子|丑八怪|狗屁|(?:懂|知道|管|算)个屁|没见过世面|(?:瓜|臭|死|疯)?婆娘|瓜娃子|龟儿子|你(?:是|这个|这种)?(?:个)?小人(?!物|书|国|儿)|(?:像你这样的|你这个)滚蛋/g,
    cite: S001_NO_MOCKING,
  },
  {
    // 我都替你们害臊, 不害臊, 真丢人: the customer shamed.
    name: '替你害臊 / 丢人',
    pattern: /替你(?:们)?(?:害臊|丢人|丢脸|脸红|害羞|感到羞耻|臊得慌)|(?:真|也|都)?不(?:害臊|知羞|知羞耻|嫌丢人|怕丢人)|(?:真|太|好)(?:丢人|丢脸)|丢人现眼/g,
    cite: S001_NO_MOCKING,
  },
  {
    // 你是来看病还是来撒野, 无理取闹, 你这就是出来骗人的: the customer accused of bad faith.
    // 谨防骗子, 如果您遇到诈骗 warn the customer, who is not the one accused.
    name: '撒野 / 无理取闹 / 骗人',
    pattern:
      /撒野|无理取闹|胡搅蛮缠|蛮不讲理|你(?:这是|是|就是|是不是|又)?(?:来|在|故意)?(?:找茬|找事(?!业|务|情|件|项|实|由|宜))|你(?:这|这个|这是|就是|们)[\u4e00-\u9fff]{0,6}?(?:骗人|骗子|骗钱|讹人|讹钱|碰瓷)/g,
    notIn: /相信|谨防|小心|防范|遇到|遭遇|被骗|警惕|识别|谨慎|提防|上当|举报|防止|接到|电话|短信/,
    cite: S001_NO_BLAME,
  },
  {
    // 你不要给我瞎搞, 别跟我扯, 少给我来这套: the customer scolded as a child. 请您不要给我现金 asks
    // a way of paying (not on the list of verbs).
    name: '你不要给我瞎搞',
    pattern: /(?:不要|别|少)(?:跟|给|和)我(?:瞎|胡|装|扯|闹|捣乱|添乱|来这套|来这一套|废话|找事|耍|唧唧歪歪|叽叽歪歪|打马虎眼|嚷|吼|喊)/g,
    cite: S001_NO_BLAME,
  },
  {
    // 你态度太差, 你素质真低, 搞什么鬼: the customer's manners scolded (有没有搞错 is impatience's).
    name: '你态度太差 / 搞什么鬼',
    pattern: /你(?:的)?(?:态度|素质|脾气)(?:太|真|好|怎么这么|咋这么|也太|这么)(?:差|坏|烂|恶劣|低)|搞什么(?:鬼|名堂|飞机)/g,
    cite: S001_NO_BLAME,
  },
  {
    // 婆婆妈妈, 胡说八道: the customer's way of speaking belittled (唧唧歪歪 and 磨叽 are impatience's).
    name: '婆婆妈妈 / 胡说八道',
    pattern: /婆婆妈妈|胡说八道|废话连篇/g,
    cite: S001_NO_BLAME,
  },
];

export function insults(ctx: RuleContext): ConstructionMatch[] {
  return findConstructions(ctx.doc, ctx.view, INSULTS);
}
