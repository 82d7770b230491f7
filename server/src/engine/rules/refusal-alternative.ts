import type { ScriptDocument } from '../document';
import type { Rule } from '../rule';
import { clauseStart, overlapsAny, isQuestion, sentenceEnd, sentenceEndInText, sentenceStart } from './phrase-context';
import { customerRequestBefore, firstAndLast, isSpeakingAgent, nextAgentTurn, spokenView, turnOf } from './conversation';
import { styledAt, textFix } from './reword';
import { offersInstead, SERVICE_VERBS, turnsToAnotherMatter } from './flat-refusals';
import { negativeConstructionSpans } from './negative-wording';
import { overlapsTaboo } from './taboo-phrase';
import { originalRange, sentenceMatches } from './turn-text';
import { followsBreak, spokenRange } from './call-turns';
import { faultOnlyTurns } from './fault-answers';
import { bareRefusalTurns } from './bare-refusals';
import { absentAnswerTurns } from './absent-answers';
import { ruleAnswers } from './rule-answers';

/**
 * A refusal says what can be done instead: 这个业务无法办理 goes on, in the same turn or the
 * agent's next, with 我可以为您…, 建议您…, 您可以通过…. The first-person refusals 我不能, 做不了
 * and 没办法 are `negative-wording`'s whatever follows them, and so is a flat refusal (不行, 这个办不了)
 * in a turn that offers nothing; this rule leaves their text alone.
 */

const S002 = { seed: '002_5ab7d194a3b83629.txt', section: '3.2 客户端服务语言规范 (不能满足客户提出的要求时)' };
const S000 = { seed: '000_e626cd326d976e13.txt', section: '四、(二)礼貌用语规范 3.客户咨询非移动相关业务' };
const S003 = { seed: '003_22534ffe70de67c3.txt', section: '三、3.专业解答与方案提供 (提供选项)' };

/** 您 is 你 on the view; punctuation is gone, so a refusal standing alone is read by what follows it. */
const REFUSAL_RE = new RegExp(
  [
    '不行',
    `(?:${SERVICE_VERBS}|给)不了`,
    // 无法给予赔付, 无法理赔: a claim turned down, however good the reason given before it.
    // 无法寄回, 无法退回: what the customer asked sent back or delivered, refused.
    '无法(?:办理|受理|处理|提供|办|退|为你|给你|帮你|满足|开通|取消|修改|查询|解决|操作|开展|给予|赔付|赔偿|理赔|报销|申请|寄|邮寄|送|配送|发货|更换|换)',
    `不(?:能|可以)(?:给你|为你|帮你|替你)?(?:${SERVICE_VERBS}|提供|修改|延|免|减|返|透露|告诉)`,
    '不在[^\\n]{0,8}?范围',
    '没法(?:办|退|改|处理|帮|给|弄)?',
    // A no as the consequence of a reason or a rule, whatever it refuses: 因此无法通气, 这是公司政策,无法突破.
    '(?<=(?:因此|所以|因而|故而?|政策|规定|制度|规则)[\\u4e00-\\u9fff]{0,2})无法[\\u4e00-\\u9fff]{1,2}',
    // Not ours to do: 无权处理此事. Nor to be had at all: 想投诉没门.
    '无权(?:处理|办理|受理|决定|过问|管|做主|答复|解决)',
    '(?<=(?:想|要)[\\u4e00-\\u9fff]{1,4})没门',
    // Help put off until someone is back at work: 得等经理回来才能批. 只能等, 只能自己去: the one
    // course left to the customer, nothing the agent will do (只能为您加急 is an offer, flat-refusals).
    // 只能换货 is not: an exchange is the way offered when a return is refused.
    `(?:要|得|需要|只能)等(?:到)?[\\u4e00-\\u9fff]{1,12}?(?:上班|回来|开门|营业|到岗)(?:以后|后|之后)?才(?:能|可以|会)(?:${SERVICE_VERBS})`,
    '(?<!不)只能(?:再)?(?:等|自己|重新|自行)',
  ].join('|'),
  'g',
);
/** Polite forms and questions that contain a refusal's words without refusing. */
const NOT_REFUSING_BEFORE = /(?:如果|要是|假如|若是?|万一|能|可|行)$/;
const NOT_REFUSING_AFTER = /^(?:的话|吗|呢|让你)/;
/**
 * A no that is the condition of what follows (修不了就给您换新的, 如果维修不了,会给您退款): the
 * agent says what happens then, which is the alternative itself. 办不了就是办不了 insists.
 */
