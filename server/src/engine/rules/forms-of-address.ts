import type { RuleContext } from '../rule';
import { findConstructions, type Construction, type ConstructionMatch } from './construction';
import { sentenceEnd } from './phrase-context';

/**
 * The customer called by a bed, a queue number or a label instead of a form of address: 3床,吃饭了!,
 * 23床打针了!, 5号,过来!, 喂,那个谁!, 老头,你买不买?, 瘦的高的快点先上. The seeds forbid 直呼客户
 * (000 五(一)) and the hospitals' own rules say 不要直呼患者姓名或床号; the standards address the
 * customer as 先生/女士/李爷爷/王奶奶 with 您.
 *
 * What passes, decided from the same standards: a queue called with 请 (请3号到窗口办理, 请32号患者到5
 * 诊室就诊) — the number is how the queue works, and the call asks; a number that is a place or a thing
 * (3号窗口为您服务, 您的座位是12号, 3床的药我放在桌上了); 老太太 and 大爷, said as respect in much of
 * the north. Reported by taboo-phrase, with a message of its own.
 */

const S000_DIRECT = { seed: '000_e626cd326d976e13.txt', section: '五、服务忌语 (一)直呼客户' };

/** A number as said or written: 3, 23, 三, 十二, 两. */
const NUMBER = '(?:\\d+|[一二三四五六七八九十两零]+)';

/** Asked, or a question: the call is polite (请3床家属到护士站来一下) or asks (3床是您家属吗?). */
const ASKED = /请|麻烦|劳驾|吗|呢|好吗|谢谢/;

/** A body or clothes label: 瘦的, 高的, 穿红衣服的, 戴眼镜的 — a person picked out by how they look. */
const LOOKS = '(?:(?:瘦|胖|高|矮|黑)的|(?:穿|戴)[\\u4e00-\\u9fff]{1,5}?的)';

export const FORMS_OF_ADDRESS: readonly Construction[] = [
  {
    // 3床,吃饭了!, 23床打针了!, 20床,该打针了!, 3床家属过来一下: the patient called by the bed. What
    // follows is said to them: not 的 (3床的药), a place or a state (3床今天出院, 3床是新来的).
    name: '3床,吃饭了',
    pattern: new RegExp(`${NUMBER}(?:号床|床|加床)(?:的?(?:家属|病人|患者))?`, 'g'),
    opens: 'clause',
    // 两床被子 counts quilts.
    notBefore: /^(?:的|位|号|是|在|有|没|还|已经|今天|明天|昨天|住|病人的|患者的|情况|怎么|被|毯|褥|棉|单)/,
    notIn: ASKED,
    cite: S000_DIRECT,
  },
  {
    // 5号,过来!, 18号,交钱: the customer called by the queue number, the number a clause of its own
    // with an order after it (checked below: a lone 3号。 answers which window).
    name: '5号,过来',
    pattern: new RegExp(`${NUMBER}号`, 'g'),
    opens: 'clause',
    ends: 'clause',
    notIn: ASKED,
    cite: S000_DIRECT,
  },
  {
    // 喂,那个谁!, 老头,你到底买不买?, 喝水不喝,老家伙: a label or a slur for the customer, said to
    // them as their own clause. 您家老头子身体好吗 speaks of someone else, and does not open its clause.
    name: '那个谁 / 老头 / 老家伙',
    pattern: /(?:喂)?那个谁|(?:死)?老头(?:儿|子)?|老太婆|老家伙|老东西|老不死的?/g,
    opens: 'clause',
    ends: 'clause',
    notIn: ASKED,
    cite: S000_DIRECT,
  },
  {
    // 瘦的高的快点先上, 穿红衣服的,过来: the customer picked out by looks, called to do something.
    // 穿红衣服的那位女士,请您到这边 asks (请).
    name: '瘦的 / 穿红衣服的,过来',
    pattern: new RegExp(`${LOOKS}{1,2}(?:师傅|大哥|大姐)?(?=快|先|赶紧|都|能|可以|过来|过去|上|下|往|到|去|来|你|$)`, 'g'),
    opens: 'clause',
    notIn: ASKED,
    cite: S000_DIRECT,
  },
];

/** The queue number needs an order after it in its sentence: a lone 3号。 answers which window. */
const QUEUE_NUMBER = FORMS_OF_ADDRESS[1];

/** The forms of address by number or label in the agent's text. */
export function formsOfAddress(ctx: RuleContext): ConstructionMatch[] {
  const { view } = ctx;
  return findConstructions(ctx.doc, view, FORMS_OF_ADDRESS).filter((m) => {
    if (m.construction !== QUEUE_NUMBER) return true;
    // Another clause of the same sentence follows the number (5号,过来!).
    return sentenceEnd(view, m.to) > m.to;
  });
}
