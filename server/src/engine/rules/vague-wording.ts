import { lexiconPhrases } from '../lexicon';
import { GAP_NONE } from '../normalize';
import type { PhraseEntry, PhraseHit, Rule, RuleContext } from '../rule';
import type { Fix } from '../types';
import { ruleSettings } from '../config';
import { interrogativeTone, questionSentences } from './interrogative-tone';
import { closesClause, inPlaceholder, isQuestion, opensClause, overlapsAny, placeholderEndsAt, sentenceEnd, sentenceStart, unitsOf } from './phrase-context';
import { rewordFixes } from './reword';
import { overlapsTaboo } from './taboo-phrase';
import { HEDGED_TIMES, hedgedTimes, VAGUE_TIMES, vagueTimes } from './vague-times';
import { notRemoved } from './construction';
import { stockAnswers, VAGUE_ANSWERS, vagueAnswers } from './vague-answers';
import { customerRequestBefore, turnOf } from './conversation';

/** 模糊说法: hedges that leave the customer without a sure answer. */

const S001_WORDS = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心座席員行為標準 第1條 8 (避免使用可能會產生歧義的言詞)' };
const S001_CONFIDENT = { seed: '001_9a1dc18ec5519dd1.txt', section: '素質 3、自信 (措辭應該是肯定的，而不是否定或者模糊的)' };
const S001_VAGUE = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心座席員行為標準 第2條 1 (表達含糊不清)' };
const S003 = { seed: '003_22534ffe70de67c3.txt', section: '三、3. 专业解答与方案提供 (避免使用模糊、不确定或模棱两可的表述)' };

const sourced = (phrases: string[], source: PhraseEntry['cite']): PhraseEntry[] => phrases.map((phrase) => ({ phrase, cite: source }));

const entries: PhraseEntry[] = [
  ...sourced(['可能吧', '可能是吧', '应该是吧', '应该吧', '好像是吧', '差不多吧', '也许吧', '或许吧'], S001_CONFIDENT),
  ...sourced(['大概', '好像', '说不定', '估计'], S003),
  ...sourced(['不太清楚', '我不清楚', '我不确定', '不知道'], S001_VAGUE),
  // Only as an answer of its own (这个不清楚): 听不清楚, 有不清楚的地方 are other things (ALONE).
  ...sourced(['不清楚'], S001_VAGUE),
];

const lexicon = lexiconPhrases('vague-wording');

/** "I don't know" phrases: the agent can promise to find out instead. */
const UNKNOWING = new Set(['不太清楚', '我不清楚', '我不确定', '不知道', '不清楚']);

const guards = [
  '大概率', // 大 + 概率: a word of its own
  '评估计', '预估计', // 评估计划, 预估计费: 估 + 计…
  '知不知道', // a question to the customer, not a hedge
  '不知道的', '不太清楚的', // 如果您有不知道/不太清楚的地方: an offer to explain
  // The customer does not know: 如果您不知道密码…
  '你不知道', '你还不知道', '你不太清楚',
  // The line is hard to hear: not a vague answer.
  '听不太清楚', '声音不太清楚', '看不太清楚',
];

function message(text: string) {
  return {
    zh: `模糊说法“${text}”：核实后给客户肯定、准确的答复`,
    en: `Vague wording "${text}": check, then give the customer a sure and exact answer`,
  };
}

/** 不清楚 as the whole answer: a clause of nothing else but who does not know and a particle. */
const ALONE = /^(?:这个|这|那个)?(?:我们?|咱们)?(?:也|真|都|还|确实|实在)?不清楚(?:啊|呀|哦|的|了|呢)?$/;

function isAloneAnswer(ctx: RuleContext, from: number, to: number): boolean {
  let start = from;
  while (!opensClause(ctx.view, start)) start--;
  let end = to;
  while (!closesClause(ctx.view, end)) end++;
  return ALONE.test(ctx.view.text.slice(start, end)) && !placeholderEndsAt(ctx.doc, ctx.view.origin[start]) && !isQuestion(ctx.doc, ctx.view, start, end);
}

