import type { Rule } from '../rule';
import { customerSaid, firstAndLast, hasWords, isSpeakingAgent, openingUnits, originalOf, spokenView } from './conversation';
import { styledAt, textFix } from './reword';

/**
 * A customer who makes a suggestion or praises the service is thanked for it in the agent's next
 * turn: 谢谢您的建议，我们一定加以改善; 谢谢，这是我们应该做的.
 */

const S000_SUGGEST = { seed: '000_e626cd326d976e13.txt', section: '四、(二)礼貌用语规范 4.用户建议' };
const S000_PRAISE = { seed: '000_e626cd326d976e13.txt', section: '四、(二)礼貌用语规范 5.用户表扬' };
const S001 = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心服務態度標準 8 (客戶提出表揚時,要謙虛緻詞)' };

/**
 * On a customer turn's view (simplified, 您 is 你, punctuation dropped). A suggestion offered to us
 * (我建议你们…, 提个建议): not the customer asking for advice (你有什么建议, 你建议我怎么办).
 */
const SUGGESTS_RE = /我(?:有|想提|提|给你们提|想给你们提)(?:个|一个|点|一点|条|几点)?建议|我(?:想)?建议你们|建议你们/;
/**
 * Praise of the service or the agent: 表扬, 服务/态度 + an intensifier + 好/周到/耐心 …, 你真耐心.
 * Not a bare 谢谢 (answered by 不客气), nor 态度好一点 (an order, not praise).
 */
const PRAISES_RE =
  /表扬|(?:服务|态度)(?:真|很|挺|非常|特别|太|真的)(?:好|不错|周到|热情|耐心|到位|贴心)|你(?:真|很|挺|非常|特别|太)(?:耐心|专业|热情|负责|细心|贴心)|(?:你们|你)(?:做得|办得|服务得)(?:真|很|挺|非常)?(?:好|不错|到位)/;
/** Thanks, or 001's humble answer to praise (过奖了, 这是我们应该做的). */
const THANKS_RE = /谢谢|感谢|多谢/;
const HUMBLE_RE = /过奖|应该(?:做)?的/;

const THANK_SUGGESTION = '谢谢您的建议，';
const THANK_PRAISE = '谢谢，这是我们应该做的。';

type Feedback = 'suggestion' | 'praise';

function feedbackOf(said: string): Feedback | undefined {
  if (SUGGESTS_RE.test(said)) return 'suggestion';
  if (PRAISES_RE.test(said)) return 'praise';
  return undefined;
}

export const feedbackThanks: Rule = {
  id: 'feedback-thanks',
  defaultSeverity: 'warning',
  title: { zh: '客户提建议或表扬时表示感谢', en: 'Thank the customer for a suggestion or praise' },
  sources: [S000_SUGGEST, S000_PRAISE, S001],
  examples: {
    flag: [
      '客户:我建议你们晚上再维护。\n坐席:好的,我们会反馈给相关部门。\n',
      '客户:你們的服務真周到。\n坐席:這是我的工作。\n',
    ],
    pass: [
      '客户:我建议你们晚上再维护。\n坐席:谢谢您的建议,我们一定加以改善。\n',
      '客户:你们的服务真好。\n坐席:谢谢,这是我们应该做的。\n',
      '客户:你真耐心。\n坐席:您过奖了,这是我应该做的。\n',
      '客户:你建议我怎么办?\n坐席:建议您先重启路由器。\n',
      '客户:谢谢你的帮助。\n坐席:不客气,祝您生活愉快。\n',
    ],
  },
  // The customer's feedback before the agent's answer, and the agent's turn before it (was it answered already?).
  turnsSeenBefore: (doc) => [
    firstAndLast(doc, (i) => doc.turns[i].role === 'customer' && feedbackOf(customerSaid(doc, i)) !== undefined).last,
    firstAndLast(doc, (i) => isSpeakingAgent(doc, i)).last,
  ],
  check(ctx) {
    const { doc, view } = ctx;
    let feedback: Feedback | undefined;
    for (let i = 0; i < doc.turns.length; i++) {
      if (doc.turns[i].role === 'customer') {
        feedback ??= feedbackOf(customerSaid(doc, i));
        continue;
      }
      if (!isSpeakingAgent(doc, i)) continue;
      const answers = feedback;
      feedback = undefined;
      if (!answers) continue;
      const said = spokenView(doc, view, i);
      if (!hasWords(said) || THANKS_RE.test(said.text) || (answers === 'praise' && HUMBLE_RE.test(said.text))) continue;
      const opening = openingUnits(said);
      const range = originalOf(said, opening.start, opening.end);
      const words = answers === 'suggestion' ? THANK_SUGGESTION : THANK_PRAISE;
      // Where in the answer the thanks go is the writer's call: offered, not applied by --fix.
      const fix = textFix(range.start, range.start, (text) => ({ zh: `在开头加上“${text}”`, en: `Begin with "${text}"` }), styledAt(doc, range.start, words), false);
      ctx.report(
        range.start,
        range.end,
        answers === 'suggestion'
          ? { zh: '客户提出建议，应先感谢(如“谢谢您的建议，我们一定加以改善”)', en: 'The customer made a suggestion: thank them for it (谢谢您的建议，我们一定加以改善)' }
          : { zh: '客户表扬时，应感谢并谦虚致词(如“谢谢，这是我们应该做的”)', en: 'The customer praised the service: thank them, modestly (谢谢，这是我们应该做的)' },
        [fix],
      );
    }
  },
};
