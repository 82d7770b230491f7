import type { RuleContext } from '../rule';
import { spokenText } from './call-turns';
import { customerRequestBefore, isSpeakingAgent, spokenView } from './conversation';
import { APOLOGY_CLAUSE, offersInstead, turnForAlternative } from './flat-refusals';

/**
 * A caller put off with nothing offered: the person asked for said to be away in a word and no
 * more (出去了。, 他休假了。, 经理出去开会了,不在。), the agent asked to come said to be gone (我已经回家了。), or the
 * caller told to ring again later (请过一会儿再来电。). Phone
 * etiquette rules forbid both (a hospital's 公務電話使用的要求基準: 對方指定之接話人不在時,不得只說一聲
 * 就掛上電話): say where the person is or when they are back, and offer to take a message. 对不起,他不在
 * apologises and is left alone; 他不在,我帮您转告好吗? and 您可以留言 offer what the caller can do.
 * Reported by refusal-alternative.
 */

/** The person away, as the whole answer (marks taken out, simplified). 不知道 is vague-wording's. */
const AWAY =
  /^(?:他|她|(?:[\u4e00-\u9fff]{1,2})?(?:经理|领导|主任|老板|负责人|医生|师傅|主管|科长|组长|老师|站长|所长|店长))?(?:人)?(?:已经|早就?)?(?:(?:出去|外出|去)?(?:开会|办事|吃饭|培训|忙)(?:去)?了)?(?:不在|没在|没来|没有来|出去了|走了|回去了|下班了|休假了|请假了|出差了|不在座位(?:上)?|没看到|没看见|没见到)(?:了)?(?:啊|呀|哦|呢)?$/;
/** The caller asked for someone: 请找一下李组长, 王医生在吗, 叫他接电话. */
const ASKS_FOR_SOMEONE = /找(?:一下)?[\u4e00-\u9fff]|[\u4e00-\u9fff](?:在吗|在不在|在不)|(?:叫|请|让)[\u4e00-\u9fff]{1,6}(?:接|听)(?:一下)?电话/;
/**
 * The agent gone, as the whole answer to a customer who asked them to come or bring something
 * (您现在过来一趟吧 → 我已经回公司了): a refusal by circumstance, with no time and no other way.
 */
const GONE = /^我(?:已经|早就)?(?:下班|收工|回(?:家|去|公司|[\u4e00-\u9fff]{1,5})|走)了(?:啊|呀|哦)?$/;
const ASKS_TO_COME = /送|来|过来|上门|到[\u4e00-\u9fff]{0,4}(?:来|一趟)/;

/**
 * Ring again later, as the agent's whole answer: 请过一会儿再来电, 改天再打. 我稍后打给您 is the agent
 * calling back; a switchboard's 电话占线,请稍后打来 says why the line cannot be had, and passes.
 */
const CALL_AGAIN = /(?:过会儿?|过一会儿?|等下|等一下|等会儿?|晚点|晚些|迟点|改天|改日|回头|稍后)(?:时候)?(?:再)?(?:打来|打过来|打进来|来电(?:话)?|打电话(?:来|过来)?|打|拨)(?:吧|啊)?$/;
/** The agent's own business given as the reason (我正忙着): an impatient brush-off, taboo-phrase's. */
const BUSY = /忙/;
const MARKS = /[\s?？!！。.，,、~～…;；:：]+/g;

/** The agent turns that put a caller off so, with no way offered in them or in the agent's next turn. */
export function absentAnswerTurns(ctx: RuleContext): number[] {
  const { doc, view } = ctx;
  const out: number[] = [];
  for (let i = 0; i < doc.turns.length; i++) {
    if (!isSpeakingAgent(doc, i)) continue;
    const said = spokenText(doc, doc.turns[i]).replace(/您/g, '你');
    const whole = said.replace(MARKS, '');
    const awayWords = AWAY.test(whole);
    const goneWords = GONE.test(whole);
    // Most turns are none of these: the customer's request and the clauses are read only for the few that are.
    if (!awayWords && !goneWords && !CALL_AGAIN.test(whole)) continue;
    const clauses = said.split(MARKS).filter((c) => c !== '');
    const asked = customerRequestBefore(doc, i) ?? '';
    const away = (awayWords && ASKS_FOR_SOMEONE.test(asked)) || (goneWords && ASKS_TO_COME.test(asked));
    const last = clauses.length - 1;
    const before = clauses.slice(0, last).map((c) => c.replace(/^(?:承办的|负责的|经办的)?(?:同志|同事|人员)/, '他'));
    const callAgain =
      last >= 0 && CALL_AGAIN.test(clauses[last].replace(/^(?:请|麻烦)?你?(?:们)?/, '')) && before.every((c) => APOLOGY_CLAUSE.test(c) || AWAY.test(c)) && !BUSY.test(whole);
    if (!away && !callAgain) continue;
    if (offersInstead(spokenView(doc, view, i).text)) continue;
    const next = turnForAlternative(doc, i);
    if (next !== undefined && offersInstead(spokenView(doc, view, next).text)) continue;
    out.push(i);
  }
  return out;
}