/** 好像……一样 / 似的 compares; it does not hedge. */
function isSimile(ctx: RuleContext, to: number): boolean {
  return /一样|似的/.test(ctx.view.text.slice(to, sentenceEnd(ctx.view, to)));
}

/**
 * 大概 that sizes an amount, said as an estimate: 估算一下大概的费用, 大概要 200 元. 大概 that hedges
 * the answer itself stays vague: 大概已经开通了, 大概三天吧, 大概是系统问题; and so does 大概 on a wait
 * (大概需要三个工作日, 大概得等两个星期): how long the customer waits is said surely, or as an estimate
 * with its bound (预计三个工作日内, 大概一小时内到达).
 */
const APPROXIMATE_AMOUNT = /^(?:的|(?:需要|要|花|用|会用)(?:[0-9.]+|[一二两三四五六七八九十百千万几半]+))/;
const TIME_UNIT = /^(?:需要|要|花|用|会用)?[0-9.一二两三四五六七八九十百千万几半]+(?:个)?(?:多)?(?:个)?(?:分钟|小时|钟头|工作日|工作天|天|日|周|星期|礼拜|月|年)/;

function isApproximateAmount(ctx: RuleContext, to: number): boolean {
  const rest = ctx.view.text.slice(to, sentenceEnd(ctx.view, to));
  if (rest.endsWith('吧')) return false;
  // 大概一小时内到达: the approximation sizes a bound, said as an estimate.
  const time = TIME_UNIT.exec(rest);
  if (time) return /^(?:内|以内|之内|前|以前|之前)/.test(rest.slice(time[0].length));
  return APPROXIMATE_AMOUNT.test(rest);
}

/**
 * 请问您明天大概几点到店?, 您估计几点能到?: the estimate is the customer's, asked for, and
 * the agent hedges nothing. Only a question whose subject is the customer (您, not 您的…) and that asks
 * for something (a wh-word, 吗): 您的快递大概明天到吧? and 您大概明天能收到吧? still hedge the answer.
 */
const ASKS_WHAT = /什么|几|多少|多久|多长|哪|怎么|吗|么/;

function asksTheCustomersEstimate(ctx: RuleContext, from: number, to: number): boolean {
  const start = sentenceStart(ctx.view, from);
  const end = sentenceEnd(ctx.view, to);
  if (!isQuestion(ctx.doc, ctx.view, start, end) || ctx.view.text.slice(start, end).endsWith('吧')) return false;
  return /你(?!的|们的)/.test(ctx.view.text.slice(start, from)) && ASKS_WHAT.test(ctx.view.text.slice(to, end));
}

/**
 * 他有公务外出,不知道什么时候回来,请问有什么事情我可以转告他: when someone else will be back is not
 * the agent's to know, and the agent offers a way (a message, a call back) in the same turn. Without
 * that offer 不知道什么时候回来 leaves the caller with nothing and stays vague.
 */
const SOMEONE_BACK = /^(?:他|她|他们|领导|经理|主任|医生|师傅|负责人)?(?:什么时候|几点|哪天|何时|多久)(?:能|会|才)?回(?:来|办公室|单位)/;
const MESSAGE_OFFER = /转告|转达|留言|留个言|回电|回个电话|回复你|给你回|我(?:可以|帮|来|会)|帮你|为你/;

/** The rest of the agent's line after unit `to`: where the offer or the promise that excuses the hedge is said. */
function lineRestAfter(ctx: RuleContext, to: number): string {
  const rest = ctx.view.text.slice(to);
  const newline = rest.indexOf('\n');
  return newline < 0 ? rest : rest.slice(0, newline);
}

function isSomeoneElseAway(ctx: RuleContext, to: number): boolean {
  const rest = lineRestAfter(ctx, to);
  const back = SOMEONE_BACK.exec(rest);
  return back !== null && MESSAGE_OFFER.test(rest.slice(back[0].length));
}