const CONDITION_OPENS = /(?:如果|要是|假如|若是?|万一|一旦)[^,，。!！?？\n]*$/;
const CONSEQUENCE_AFTER = /^(?:的话|就(?!是))/;
const INSTEAD = '，我帮您反馈给相关部门处理';
/**
 * 根据××规定，您的××不能办理: a rule the customer's own request falls foul of. 002's model asks pardon
 * for work that cannot be done at all (由于条件所限……我们无法开展，请您原谅); a request refused by a
 * rule has a way through it (what is missing, where else, what instead), and the customer is owed it.
 * Pardon asked is no alternative there.
 */
const CITES_RULE_RE = /(?:根据|按照|依据|按|依照)[^\n]{0,12}?(?:规定|制度|政策|要求)|(?:规定|制度)(?:不允许|不让|不能)/;

function citesRule(sentence: string): boolean {
  return CITES_RULE_RE.test(sentence);
}

export const refusalAlternative: Rule = {
  id: 'refusal-alternative',
  defaultSeverity: 'warning',
  title: { zh: '拒绝客户时给出可行的替代办法', en: 'A refusal offers what can be done instead' },
  sources: [S002, S000, S003],
  examples: {
    flag: [
      '客户:我来交这个月的手机费。\n坐席:线路不好。\n',
      '对不起,根据相关规定,您的申请不能办理,请原谅。',
      '坐席:经系统检测,您的订单未出现异常,无法办理退款。\n客户:另一单也没通过。\n坐席:建议通过平台官方渠道进一步沟通。\n',
      '因房屋倒塌时气象部门已解除预警,无法给予赔付。', '根据条款,这笔费用无法报销。', '我们暂时无法为您开通国际漫游。', '我们暂时无法为您办理这项业务。', '现在退不了款。', '这个不在我们的业务范围内。', '這個不在我們的業務範圍內。',
      '客户:这张年卡能退吗?\n坐席:按照会员协议,会费一律不退。\n',
      '客户:我帮我爸取票可以吗?\n坐席:认票不认人。\n',
      '客户:谁定的这个规矩?\n坐席:是我们店里规定的。\n',
      '客户:能先受理吗?\n坐席:必须先交齐材料,否则不予受理。\n',
      '客户:可以換嗎?\n坐席:依照本店規定,特價品不能退換。\n',
      '客户:今天能来装吗?\n坐席:师傅都派出去了。\n',
      '客户:请问王主任在吗?\n坐席:主任去开会了,不在。\n',
    ],
    pass: [
      '对不起,您咨询的问题不在我们的业务范围内,请您通过XX途径进行咨询。',
      '對不起,由於條件所限,目前這方面的工作我們無法開展,請您原諒。',
      '这个业务无法办理,我可以为您办理另一种套餐。',
      '因事故发生在保障期外,无法给予赔付,我可以为您申请复核。',
      '由于条款所限,这笔费用无法报销,请您谅解。',
      '根据规定,这个业务无法办理,请您原谅,您可以到营业厅办理相关业务。',
      '我不能让您久等,马上为您查询。',
      '如果不能按时到达,我们会提前通知您。',
      '这样可不可以?',
      '坐席:这个办不了。\n客户:那怎么办?\n坐席:建议您到营业厅办理。\n',
      '坐席:系统故障了。\n客户:那怎么办?\n坐席:您可以明天上午再来,或者我先为您登记。\n',
      '商品经核实不存在问题,因此无法为您退款。建议通过平台官方渠道进一步沟通。',
      '坐席:这个业务无法办理。\n客户:有没有另外的办法?\n坐席:建议您到营业厅咨询。\n',
      '客户:能代办吗?\n坐席:按规定需要本人办理,您可以带上委托书来办。\n',
      '客户:可以退货吗?\n坐席:保留单据七日内可退货。\n',
      '客户:你们的退货政策是什么?\n坐席:一经售出概不退换,有质量问题的除外。\n',
      '客户:这个能退吗?\n坐席:按规定这个不能退,我可以帮您换一件。\n',
      '如果按规定可以退,我马上为您办理。',
    ],
  },
  // The agent's next turn, where the alternative may come.
  turnsSeenElsewhere: (doc) => [firstAndLast(doc, (i) => isSpeakingAgent(doc, i)).first],
  check(ctx) {
    const { doc, view } = ctx;
    const refusingTurns = new Set<number>();
    const firstWording = ctx.hitsOf('negative-wording');
    for (const m of sentenceMatches(view, REFUSAL_RE)) {
      const from = sentenceStart(view, m.start);
      const to = sentenceEnd(view, m.end);
      if (NOT_REFUSING_BEFORE.test(view.text.slice(from, m.start)) || NOT_REFUSING_AFTER.test(view.text.slice(m.end, to))) continue;
      if (CONDITION_OPENS.test(view.text.slice(clauseStart(view, m.start), m.start)) || CONSEQUENCE_AFTER.test(view.text.slice(m.end, to))) continue;
      if (isQuestion(doc, view, from, to)) continue;
      const range = originalRange(view, m.start, m.end);
      if (overlapsAny(firstWording, range.start, range.end) || overlapsTaboo(ctx, range.start, range.end)) continue;
      // A flat refusal (不行, 这个办不了) is negative-wording's: one finding for one refusal.
      if (overlapsAny(negativeConstructionSpans(ctx), range.start, range.end)) continue;
      const turn = turnOf(doc, range.start);
      // One finding per turn: the first refusal is where the alternative belongs.
      if (refusingTurns.has(turn)) continue;
      refusingTurns.add(turn);
      // The customer's turn to another matter (另一单…) is answered by the next turn, not this refusal;
      // nor is the same request asked again (客户:我想退货。 坐席:…无法支持退货。 客户:我想退货。 坐席:…):
      // the script shows another answer to the same question, a draft and its rewrite.
      const after = nextAgentTurn(doc, turn);
      const asked = customerRequestBefore(doc, after ?? turn);
      const askedAgain = after !== undefined && asked !== undefined && asked === customerRequestBefore(doc, turn);
      // After a heading or a scene direction (a bot's next intent) another call starts.
      const next = after === undefined || askedAgain || turnsToAnotherMatter(asked ?? '') || breakBetween(doc, turn, after) ? undefined : after;
      // 已为您申请价保,但按照规则无法申请: what the 但 takes back is no way offered.
      const takenBack = /^(.*)(?:但是?|可是|不过)/.exec(view.text.slice(from, m.start))?.[1] ?? '';
      const said = [turn, ...(next === undefined ? [] : [next])].map((t) => spokenView(doc, view, t).text).join('\n').replace(takenBack, '');
      if (offersInstead(said, !citesRule(view.text.slice(from, to)))) continue;
      const what = doc.text.slice(range.start, range.end);
      const end = sentenceEndInText(doc, view, to);
      ctx.report(
        range.start,
        range.end,
        { zh: `“${what}”只说了不能做什么：告诉客户能做什么，例如“我可以为您……”“建议您……”`, en: `"${what}" only says what cannot be done: say what can, e.g. 我可以为您…… or 建议您……` },
        [textFix(end, end, (text) => ({ zh: `在这句后面加上“${text}”`, en: `Add "${text}" after the sentence` }), styledAt(doc, end, INSTEAD), false)],
      );
    }
    // 線路不好 as the whole answer refuses as surely as 办不了. What to offer (a time, another
    // counter, a call back) depends on the fault, so no words are offered for it.
    const faultOnly = new Set(faultOnlyTurns(ctx));
    for (const turn of faultOnly) {
      const range = spokenRange(doc, doc.turns[turn]);
      if (!range || refusingTurns.has(turn) || overlapsAny(firstWording, range.start, range.end) || overlapsTaboo(ctx, range.start, range.end)) continue;
      const what = doc.text.slice(range.start, range.end);
      ctx.report(range.start, range.end, {
        zh: `“${what}”只说了故障：告诉客户什么时候能办好，或者现在能怎么办`,
        en: `"${what}" only names a fault: tell the customer when it can be done, or what can be done now`,
      });
    }
    // 没了, 挂不了, 不支持价保 as the answer: what to offer instead depends on what was asked, so no words are offered.
    for (const turn of bareRefusalTurns(ctx)) {
      const range = spokenRange(doc, doc.turns[turn]);
      if (!range || refusingTurns.has(turn) || faultOnly.has(turn) || overlapsAny(firstWording, range.start, range.end) || overlapsTaboo(ctx, range.start, range.end)) continue;
      if (overlapsAny(negativeConstructionSpans(ctx), range.start, range.end)) continue;
      const what = doc.text.slice(range.start, range.end);
      ctx.report(range.start, range.end, {
        zh: `“${what}”只说了不行：告诉客户能做什么，例如“我可以为您……”“建议您……”`,
        en: `"${what}" only says no: say what can be done, e.g. 我可以为您…… or 建议您……`,
      });
      refusingTurns.add(turn);
    }
    // 合同写了概不退款。: a rule recited as the whole answer. What the customer can do instead depends
    // on the rule and the request, so no words are offered.
    for (const r of ruleAnswers(ctx)) {
      if (refusingTurns.has(r.turn) || faultOnly.has(r.turn) || overlapsAny(firstWording, r.start, r.end) || overlapsTaboo(ctx, r.start, r.end)) continue;
      if (overlapsAny(negativeConstructionSpans(ctx), r.start, r.end)) continue;
      const what = doc.text.slice(r.start, r.end);
      ctx.report(r.start, r.end, {
        zh: `“${what}”只搬出了规定：用客户听得懂的话说明原因，并告诉客户能怎么办（例如“按规定需要本人办理，您可以带上委托书……”）`,
        en: `"${what}" only recites a rule: give the reason in the customer's terms and say what they can do (e.g. 按规定需要本人办理，您可以带上委托书……)`,
      });
      refusingTurns.add(r.turn);
    }
    // 出去了。, 请过一会儿再来电。: the caller put off. What to offer (where the person is, when they are
    // back, a message taken) only the writer knows, so no words are offered.
    for (const turn of absentAnswerTurns(ctx)) {
      const range = spokenRange(doc, doc.turns[turn]);
      if (!range || refusingTurns.has(turn) || faultOnly.has(turn) || overlapsAny(firstWording, range.start, range.end) || overlapsTaboo(ctx, range.start, range.end)) continue;
      if (overlapsAny(negativeConstructionSpans(ctx), range.start, range.end)) continue;
      const what = doc.text.slice(range.start, range.end);
      ctx.report(range.start, range.end, {
        zh: `“${what}”只打发了来电人：说明对方的去向或回来的时间，并主动提出代为转告或留言`,
        en: `"${what}" only puts the caller off: say where the person is or when they are back, and offer to take a message`,
      });
    }
  },
};

/** Whether a turn after `from`, up to `to`, starts another call (a heading or a scene direction before it). */
function breakBetween(doc: ScriptDocument, from: number, to: number): boolean {
  for (let t = from + 1; t <= to; t++) if (followsBreak(doc, t)) return true;
  return false;
}
