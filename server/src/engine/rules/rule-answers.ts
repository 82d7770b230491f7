import type { RuleContext } from '../rule';
import type { Span } from '../document';
import { customerRequestBefore, isSpeakingAgent, spokenView } from './conversation';
import { isQuestion } from './phrase-context';
import { GAP_HARD, GAP_SOFT, SPAN_SEPARATOR, type NormalizedView } from '../normalize';
import { offersInstead, turnForAlternative } from './flat-refusals';
import { originalRange } from './turn-text';

/**
 * A rule recited as the whole answer: a contract, a policy or a house rule said to a customer who
 * asked for something, as the no itself (合同写了概不退款, 按照合约和店里规定,不能为你办理退卡业务,
 * 这个有制度规定,必须本人到场, 是我们单位规定的), or a rule's own form with no rule named (认卡不认人,
 * 一定要盖这个章,否则无法转卡, 没有押金条,押金不退). 002 §3.2 asks a refusal to say what the customer
 * can do; a rule is a reason of the house, not one in the customer's terms, so pardon asked after it
 * (请谅解) is no way. The rule passes with the way (按规定需要本人办理,您可以带上委托书…), in the same
 * turn or the agent's next; as the information asked for (退货政策是什么? → 保留单据七日内可退货: no
 * no in it); and where the customer asked what the rule is. Reported by refusal-alternative.
 */

/** A rule named: written down, or the house's own. 要求 is left out: it is as often the customer's. */
const RULE_WORD = '(?:规定|制度|政策|合同|合约|条款|协议|守则|章程|规矩|店规|行规)';
/**
 * A no of permission or service, or a must, in the same sentence as the rule (不能退, 不允许, 概不,
 * 必须本人到场); not any 不 (您的时间不够了 names a fact). A rule that binds the staff (规定不允许保安
 * 与业主发生冲突) reassures the customer and is not a no to them.
 */
const NO_WORD =
  '(?:不(?:能|可以|可|予|让|允许|准|支持|提供|退|换|办|收|给|接受|受理|负责|赔)(?!我们|保安|员工|工作人员|职员|服务员|司机|师傅)|无法|没法|没办法|概不|一律|必须|一定要|只能|不得|无效|否则)';

const RULE_SENTENCE = new RegExp(
  [
    // The rule and the no, either way round: 按照规定不能退, 不能退,这是规定, 合同写了概不退款.
    `${RULE_WORD}[^\\n]*?${NO_WORD}|${NO_WORD}[^\\n]*?${RULE_WORD}`,
    // A rule's own form, with or without its name: 认卡不认人, 概不退款, 一律不退.
    '认([\\u4e00-\\u9fff])不认(?!\\1)[\\u4e00-\\u9fff]',
    '(?:概|一律)不(?:予)?(?:退|换|赊|找|收|办|开|受理|负责|赔)',
    // Must, or else no: 一定要盖这个章,否则无法转卡; 除非有瑕疵,否则不提供退换.
    '否则(?:就|将|一律)?(?:无法|不能|不可以|没法|不予|不(?:提供|退|换|办|给|受理|负责)|办不了)',
  ].join('|'),
);
/**
 * A clause that is the rule said as the answer (是我们单位规定的, 这是公司的规定, 规定就是这样), or
 * the rule's condition (没有押金条,押金不退: its first clause and the no after it).
 */
const RULE_CLAUSE = new RegExp(
  `^(?:(?:这|那)(?:个)?(?:就|都)?是[\\u4e00-\\u9fff]{0,6}?(?:规定|制度|政策)(?:的|了)?|(?:这|那)?(?:就|都)?是[\\u4e00-\\u9fff]{1,6}?规定的|${RULE_WORD}(?:就是|是)?(?:这样|如此)(?:的|规定的)?)(?:啊|呀|哦)?$`,
);
const WITHOUT_NO = /^没有[\u4e00-\u9fff]{1,6}(?:就|的话)?[\u4e00-\u9fff]{0,4}?(?:不(?:退|办|给|能|予|换|赔)|无法|办不了|退不了)/;
/** A condition or a promise around the rule: 如果按规定可以…, 按规定我们一定会…. */
const NOT_A_NO = /如果|要是|假如|万一|若是|一定会|保证/;
/**
 * The customer told what to do within the rule (请您下班后再与她联系, 请您带身份证来): a way, as the
 * models give it. Pardon or cooperation asked (请您谅解, 请您配合) is not one.
 */
const RULE_WAY = /请你(?!谅解|原谅|理解|见谅|配合)[^\n]{0,10}?(?:再|到|去|联系|拨打|携带|带|提供|准备|办理|前往|改天|下次|明天|稍后)/;
/** The customer asked what the rule is: the rule is the answer. */
const ASKS_THE_RULE = /(?:什么|哪些|怎么|怎样)(?:样的)?(?:规定|政策|制度|条款|规则|要求|流程)|(?:规定|政策|制度|条款|规则|流程)(?:是)?(?:什么|怎样|怎么样|怎么)/;

/** The sentences of a turn's view, as unit ranges. */
function sentencesOf(view: NormalizedView): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = 1; i <= view.text.length; i++) {
    if (i === view.text.length || view.gap[i] === GAP_HARD || view.text[i] === SPAN_SEPARATOR || view.text[i - 1] === SPAN_SEPARATOR) {
      const a = view.text[from] === SPAN_SEPARATOR ? from + 1 : from;
      if (i > a) out.push([a, i]);
      from = i;
    }
  }
  return out;
}

/** Whether a sentence recites a rule as the no (clauses are read on the view, marks gone). */
function recitesRule(view: NormalizedView, from: number, to: number): boolean {
  const sentence = view.text.slice(from, to);
  if (NOT_A_NO.test(sentence)) return false;
  if (RULE_SENTENCE.test(sentence) || WITHOUT_NO.test(sentence)) return true;
  const clauses: string[] = [];
  let at = from;
  for (let i = from + 1; i <= to; i++) {
    if (i === to || view.gap[i] >= GAP_SOFT) {
      clauses.push(view.text.slice(at, i));
      at = i;
    }
  }
  // 是我们单位规定的 as the answer: the turn says nothing else. After a reason (超过一万就要问的。这是规定,请您配合)
  // the rule is explained.
  return clauses.length === 1 && view.text.slice(0, from).trim() === '' && view.text.slice(to).trim() === '' && RULE_CLAUSE.test(clauses[0]);
}

/** The agent turns that recite a rule as the whole answer, with the sentence that does. */
export function ruleAnswers(ctx: RuleContext): Array<{ turn: number } & Span> {
  const { doc, view } = ctx;
  const out: Array<{ turn: number } & Span> = [];
  for (let turn = 0; turn < doc.turns.length; turn++) {
    if (!isSpeakingAgent(doc, turn)) continue;
    const said = spokenView(doc, view, turn);
    const rule = sentencesOf(said).find(([from, to]) => recitesRule(said, from, to) && !isQuestion(doc, said, from, to));
    if (!rule) continue;
    if (ASKS_THE_RULE.test(customerRequestBefore(doc, turn) ?? '')) continue;
    if (offersInstead(said.text, false) || RULE_WAY.test(said.text)) continue;
    const next = turnForAlternative(doc, turn);
    if (next !== undefined && offersInstead(spokenView(doc, view, next).text, false)) continue;
    out.push({ turn, ...originalRange(said, rule[0], rule[1]) });
  }
  return out;
}