/**
 * 这个问题我不太清楚,我给您问一下: admitting it and going to find out is what the standards ask of an
 * agent who does not know (核实后给客户肯定答复), not a hedge. Only the agent's own promise in the same
 * turn counts; 我不清楚,您问别人吧 still leaves the customer with nothing.
 */
const FIND_OUT = /我(?:马上|这就|现在|先|立即|立刻)?(?:给你|帮你|替你|为你|去|来)?(?:问一下|问问|查一下|查查|查询|核实|确认|了解一下|咨询一下|联系一下|请示)/;

function promisesToFindOut(ctx: RuleContext, to: number): boolean {
  return FIND_OUT.test(lineRestAfter(ctx, to));
}

/**
 * 客户:你知道第14条的规定吗? 坐席:不知道。 — the customer asked whether the agent knows something,
 * and 不知道 alone is the honest no, not a hedged answer about the customer's service: there is
 * nothing to check and come back with. 你知道我的快递在哪吗 asks for the customer's own matter in a
 * polite form (a wh-word, or 我), and 不知道 to it stays vague.
 */
const ASKS_FOR_INFO = /我|哪|什么|几|多少|怎么|为什么|谁|多久|何时/;
const ASKS_IF_KNOWN = /(?:知道|晓得|曉得|清楚)[^\n]*?(?:吗|嗎|么|麼|[?？])|知不知道|晓不晓得|清不清楚/;
const KNOW_NOT_ALONE = /^(?:我们?)?(?:也|真|确实|还|并|是)?不知道(?:啊|呀|哦|的|了|呢)?$/;

function answersWhetherKnown(ctx: RuleContext, from: number, to: number): boolean {
  let start = from;
  while (!opensClause(ctx.view, start)) start--;
  let end = to;
  while (!closesClause(ctx.view, end)) end++;
  if (!KNOW_NOT_ALONE.test(ctx.view.text.slice(start, end))) return false;
  const asked = customerRequestBefore(ctx.doc, turnOf(ctx.doc, ctx.view.origin[from])) ?? '';
  return ASKS_IF_KNOWN.test(asked) && !ASKS_FOR_INFO.test(asked);
}

/** 您怎么连这个都不知道: interrogative-tone reports the whole rhetorical question, one finding for it. */
function inRhetoricalQuestion(ctx: RuleContext, start: number, end: number): boolean {
  if (ruleSettings(ctx.config, interrogativeTone.id, interrogativeTone.defaultSeverity).severity === 'off') return false;
  return overlapsAny(questionSentences(ctx), start, end);
}

/** 不知道您是否方便? is a polite question, not an admission. */
function isPoliteQuestion(ctx: RuleContext, from: number, to: number): boolean {
  const next = ctx.view.text.slice(to, to + 2);
  if (next[0] !== '你' && next !== '是否') return false;
  return isQuestion(ctx.doc, ctx.view, sentenceStart(ctx.view, from), sentenceEnd(ctx.view, to));
}

/**
 * Where 我 is the one who does not know, "I'll check / look it up for you" says the same thing
 * positively. Whether the rest of the sentence still fits only the writer can see: two choices,
 * neither preferred, so that fix-all leaves it alone.
 */
function findOutFixes(ctx: RuleContext, hit: PhraseHit, from: number): Fix[] {
  if (ctx.settings.replacements[hit.entry.phrase] !== undefined) {
    return rewordFixes(ctx.doc, hit.start, hit.end, hit.entry.replacements ?? [], true);
  }
  if (!UNKNOWING.has(hit.entry.phrase)) return [];
  if (hit.entry.phrase.startsWith('我')) return rewordFixes(ctx.doc, hit.start, hit.end, ['我帮您核实一下', '我帮您查询一下'], false);
  const afterI = from > 0 && ctx.view.text[from - 1] === '我' && ctx.view.gap[from] === GAP_NONE;
  return afterI ? rewordFixes(ctx.doc, hit.start, hit.end, ['帮您核实一下', '帮您查询一下'], false) : [];
}

