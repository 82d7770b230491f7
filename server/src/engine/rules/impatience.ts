import type { RuleContext } from '../rule';
import { findConstructions, type Construction, type ConstructionMatch } from './construction';

/**
 * Impatience, orders, sarcasm and blame: what the seeds forbid as a tone (烦躁, 打断客户, 憤怒語氣,
 * 諷刺語氣, 責備、埋怨客戶) rather than as a list of sentences. Reported by taboo-phrase, with the
 * same weight as a listed 服务忌语.
 */

const S001_IMPATIENCE = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心座席員語言規範標準 第4條 (忌煩躁，不得無故打斷客戶說話)' };
const S002_TONE = { seed: '002_5ab7d194a3b83629.txt', section: '3.3 客户端服务语言规范 2.服务禁用语气举例 (愤怒语气、讽刺语气)' };
const S001_NO_BLAME = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心服務態度標準 2 (對客戶不懂的地方不教訓、不責備)' };
const S004_NO_BLAME = { seed: '004_2855f23ed23c31c5.txt', section: '一、人員素質 7 三不 (不責備、埋怨客戶)' };
const S001_EVADING = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心座席員語言規範標準 第4條 (忌推諉、搪塞客戶)' };
const S000_CURT = { seed: '000_e626cd326d976e13.txt', section: '五、服务忌语 (一)直呼客户 1 (喂!嘿!)' };
const S001_NO_MOCKING = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心服務態度標準 5 (嚴禁譏笑客戶)' };

