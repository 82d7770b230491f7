import type { RuleContext } from '../rule';
import { findConstructions, type Construction, type ConstructionMatch } from './construction';

/**
 * Evaluations of the customer (训斥): the customer's character or conduct judged to their face — a
 * degree adverb or 又/就是 and a negative judgement of the person (太不听话了!, 真不懂事, 怎么这么不讲理,
 * 这人真麻烦, 你又不配合), their attitude or temper (你这是什么态度?, 你说话的态度就不对, 控制一下你的
 * 情绪), or their competence (不会坐车就去学). The seeds forbid blaming and lecturing the customer (001
 * 服務態度 2 不教訓、不責備; 004 三不 不责备、埋怨客户) and list 责问、训斥 among the 服务忌语 (000 五(二)).
 *
 * What passes: the agent judging themself or the service (我太啰嗦了, 这个流程太麻烦了, 我们的态度不好,
 * 向您道歉); thanks (太麻烦您了); praise (您真懂行); a judgement of a thing (这个操作太复杂). Reported by
 * taboo-phrase, with a message of its own.
 */

const S001_NO_BLAME = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心服務態度標準 2 (對客戶不懂的地方不教訓、不責備)' };
const S004_NO_BLAME = { seed: '004_2855f23ed23c31c5.txt', section: '一、人員素質 7 三不 (不責備、埋怨客戶)' };

/** Who is judged: the customer, or someone of theirs, or nobody named (太不听话了!). Never 我 or a thing. */
const PERSON = '(?:你们?|他|她|这人|这个人|你这人|你这个人|老人家)?';

/** How much: 太, 真, 怎么这么, 又, 一点都, 就是, 老是 — the adverb that makes a description a verdict. */
const DEGREE = '(?:又|也|就是|老是|总是|真是|可真|真|太|好|这么|那么|怎么这么|咋这么|怎么那么|一点都|一点也)';

/** The verdicts only a person earns: disobedient, unreasonable, uncooperative, ill-mannered, stupid. */
const VERDICT =
  '(?:不听话|不懂事|不讲理|不讲道理|不配合|不自觉|不老实|不省心|不乖|不长进|没素质|没礼貌|没教养|没规矩|难伺候|娇气|矫情|笨|蠢|傻)';

/** The verdicts a task earns too (手续太麻烦了): they judge the customer only with 你 named. */
const TASK_VERDICT = '(?:麻烦|磨蹭|磨叽|事多|多事|难缠|啰嗦|不像话)';

export const JUDGEMENTS: readonly Construction[] = [
  {
    // 太不听话了!, 她又不聽話!, 这人真麻烦, 你怎么这么不讲理: the person judged, the whole clause.
    // 太麻烦您了 thanks (您 follows, so the clause goes on); 流程太麻烦了 judges a thing (not a person).
    name: '太不听话了 / 真不懂事',
    pattern: new RegExp(`(?:${PERSON}${DEGREE}{1,2}${VERDICT}|你(?:们|这人|这个人)?${DEGREE}{1,2}${TASK_VERDICT})(?:了|啊|呀|吧|的|啦)?`, 'g'),
    opens: 'clause',
    ends: 'clause',
    notIn: /我太|我真|我们太|我这人/,
    cite: S004_NO_BLAME,
  },
  {
    // 你这是什么态度?, 你是甚麼態度啊, 你这个说话的态度就不对, 控制一下你自己的情绪: the customer's
    // manners or temper rebuked. 我们的态度不好,向您道歉 owns the fault (我们, not 你); 您对我们的服务态度
    // 满意吗 asks about the service.
    name: '你什么态度 / 控制你的情绪',
    pattern:
      /你(?:们)?(?:这|这个|这种|的)?(?:说话的?)?(?:是)?(?:什么|啥|甚么)态度|你(?:们)?(?:这|这个|这种|的)?(?:说话的?)?态度(?:就|也|很|太)?(?:不对|不好|有问题|差)(?!意)|(?:控制|管好|管管|收收|收一收)(?:一下)?(?:你|你们)?(?:自己)?(?:的)?(?:情绪|脾气)/g,
    cite: S001_NO_BLAME,
  },
  {
    // 不会坐公车就去学, 不会用麻烦去网上看教程: the customer sent to learn what they cannot do.
    name: '不会……就去学',
    pattern: /不会(?:坐|用|看|说|写|填|开|操作|弄|搞)[\u4e00-\u9fff]{0,6}?(?:就|麻烦|自己)?(?:去)?(?:学|查|看|下载|百度|google)/g,
    notIn: /我不会|我们不会|不会的|教你|帮你|为你/,
    cite: S001_NO_BLAME,
  },
];

export function judgements(ctx: RuleContext): ConstructionMatch[] {
  return findConstructions(ctx.doc, ctx.view, JUDGEMENTS);
}