export const vagueWording: Rule = {
  id: 'vague-wording',
  defaultSeverity: 'info',
  title: { zh: '答复要肯定、准确，不含糊', en: 'Give sure answers, not vague ones' },
  sources: [S001_WORDS, S001_CONFIDENT, S001_VAGUE, S003, ...new Set([...VAGUE_TIMES, ...HEDGED_TIMES, ...VAGUE_ANSWERS].map((c) => c.cite))],
  phrases: { entries: [...entries, ...lexicon.entries], guards: [...guards, ...lexicon.guards] },
  examples: {
    flag: [
      '这个我不太清楚。',
      '應該是吧。',
      '大概三天能到账。',
      '大概需要三天吧。',
      '好像已經開通了。',
      '我也不知道。',
      '不清楚。',
      '這個不清楚。',
      '我是客服代表{工号},这个不清楚。',
      '可能吧,您再等等。',
      '我不確定。',
      '他出去了,不知道什么时候回来。',
      '这个我不太清楚,您问别人吧。',
      '我不清楚,您自己去查一下。',
      '尽快处理。',
      '好的,会尽快的。',
      '已經加急了。',
      '正在抢修。',
      '对不起,我们没有确切的时间。',
      '具体上门时间不确定。',
      '您的快递大概明天到吧?',
      '您大概明天能收到吧?',
      '大概需要三个工作日。',
      '可能要七个工作日才能到账。',
      '原則上要十五個工作天才能辦好。',
      '大概得等一两个星期吧。',
      '维修的人多,还要多等几天。',
      '需要一些时间处理,请您耐心等待。',
      '客户:师傅什么时候能上门?\n坐席:这个说不好,看情况。\n',
    ],
    pass: [
      '大概率不会影响您的使用。',
      '用起来就好像在家上网一样方便。',
      '不知道您现在方便接听吗?',
      '不知道您是否方便?',
      '如果您不知道密码,可以凭身份证重置。',
      '如果您有不太清楚的地方,请您告诉我。',
      '對不起,電話聲音聽不太清楚,麻煩您大聲一點。',
      '三个工作日内到账。',
      '我先帮您估算一下大概的费用。',
      '我是客服代表{工号}这个不清楚。',
      '大概要200元左右。',
      '请问您还有不清楚的地方吗?',
      '对不起,我听不清楚您的声音。',
      '如果您有什么地方不清楚,请您告诉我。',
      '您清楚了吗?还有不清楚的吗?',
      '對不起,他有公務外出,不知道什麼時候回來,請問有什麼事情我可以轉告他?',
      '不好意思,这个问题我不太清楚,我给您问一下。',
      '这个我不确定,我帮您查一下,请稍等。',
      '這個我不清楚,我馬上幫您核實。',
      '我也不知道具体时间,我去问问医生再告诉您。',
      '我们会尽快为您安排发货。',
      '对不起,让您久等了,我将尽快帮您处理。',
      '已加急,预计明天送达。',
      '尽快处理,今天下午五点前给您答复。',
      '具体时间还不确定,确定后第一时间通知您。',
      '如果您的时间不确定,可以改天再约。',
      '我们希望您能够尽快还清欠款。',
      '您的订单正在处理中,预计两小时内发货。',
      '供热站的热源不够,正在协调。',
      '您反映的情况,我们已受理,我们会尽快办理。',
      '請問您明天大概幾點到店?',
      '您估计几点能到?',
      '预计两三天内恢复供水。',
      '一般3到5个工作日到账,到账后我们短信通知您。',
      '可能要等三天,到货后我们第一时间通知您。',
      '您大概需要几天?',
      '如果要等几天,我们会提前通知您。',
      '这几天天气冷,请您注意保暖。',
    ],
  },
  check(ctx) {
    // 我不清楚 is one hit of its own, not also a 不清楚.
    const longer = ctx.hits.filter((h) => h.entry.phrase !== '不清楚');
    const reported: PhraseHit[] = [];
    for (const hit of ctx.hits) {
      if (inPlaceholder(ctx.doc, hit.start, hit.end) || overlapsTaboo(ctx, hit.start, hit.end)) continue;
      if (inRhetoricalQuestion(ctx, hit.start, hit.end)) continue;
      const { from, to } = unitsOf(ctx.view, hit.start, hit.end);
      if (hit.entry.phrase === '好像' && isSimile(ctx, to)) continue;
      if (hit.entry.phrase === '大概' && isApproximateAmount(ctx, to)) continue;
      if ((hit.entry.phrase === '大概' || hit.entry.phrase === '估计') && asksTheCustomersEstimate(ctx, from, to)) continue;
      if (UNKNOWING.has(hit.entry.phrase) && promisesToFindOut(ctx, to)) continue;
      if (hit.entry.phrase === '不知道' && (isPoliteQuestion(ctx, from, to) || isSomeoneElseAway(ctx, to) || answersWhetherKnown(ctx, from, to))) continue;
      if (hit.entry.phrase === '不清楚' && (!isAloneAnswer(ctx, from, to) || overlapsAny(longer, hit.start, hit.end))) continue;
      ctx.report(hit.start, hit.end, message(ctx.doc.text.slice(hit.start, hit.end)), findOutFixes(ctx, hit, from));
      reported.push(hit);
    }
    // A hedge in a sentence of its own (可能是通讯管道出了问题): the writer says it surely, no fix.
    const answers = notRemoved(ctx.view, vagueAnswers(ctx), ctx.settings.remove).filter(
      (m) => !overlapsAny(reported, m.start, m.end) && !overlapsTaboo(ctx, m.start, m.end),
    );
    for (const m of answers) ctx.report(m.start, m.end, message(ctx.doc.text.slice(m.start, m.end)));
    // What is done and by when only the writer knows: no fix.
    const timed: Array<{ start: number; end: number }> = [];
    for (const m of notRemoved(ctx.view, vagueTimes(ctx), ctx.settings.remove)) {
      if (overlapsAny(ctx.hits, m.start, m.end) || overlapsAny(answers, m.start, m.end) || overlapsTaboo(ctx, m.start, m.end)) continue;
      timed.push(m);
      const text = ctx.doc.text.slice(m.start, m.end);
      ctx.report(m.start, m.end, {
        zh: `模糊的时间答复“${text}”：告诉客户什么时候能办好（例如“预计今天下午五点前”），或何时给出答复`,
        en: `Vague about when with "${text}": tell the customer when it will be done (e.g. 预计今天下午五点前), or when they will hear`,
      });
    }
    // A time hedged or left unbounded (可能要10个工作天, 还要多等几个星期): the writer says the time surely, no fix.
    for (const m of notRemoved(ctx.view, hedgedTimes(ctx), ctx.settings.remove)) {
      if (overlapsAny(ctx.hits, m.start, m.end) || overlapsAny(answers, m.start, m.end) || overlapsAny(timed, m.start, m.end) || overlapsTaboo(ctx, m.start, m.end)) continue;
      timed.push(m);
      const text = ctx.doc.text.slice(m.start, m.end);
      ctx.report(m.start, m.end, {
        zh: `含糊的时间“${text}”：说出确定的时间（例如“3个工作日内”），或说明预计的期限并承诺到时通知客户`,
        en: `Hedged time "${text}": say the time surely (e.g. 3个工作日内), or give the expected bound and promise to tell the customer`,
      });
    }
    // A stock answer of status or promise as the whole turn: what to say instead is the matter's own time and step.
    for (const s of stockAnswers(ctx)) {
      if (overlapsAny(reported, s.start, s.end) || overlapsAny(answers, s.start, s.end) || overlapsAny(timed, s.start, s.end) || overlapsTaboo(ctx, s.start, s.end)) continue;
      const text = ctx.doc.text.slice(s.start, s.end);
      ctx.report(s.start, s.end, {
        zh: `“${text}”只说了在处理或会处理：告诉客户什么时候办好、下一步是什么（例如“今天下午五点前给您回电”）`,
        en: `"${text}" only says it is in hand or will be: tell the customer when it will be done and what happens next (e.g. 今天下午五点前给您回电)`,
      });
    }
  },
};