export const IMPATIENCE: readonly Construction[] = [
  { name: '行了行了', pattern: /(行了|够了|得了|知道了)\1/g, cite: S001_IMPATIENCE },
  { name: '烦不烦', pattern: /烦不烦|烦死了|真烦人|有完没完/g, cite: S002_TONE },
  {
    // 真罗嗦, 真厌烦: the customer called a nuisance. 不好意思,我太啰嗦了 is the agent's own apology;
    // 给您添麻烦了 apologises (麻烦 is not on the list).
    name: '真罗嗦 / 真厌烦',
    pattern: /(?:真|太|好)(?:罗嗦|啰嗦|啰唆|罗唆|唠叨|厌烦)|(?:罗嗦|啰嗦)(?:死了|什么)/g,
    clauseBefore: /我/,
    cite: S002_TONE,
  },
  {
    // 不要发表意见, 别插嘴: the customer told to be quiet. 欢迎您提出宝贵意见 asks for it.
    name: '不要发表意见 / 别插嘴',
    pattern: /(?:不要|别|少|不用你)(?:乱|再)?(?:发表意见|插嘴|多嘴|多管闲事)/g,
    cite: S001_IMPATIENCE,
  },
  {
    // 您先别说了 cuts the customer off; 您别着急 comforts, and is not on this list.
    name: '(先)别说了',
    pattern: /别(?:再)?(?:说|讲|吵|问|嚷|喊|插嘴|打断我)了/g,
    cite: S001_IMPATIENCE,
  },
  {
    // 听我讲, 听我说完; 请您听我说明一下 explains, 能听我说话吗 checks the line.
    name: '听我讲 / 听我说完',
    pattern: /听我(?:讲|说)(?:完)?/g,
    notBefore: /^(?:明|话|一下|几句)/,
    // 请您耐心听我说 asks politely for a moment to explain.
    politeBefore: /请你?(?:耐心|先)?$/,
    cite: S001_IMPATIENCE,
  },
  {
    // 我都说了三次了, 跟您讲过两遍了, 说了多少遍: the customer's asking again counted against them. 您
    // 已经说了三遍,我记下了 counts the customer's own words (您 is the one who said them).
    name: '说了多少遍 / 说了三次了',
    pattern: /(?:跟你们?|给你们?|和你们?|对你们?)?(?:(?:说|讲|告诉你们?|解释|强调)(?:了|过)|重复(?:了|过)?)(?:多少|几|好几|很多|无数|\d+|[两二三四五六七八九十]+)(?:遍|次)/g,
    clauseBefore: /(?<![跟给和对向同])你(?:们)?(?:已经|都|刚才|早就|一共)?$/,
    cite: S002_TONE,
  },
  {
    // 不是已经告诉你们了吗?: the question asked again rebuked as told before. 我不是说过了吗 is a
    // rhetorical question interrogative-tone reads; 我不是跟你说得很清楚了吗 is the seed's own phrase.
    name: '不是已经告诉你们了吗',
    pattern: /不是(?:已经|早就|刚才|都)?告诉(?:过)?你(?:们)?(?:了)?吗/g,
    cite: S002_TONE,
  },
  {
    // 不要就算了, 不买拉倒, 爱要不要: the customer's hesitation waved off. 不需要的话也没关系,您随时联系我们 leaves the door open.
    name: '不要就算了',
    pattern: /不(?:要|买|办|看|用|吃|换|退)(?:就)?(?:算了|拉倒)|爱(?:要|买|办)不(?:要|买|办)/g,
    cite: S001_IMPATIENCE,
  },
  {
    // 教了你这么多次,怎么不长记性!: the customer scolded for forgetting. 我再为您说明一次 helps.
    name: '教了你这么多次 / 不长记性',
    pattern: /(?:教|说|讲|告诉)(?:了|过)你(?:这么|那么|好|多少|几|很)(?:多|几)?(?:次|遍)|不长记性|长点记性|没(?:有)?记性/g,
    cite: S001_NO_BLAME,
  },
  {
    // 随便你, 随你, 爱咋滴咋滴, 爱怎么样就怎么样: the customer's choice thrown back, the whole clause
    // (002's 这是你的自由). 两种方式都可以,随您方便 offers the choice, and is not matched.
    name: '随便你 / 爱咋咋',
    pattern: /(?:那)?(?:(?:你)?自己看着办|随便你|随你(?:的)?便?|爱咋(?:滴|地|的)?咋(?:滴|地|的)?|爱怎么(?:样|办|着)就怎么(?:样|办|着))(?:吧|啊|呀|了)?/g,
    opens: 'clause',
    ends: 'clause',
    notIn: /都可以|都行|方便|选/,
    cite: S002_TONE,
  },
  {
    // 因为你先对我们大吼大叫!, 是你先骂人的: the customer's own anger thrown back at them.
    name: '是你先……',
    pattern: /(?:因为|是|谁让)你先(?:对我们?|冲我们?)?(?:大吼大叫|吼|骂|凶|动手|发火|嚷|吵|不讲理)/g,
    cite: S001_NO_BLAME,
  },
  {
    // 我还没着急,你倒不耐烦了; 你还有理了; 你倒委屈上了: the customer's feeling or grievance turned back
    // on them (倒, 还 of retort). 您倒一下车 and 倒车 move a car; 您还有理由吗 is not 有理了.
    name: '你倒不耐烦了 / 你还有理了',
    pattern: /你(?:们)?(?:倒|倒是|反倒|反而|还)(?:先)?(?:不耐烦|着急|急|委屈|有理|生气|火|怪(?:起)?我|嫌(?:起)?我|教训(?:起)?我)(?:了|上了|起来了|来了)/g,
    cite: S001_NO_BLAME,
  },
  {
    // 谁让你投诉我的?: the complaint itself rebuked (000's 谁告诉你的 kind). 请问是谁让您来这里办理的 asks.
    name: '谁让你投诉',
    pattern: /谁让你(?:去)?(?:投诉|告|举报|曝光)/g,
    cite: S001_NO_BLAME,
  },
  {
    // 急什么, 嚷什么嚷, 哭什么: the customer's feeling scolded. Not 叫什么 (叫什么名字 asks a name).
    name: '急什么 / 嚷什么',
    pattern: /(急|嚷|吵|闹|哭|凶|横|吼)什么\1?/g,
    cite: S002_TONE,
  },
  {
    // 怎么又是你: the customer met as a nuisance.
    name: '怎么又是你',
    pattern: /怎么又是你(?:们)?/g,
    cite: S002_TONE,
  },
  {
    // 我在忙, 没空 as a clause of its own: the customer put off for the agent's own work. 不好意思,
    // 我刚才在忙 apologises and says 刚才.
    name: '我在忙',
    pattern: /(?:我)?(?:正)?在忙(?:着)?(?:呢)?|(?:我)?没空(?:呢)?/g,
    opens: 'clause',
    ends: 'clause',
    notIn: /抱歉|对不起|不好意思|请|稍后|马上|回复|回电/,
    cite: S001_IMPATIENCE,
  },
  {
    // 你怎么这样烦, 你怎么这么啰嗦: the customer called a nuisance to their face.
    name: '你怎么这样烦',
    pattern: /你(?:怎么|咋)(?:这么|这样|那么)(?:烦|烦人|啰嗦|罗嗦|多事|多问题|难缠)/g,
    cite: S002_TONE,
  },
  {
    // 有没有搞错 opening its clause, 说那么大声: the customer scolded. 请问我有没有搞错您的地址 checks
    // the agent's own work, and 抱歉我说话这么大声 apologises.
    name: '有没有搞错 / 说那么大声',
    pattern: /有没有搞错|(?:你)?(?:说|讲|喊|叫|嚷)(?:话)?(?:得)?(?:那么|这么)大声/g,
    opens: 'clause',
    clauseBefore: /我/,
    politeBefore: /请|麻烦/,
    cite: S002_TONE,
  },
  {
    // 不要唧唧歪歪, 别磨叽: the customer's talk called noise.
    name: '唧唧歪歪 / 磨叽',
    pattern: /(?:不要|别|少)?(?:再)?(?:唧唧歪歪|叽叽歪歪|叽叽喳喳|磨磨唧唧|磨磨叽叽|磨叽|墨迹|瞎嚷嚷|瞎吵吵)/g,
    clauseBefore: /我/,
    cite: S002_TONE,
  },
  {
    // 我已经说过了, 我刚才都讲了: the customer reproached for asking again, the whole clause. 我已经
    // 为您登记过了 reports what was done, and does not match.
    name: '我已经说过了',
    pattern: /(?:我)?(?:刚才|之前|早就|刚刚)?(?:已经|都|早就)(?:跟你|和你|给你|对你)?(?:说|讲|解释|告诉你|强调)(?:过|了)(?:了|啊|呀)?(?:很多遍|好几遍|几遍|多少遍)?/g,
    opens: 'clause',
    ends: 'clause',
    cite: S001_IMPATIENCE,
  },
  {
    // 不要烦我, 别催我, 别耽误我办业务: the customer pushed away. 您不要急 comforts, 请不要挂机 asks,
    // 不耽误您时间 spares the customer's; 别问我 is 推诿.
    name: '不要烦我 / 别催我',
    pattern: /(?:不要|别|少)(?:再|老|总|过多|多)?(?:来)?(?:烦我|催我|吵我|缠着我|缠著我|来烦|麻烦我|打扰我|耽误我)/g,
    cite: S001_IMPATIENCE,
  },
  {
    // 早着呢 said alone brushes off the customer who asks when; 时间还早,您不用着急 reassures.
    name: '早着呢',
    pattern: /(?:还)?早[着著]呢/g,
    cite: S002_TONE,
  },
  {
    // 快点 said as a clause of its own hurries the customer, and so does 你能不能快点; 我们会尽快为您
    // 处理 promises.
    name: '快点',
    pattern: /(?:你)?(?:能不能)?(?:(?:快点|快点儿|快一点|快些|赶紧|赶快)(?:说|讲|说话|讲话|的)?|快(?:说|讲)(?:话)?)(?:吧|啊|呀|啦|嘛)?/g,
    opens: 'clause',
    ends: 'clause',
    cite: S001_IMPATIENCE,
  },
  {
    // 没上班呢, 我还没上班, 还没到点呢: the customer turned away with the desk's hours and nothing
    // else. 抱歉,我们还没上班,请您九点后再来电 apologises and says when; 我们九点开门 only informs.
    name: '没上班呢',
    pattern: /(?:我|我们)?(?:还)?没(?:上班|到点|开门|开始办公)(?:呢)?(?:啊|呀)?/g,
    opens: 'clause',
    ends: 'clause',
    notIn: /抱歉|对不起|不好意思|请|可以|为你|帮你/,
    cite: S002_TONE,
  },
  {
    // 找谁?, 办嘛?, 啥事? as the answer to the phone or the window: who or what, asked with no
    // greeting and no 请问 (000 五 lists 喂!嘿! for the same curt hail). 请问您找哪位 asks.
    name: '找谁 / 办嘛 / 啥事',
    pattern: /(?:找谁|(?:办|干|做)(?:嘛|啥|什么)|(?:啥|什么)事)(?:的)?(?:啊|呀|呢)?/g,
    opens: 'clause',
    ends: 'clause',
    politeBefore: /请|你好|早上好|下午好|晚上好|欢迎/,
    notIn: /请|你好|谢谢/,
    cite: S000_CURT,
  },
  {
    // 唔。, 哼。 as a whole answer: a grunt, not a word (嗯 is left alone: 嗯,好的 acknowledges).
    name: '唔 / 哼',
    pattern: /唔|哼/g,
    opens: 'clause',
    ends: 'clause',
    cite: S000_CURT,
  },
  {
    // 我不懂, 打错了 as the whole answer: the customer brushed off with nothing to go on (搪塞).
    // 对不起,您打错了,这里是…, 您打错了,××科的电话是×× (the number to call) and 抱歉,我不太清楚,我帮您问一下
    // say more, and are not matched.
    name: '我不懂 / 打错了',
    pattern: /(?:我(?:也)?不懂|(?:你)?打错(?:了|电话了))(?:啊|呀|吧|的)?/g,
    opens: 'clause',
    ends: 'clause',
    politeBefore: /对不起|抱歉|不好意思|请/,
    notIn: /这里是|这边是|我们是|我帮|帮你|为你|请|可以|(?:电话|号码|分机)(?:号)?是|拨打/,
    cite: S001_EVADING,
  },
  {
    // 要么还钱,要么去报警: two choices, the second a threat or a brush-off; 您可以要么线上办理,要么到
    // 营业厅办理 offers two ways, and is not matched.
    name: '要么……要么(报警/算了)',
    pattern: /要么[^要]{1,10}要么(?:你)?(?:就)?(?:去)?(?:报警|起诉|告|投诉|走人|拉倒|算了|别(?:办|买|要|用|来)|不(?:办|买|要|用))/g,
    cite: S002_TONE,
  },
  {
    // 您可真会挑时候打电话: praise that mocks.
    name: '真会……',
    pattern: /你可真会|你真会(?:挑|选|找|算|赶)/g,
    cite: S001_NO_MOCKING,
  },
  {
    // 这都是因为您自己没看清楚合同; 这都是因为您的支持 thanks.
    name: '都是因为您(自己)……',
    pattern: /都是因为你自己|(?:都是|全是)因为你(?:没|不|搞|弄|填|输|记|看|操作)|都怪你|怪你自己|是你(?:们)?自己(?:的问题|的原因|没|不|弄|搞|操作)/g,
    cite: S004_NO_BLAME,
  },
  {
    // 因为你们的管道太细…,所以效果不好: the customer's own things made the cause of the service's
    // failure. 因为您的余额不足,所以扣款没有成功 explains a fact, with no 太/不够 laid on the customer.
    name: '因为你们的……太……所以',
    pattern: /因为你(?:们)?(?:的|自己)[^\n]{1,14}?(?:太|不够)[^\n]{0,10}?所以[^\n]{0,4}?(?:不|没|差|才)/g,
    cite: S004_NO_BLAME,
  },
  {
    // 有事说事, 有话快说: the customer hurried to the point. 有事您随时说 invites (no second 说事 or 快说).
    name: '有事说事 / 有话快说',
    pattern: /有事(?:就|快)?说事|有话(?:就)?快说|有屁(?:快)?放/g,
    cite: S002_TONE,
  },
  {
    // 很简单的问题你都听不懂, 那我当然要烦了; 我们天天那么忙,都管你一个人; 还那么多废话: the
    // customer's questions called a burden. 这个问题很简单,我一说您就明白 reassures (no 你都 before 听不懂).
    name: '这么简单你都听不懂 / 都管你一个人',
    pattern:
      /(?:很|这么|那么|多)简单的[\u4e00-\u9fff]{0,4}?你(?:都|也|还)(?:听不懂|不懂|不会|搞不懂|弄不明白|听不明白)|我当然(?:要|会)?烦|(?:都|光|只|就)(?:管|伺候|围着)你一个(?:人)?|还(?:那么|这么)多(?:屁话|废话|事儿?|要求)|你能不能(?:先)?(?:听完|听我说完|让我说完)/g,
    cite: S002_TONE,
  },
  {
    // 这原是一场误会, 纯属误会: the complaint called a misunderstanding. 可能有些误会,我再给您解释一下
    // leaves room, and an apology in the sentence owns the trouble.
    name: '这是一场误会',
    pattern: /(?:这|那)(?:原|原来|只|完全|纯粹|纯属)?(?:是|属)(?:一场|个)误会|纯属误会/g,
    notIn: /抱歉|对不起|不好意思|歉意/,
    cite: S004_NO_BLAME,
  },
  {
    // 你这么问三问四的, 挑三拣四: the customer's questions or choosing called fussiness. 有问题您尽管问
    // invites.
    name: '问三问四 / 挑三拣四',
    pattern: /问三问四|问东问西|问这问那|挑三拣四|挑肥拣瘦/g,
    cite: S002_TONE,
  },
  {
    // 您想多了: the customer's worry waved off. 您想多了解一下 asks (了 goes on to 解).
    name: '您想多了',
    pattern: /你(?:真的|肯定|绝对|是|就是|别)?想多了(?!解)/g,
    cite: S001_NO_BLAME,
  },
  {
    // 这里我说了算, 没有就是没有, 不行就是不行: the answer made final by the agent's say. 这最终不是我
    // 们说了算 defers (不 before it); 说了算数 keeps a promise.
    name: '我说了算 / 没有就是没有',
    pattern: /(?<!不是|不)(?:这里|这儿|这事|在这里)?(?:我|我们)说了算(?!数)|(没有|不行|不能|不给|不办|不退|不换)就是\1/g,
    cite: S002_TONE,
  },
  {
    // 跟您说不清楚, 你能不能别打断我: the customer blamed for the talk going badly. 这个问题电话里说不清
    // 楚,我请工程师上门 offers a way.
    name: '跟您说不清楚 / 能不能别打断我',
    pattern: /跟你(?:们)?(?:说|讲|解释)不(?:清|明白|通)|你(?:能不能|可不可以|就不能)(?:别|不要)(?:打断|插嘴|插话|吵|嚷)/g,
    notIn: /请|帮你|为你|同事|专业|工程师|上门/,
    cite: S002_TONE,
  },
  {
    name: '您说得不对',
    // 您一定是弄错了, 肯定是您记错了: the customer's own account denied to their face. 一定是我们弄错
    // 了 owns the mistake (我们, not 你); 您可能记错了 leaves room, and is not matched.
    pattern:
      /你(?:说|讲)(?:得|的)不对|你(?:一定|肯定|准|绝对|必定)?(?:是)?(?:自己)?(?:说|讲|搞|弄|理解|记|听|看|算|填)错了|(?:一定|肯定|准|绝对|必定)是你(?:们)?(?:自己)?(?:搞|弄|记|听|看|算|填|理解)错/g,
    cite: S001_NO_BLAME,
  },
];

export function impatience(ctx: RuleContext): ConstructionMatch[] {
  return findConstructions(ctx.doc, ctx.view, IMPATIENCE);
}
