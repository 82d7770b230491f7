import { GAP_NONE, SPAN_SEPARATOR, type NormalizedView } from '../normalize';
import { sentenceEnd, sentenceStart } from './phrase-context';

/**
 * The 但 convention (docs/rules/negative-wording.md, "但、但是、可是"): the standards ban 但是 because it
 * takes back what was just said to the customer, and list it, so 但是 and 可是 are flagged wherever
 * they turn a clause. 但 alone, which no standard lists, is flagged where what comes before it grants
 * the customer something — understanding (我理解您的心情), goodwill (我们希望…), praise or worth (您是我们的
 * 重要客户, 这个套餐很划算), a concession (我们支持…, 您可以…, 随便您), agreement (是的, 没问题) or an
 * admission (是我们的失误) — and passes where it only contrasts two facts (4个航班都出现延误,但CZ3425
 * 是延误时间最长的; 账户已注销成功,但中登账户未注销).
 */

/** Anywhere in what comes before: the agent feels with, wishes for, praises or owns up to the customer. */
const GRANTED = new RegExp(
  [
    // understanding and sympathy
    '理解|体谅|体会|谅解',
    '(?:明白|了解|知道|懂)(?:了)?你',
    '你的(?:心情|感受|难处|困难|顾虑|焦急|着急)',
    // reassurance: 您别急, 您放心 grant the customer calm, which 但是 then takes away
    '别(?:着)?急|你(?:尽管)?放心|不用(?:担心|着急)|别担心',
    // goodwill
    '希望|愿意|乐意|(?:很|也|真|都)想(?:帮|为|给|替)',
    // praise and worth
    '重要的?(?:客户|用户|伙伴)|尊贵|贵宾|老客户|老用户|一直以来|合作(?:得)?(?:非常|很)?愉快',
    '你(?:们)?(?:的|对我们的?)(?:支持|信任|配合)|说得(?:对|有道理|没错)|有道理|宝贵',
    '划算|合算|实惠|(?:很|非常|特别|最|真|挺)(?:优惠|便宜|方便)',
    // a concession by the agent, or to the customer
    '(?:我们?|咱们|你|本行|本公司|公司)(?:这边|这里)?(?:都|也|是|完全|当然|一定)?(?:可以|能够|支持|同意|允许|接受|欢迎|会给|会为|会帮|给予|提供|免费)',
    '随(?:便|你)|由你(?:决定|选)',
    // owning up
    '失误|疏忽|(?:我们|我)的(?:错|问题|责任)|我们(?:做得)?不(?:对|好|到位)',
  ].join('|'),
);

/** A letter or a digit: an emoji or a mark before 但是 says nothing it could take back. */
const WORD = /[\p{L}\p{N}]/u;

/** A clause before that is nothing but agreeing with the customer or granting the request. */
const AGREEING = /^(?:当然(?:可以|没问题)?|可以(?:的)?|没问题|没错|是的|对(?:的)?|好的|行)(?:啊|呀|的)?$/;

/**
 * Whether 但 at unit `from` takes back what was granted. Its own sentence up to it is
 * looked at, or the sentence before when it opens one; at the start of what the agent says it answers
 * the customer's words, which is what the standards' reason is about, and stays flagged.
 */
export function takesBackAGrant(view: NormalizedView, from: number): boolean {
  let start = sentenceStart(view, from);
  if (!WORD.test(view.text.slice(start, from))) {
    if (start === 0 || view.text[start - 1] === SPAN_SEPARATOR) return true;
    start = sentenceStart(view, start - 1);
  }
  const before = view.text.slice(start, from);
  if (GRANTED.test(before)) return true;
  let clause = start;
  for (let i = start + 1; i <= from; i++) {
    if (i < from && view.gap[i] === GAP_NONE) continue;
    if (AGREEING.test(view.text.slice(clause, i))) return true;
    clause = i;
  }
  return false;
}

/** A clause that only confirms what the customer said is so (是这样没错, 没错, 对的, 确实如此). */
const CONFIRMS = /^(?:是这样|是的|对的|对|没错|确实(?:是这样|如此)?)(?:没错|的)?(?:啦|啊|呀|哦|哈)?$/;
/** What follows says what the fact is (但是是送同商品, 但只是…), not a condition put on it (但是需要…). */
const SAYS_WHAT_IT_IS = /^(?:是|只是|就是|也是|都是)(?!不|需要|要|得|必须)/;

/**
 * Whether 但/但是 at units [from, to) completes a confirmation of a fact: 是这样没错,但是是送同商品
 * confirms what the customer understood and says what exactly it is — nothing granted is taken back.
 * 是的,但是需要本人到场 puts a condition on what was granted, and stays flagged.
 */
export function clarifiesAConfirmation(view: NormalizedView, from: number, to: number): boolean {
  const before = view.text.slice(sentenceStart(view, from), from);
  return CONFIRMS.test(before) && SAYS_WHAT_IT_IS.test(view.text.slice(to, sentenceEnd(view, to)));
}
