import { seenFrom } from '../says-something';
import type { RuleContext } from '../rule';
import type { Message } from '../types';
import { spokenText } from './call-turns';
import { findConstructions, type Construction, type ConstructionMatch } from './construction';
import { turnOf } from './conversation';

/**
 * A turn that is nothing but an interjection: 啊?, 哈? (蛤?, 嚇? in Taiwan and Hong Kong), 嗯?, 什么?, 哪个?, 您说什么? as the whole
 * answer, or 哎! as a hail. Hotlines' 禁用语 lists ban them as 反问词或语气词: they ask the customer
 * to repeat without a word of courtesy, or call out to them as 喂! does (000 五(一) lists 喂!嘿!).
 * Only a whole turn, marked ? or !: 啊,好的 and 嗯,我明白 acknowledge, and 啊?您是说上个月的账单吗?
 * goes on to ask properly. Reported by taboo-phrase.
 */

const S000_DIRECT = { seed: '000_e626cd326d976e13.txt', section: '五、服务忌语 (一)直呼客户 (喂! 嘿!)' };
const S000_REBUKE = { seed: '000_e626cd326d976e13.txt', section: '五、服务忌语 (二)责问、训斥或反问客户' };

export const BARE_INTERJECTIONS: readonly Construction[] = [
  {
    // Asking the customer to repeat with a sound, or a bare what (您 is 你 on the view).
    name: '啊? / 什么? / 哪个?',
    pattern: /(?:啊|哈|蛤|吓|嗯|啥|什么|哪个|哪一个|(?:你)?说(?:的)?(?:是)?(?:什么|啥))/g,
    opens: 'clause',
    ends: 'clause',
    cite: S000_REBUKE,
  },
  // A hail with nothing after it: the customer called out to, not greeted.
  { name: '哎!', pattern: /(?:哎|诶|欸)+/g, opens: 'clause', ends: 'clause', cite: S000_DIRECT },
];

/** The mark that makes the sound a question (啊。 or 嗯。 only acknowledges, 哈! laughs), or a hail. */
const ASKED = /^[?？]/;
const HAILED = /^[?？!！]/;
/** What may surround the interjection in its turn: marks and spaces. */
const MARKS_ONLY = /[\s?？!！。.，,、~～…]/g;

/** The interjections that are the whole of their turn (marks aside), each followed by ? or !. */
export function bareInterjections(ctx: RuleContext): ConstructionMatch[] {
  const { doc } = ctx;
  return findConstructions(doc, ctx.view, BARE_INTERJECTIONS).filter((m) => {
    const after = seenFrom(doc.text, m.end);
    if (!(m.construction === BARE_INTERJECTIONS[1] ? HAILED : ASKED).test(doc.text.slice(after, after + 1))) return false;
    // Simplifying keeps the length: the turn says nothing else when it is as long as the match.
    const said = spokenText(doc, doc.turns[turnOf(doc, m.start)]).replace(MARKS_ONLY, '');
    return said.length === doc.text.slice(m.start, m.end).replace(MARKS_ONLY, '').length;
  });
}

/** What to say instead: ask again politely, or greet. */
export function interjectionMessage(m: ConstructionMatch, text: string): Message {
  return m.construction === BARE_INTERJECTIONS[1]
    ? { zh: `“${text}”是在直呼客户：先说“您好”，再称呼客户`, en: `"${text}" hails the customer: greet with 您好 first` }
    : {
        zh: `“${text}”是服务禁用的反问语气词：没有听清时说“对不起，我没有听清楚，请您再说一遍好吗？”`,
        en: `"${text}" is a banned bare interjection: when you did not hear, say 对不起，我没有听清楚，请您再说一遍好吗？`,
      };
}
