import { toSimplified } from '../chinese-script';
import { GAP_HARD, SPAN_SEPARATOR, type NormalizedView } from '../normalize';
import type { RuleContext } from '../rule';
import type { Message } from '../types';
import { spokenText } from './call-turns';
import type { Construction, ConstructionMatch } from './construction';
import { turnOf } from './conversation';

/**
 * An exclamation thrown at the customer in a turn that has no word of courtesy at all: 这没得换!,
 * 又尿床了!, 取消了耶!, 一分都不能少!. The seeds ask for 生硬语言 never to be used (004 三不) and for
 * every turn to carry 您 and 请 (文明用语); an agent who exclaims without either is scolding, retorting
 * or stating a rule at the customer, whatever the words. Read over the labeled corpora of published
 * scripts, an agent line exclaimed with no courtesy anywhere in it was flagged by reviewers in all but
 * one case in fifty.
 *
 * What passes: any turn with 您, 请, thanks, apology, a welcome, a wish or a respectful form of address
 * (先生, 阿姨) in it; greetings and goodbyes (早上好!, 再见!); what the customer will then get (…就能直达机场了!); acknowledgements said alone (好!, 收到!); the agent's own act or promise (我们马上到!), or
 * a concession of the customer's point (确实不合理!); praise,
 * encouragement and comfort (太棒了!, 相信你一定能行!, 别着急,有我们在呢!); warnings for the customer's
 * safety or money (小心台阶!, 那是骗子!); a sales pitch (只剩最后3件啦!); a question (?! is
 * interrogative-tone's). Reported by taboo-phrase only where nothing more precise is found in the
 * sentence, with a message of its own, and
 * outside the text taboo-phrase claims, so the other rules still report what the sentence holds.
 */

const S004_CURT = { seed: '004_2855f23ed23c31c5.txt', section: '一、人員素質 7 三不 (不使用生硬語言)' };

/** Found from the exclamation marks of the agent's text, not searched for by a pattern. */
export const CURT_EXCLAMATION: Construction = { name: '……! (没有一句礼貌用语的感叹)', pattern: /(?!)/g, cite: S004_CURT };

/**
 * Courtesy anywhere in the turn: 您, a respectful form of address, or the turn asks, thanks,
 * apologises, welcomes, wishes or offers (要不要先进来坐?), so its exclamation is warm. In real scripts an exclaimed turn with
 * 您 in it is nearly always one a reviewer passes (您做得很好,继续保持!). Not 再见: --fix adds it to
 * the end of a call (…没得换!再见!), which leaves the turn as curt as before.
 */
export const COURTESY =
  /您|请|麻烦|劳驾|劳烦|谢|欢迎|祝|抱歉|对不起|不好意思|歉意|道歉|致歉|辛苦|恭喜|好的|没问题|没关系|客气|应该的|应该做的|可以|打扰|高兴|先生|女士|小姐|爷爷|奶奶|阿姨|叔叔|大爷|大妈|大姐|大哥|老师|师傅|要不要|需不需要/;

/** Exclamations that are warm or protective in themselves: greetings, wishes, praise, comfort, warnings, selling. */
const WARM =
  /好$|希望|^(?:[早晚]上|下午|中午|你|大家)好|^早安|再见|慢走|就能|便能|即可|快乐|愉快|顺利|健康|吉祥|幸福|平安|加油|棒|真好|不错|漂亮|厉害|优秀|相信|能行|能做到|难不倒|成功|进步|勇敢|别怕|不要怕|不用怕|放心|有我们|有我在|没事|别着急|别急|不着急|喜欢|开心|精彩|太好了|小心|注意|当心|危险|骗|千万|安全|最后|只剩|优惠|特价|限时|新品|划算|超值|哇|耶$/;

/**
 * A sentence that is only an acknowledgement, or the agent's own act or promise (我们马上到!, …,我们
 * 一定给您修好!), or that concedes the customer's point (这种收费确实不合理!).
 */
const OWN_ACT_OR_CONCESSION =
  /^(?:好|行|是|对|收到|明白|了解|来了|到|马上|ok|嗯|哦|噢|喔|哈哈|呵呵)$|^(?:我|咱|马上|这就|立刻|现在就)|(?:^|[,，、])(?:我们?|咱们?)(?:不能也)?(?:一定|马上|立刻|这就|会|不会|保证|绝不|决不|将|尽快|全力)|确实|的确/i;

const CHINESE = /[\u3400-\u9fff]/;
const ANOTHER_LANGUAGE = /[a-z]{2,}/i;

/** Marks that may open a sentence's text before its first word. */
const LEADING = /^[\s,，、.。…~～]+/;

/** The exclaimed sentences of turns without courtesy, none overlapping `taken` (what taboo-phrase found already). */
export function curtExclamations(ctx: RuleContext, taken: ReadonlyArray<{ start: number; end: number }>): ConstructionMatch[] {
  const { doc, view } = ctx;
  const found: ConstructionMatch[] = [];
  const politeTurn = new Map<number, boolean>();
  for (let from = 0; from < view.text.length; ) {
    // A span with no words (坐席:!) is only its separator: no sentence to read.
    if (view.text[from] === SPAN_SEPARATOR) {
      from++;
      continue;
    }
    const to = sentenceEndAt(view, from);
    if (exclaimed(doc.text, view, to)) {
      const start = view.origin[from];
      const end = view.origin[to - 1] + 1;
      const turn = turnOf(doc, start);
      let polite = politeTurn.get(turn);
      if (polite === undefined) politeTurn.set(turn, (polite = COURTESY.test(spokenText(doc, doc.turns[turn]))));
      const said = toSimplified(doc.text.slice(start, end)).replace(LEADING, '');
      // Words in another language (Hello!) are not read; a masked curse (X!) is.
      if (!polite && !(ANOTHER_LANGUAGE.test(said) && !CHINESE.test(said)) && !WARM.test(said) && !OWN_ACT_OR_CONCESSION.test(said) && !taken.some((t) => t.start < end && start < t.end)) {
        found.push({ construction: CURT_EXCLAMATION, start, end, from, to });
      }
    }
    from = to;
  }
  return found;
}

/** The unit after the last one of the sentence that starts at `from`. */
function sentenceEndAt(view: NormalizedView, from: number): number {
  let k = from + 1;
  while (k < view.text.length && view.text[k] !== SPAN_SEPARATOR && view.gap[k] !== GAP_HARD) k++;
  return k;
}

/** Whether the marks after the sentence ending before unit `to` are ! alone (?! asks: interrogative-tone's). */
function exclaimed(text: string, view: NormalizedView, to: number): boolean {
  // Every span ends in a separator whose origin is the span's end, so origin[to] is always there.
  const marks = text.slice(view.origin[to - 1] + 1, view.origin[to]);
  return /[!\uFF01]/.test(marks) && !/[?\uFF1F]/.test(marks);
}

export function exclamationMessage(text: string): Message {
  return {
    zh: `“${text}”是冲着客户的感叹，这段话里没有任何礼貌用语：语气平和，用“您”“请”，说明可以怎样办理`,
    en: `"${text}" is exclaimed at the customer, and nothing in the turn is courteous: keep an even tone, use 您 and 请, and say what can be done`,
  };
}
