import { lineAt, type ScriptDocument, type Span } from '../document';
import type { NormalizedView } from '../normalize';
import type { Rule, RuleContext } from '../rule';
import type { Fix } from '../types';
import { badLineClosings, firstSentenceMatch, firstSpeakingAgentTurn, firstTurnSaying, lineBeforeTurnFix } from './call-turns';
import { customerSaid, firstAndLast, isSpeakingAgent, previousAgentTurn } from './conversation';
import { stageDirections, stageEventOf } from '../stage-events';
import { closesClause, opensClause, overlapsAny, sentenceStart } from './phrase-context';
import { replaceFix } from './reword';
import { originalRange, sentenceMatches, turnView, type ViewMatch } from './turn-text';

/**
 * 各种语音环境用语规范 (000 四(四)): when the customer cannot be heard the agent apologizes and asks
 * (您能听见我的声音吗? / 麻烦您大声一点,好吗?) before closing the call with 稍后再与您联系,再见 —
 * never 听不见,我挂了 or 大声点!
 */

const S000_SILENT = { seed: '000_e626cd326d976e13.txt', section: '四、(四)各种语音环境用语规范 1.电话接通客户无声音时' };
const S000_QUIET = { seed: '000_e626cd326d976e13.txt', section: '四、(四)各种语音环境用语规范 2.用户声音太小' };
const S000_NOISE = { seed: '000_e626cd326d976e13.txt', section: '四、(四)各种语音环境用语规范 3.电话杂音太大' };

/** Patterns on the view: simplified, 您 → 你, punctuation dropped. */

/** A demand to speak up; not 我大声一点 (the agent's own voice), nor a request (麻烦您 / 请您 / 能…吗). */
const SPEAK_UP_RE = /(?:你)?(?:说话|讲话|声音)?(?:大声(?:一?点|一些|些)|大点声)/g;
const POLITE_BEFORE_RE = /(?:麻烦|请|能|可以|可否|能否)[^\n]{0,6}$|我$/;
const POLITE_AFTER_RE = /^(?:好吗|吗|可以吗|行吗)/;
/** 听不见 / 听不清您的声音 said as a whole clause (not 听不清您说的是哪个套餐), and not asked (听不清吗). */
const CANNOT_HEAR_RE = /(?:我)?听不(?:见|到|清)(?:楚)?(?:你(?:的声音|说话|讲话|说的话|在说什么|说什么))?(?:了|啦)?/g;
const APOLOGY_RE = /对不起|抱歉|不好意思|sorry/;
const NO_VOICE_RE = /听不(?:见|到)|没有(?:你的)?声音|无声/g;
const TOO_QUIET_RE = /听不清|声音太小/g;
/** The asks that come first: 您能听见我的声音吗 (silent), 麻烦您大声一点 (quiet), or 您还在线吗. */
const ASK_RE = /能(?:听|听得)(?:见|到|清)|大声(?:一?点|一些|些)|还在(?:线|吗)|听得(?:见|到|清)吗/g;
/** The caller prompted to speak: a greeting said again, 请讲, or the offer of help. */
const PROMPT_RE = /你好|请讲|请说|(?:有什么|哪些)[^\n]{0,4}帮/;

const ASK_SILENT = '您好，您能听见我的声音吗？';
const ASK_QUIET = '对不起！我听不清您的声音，麻烦您大声一点，好吗？';
const SPEAK_UP = '麻烦您大声一点，好吗？';

export const silentLine: Rule = {
  id: 'silent-line',
  defaultSeverity: 'warning',
  title: { zh: '无声或听不清时按规范询问后再结束通话', en: 'On a silent or unclear line, apologize and ask before closing the call' },
  sources: [S000_SILENT, S000_QUIET, S000_NOISE],
  examples: {
    flag: [
      '听不见,我挂了。',
      '你大声点!',
      '喂?我聽不清楚,說話大聲點!',
      '坐席:您好!我是客服代表{工号}。\n【客户无声】\n坐席:对不起,我听不见您的声音,稍后再与您联系,再见!\n',
    ],
    pass: [
      '您好!我是XX移动10086客服代表XXX(工号),您能听见我的声音吗?',
      '对不起,我听不见您的声音,稍后再与您联系,再见!',
      '對不起!我聽不清您的聲音,麻煩您大聲一點,好嗎?',
      '对不起,电话声音太小,稍后再与您联系,再见!',
      '对不起!电话杂音太大,稍后再与您联系,好吗?再见!',
      '坐席:您好!我是客服代表{工号},您能听见我的声音吗?\n【客户无声】\n坐席:对不起,我听不见您的声音,稍后再与您联系,再见!\n',
      '不好意思,我没听清,您能再说一遍吗?',
      '我听不清您说的是哪个套餐,请您再说一下。',
    ],
  },
  // Whether an ask came before a bad line's closing, and whether the closing is all the excerpt shows.
  turnsSeenElsewhere: (doc, view) => [firstSpeakingAgentTurn(doc), firstTurnSaying(doc, view, ASK_RE)],
  // A prompt said again into the silence before a closing: the agent's turn before it, and the silence after that.
  turnsSeenBefore: (doc) => [firstAndLast(doc, (i) => isSpeakingAgent(doc, i)).last, lastSilence(doc)],
  check(ctx) {
    const taboo = ctx.hitsOf('taboo-phrase');
    for (const m of sentenceMatches(ctx.view, SPEAK_UP_RE)) if (isDemand(ctx.view, m)) reportDemand(ctx, m, taboo);
    for (const m of sentenceMatches(ctx.view, CANNOT_HEAR_RE)) if (isBlunt(ctx, m)) reportBlunt(ctx, m, taboo);
    checkClosings(ctx);
  },
};

function isDemand(view: NormalizedView, m: ViewMatch): boolean {
  const before = view.text.slice(Math.max(sentenceStart(view, m.start), m.start - 8), m.start);
  return !POLITE_BEFORE_RE.test(before) && !POLITE_AFTER_RE.test(view.text.slice(m.end, m.end + 3));
}

function reportDemand(ctx: RuleContext, m: ViewMatch, taboo: readonly Span[]): void {
  const { doc } = ctx;
  const range = originalRange(ctx.view, m.start, m.end);
  if (overlapsAny(taboo, range.start, range.end)) return;
  const said = doc.text.slice(range.start, range.end);
  // 大声点! as a clause that ends a sentence becomes the seed's whole request; elsewhere only its words (再大声点 …).
  // The marks that end it go with it, all of a run (大声点!?!, 大声点?): the request ends with its own ?.
  const rest = doc.text.slice(range.end, range.end + 8);
  const marks = /^[!\uFF01?\uFF1F]+/.exec(rest)?.[0] ?? (/^[\u3002.]/.test(rest) ? rest[0] : '');
  const fix: Fix = marks !== '' && opensClause(ctx.view, m.start)
    ? replaceFix(doc, range.start, range.end + marks.length, SPEAK_UP, true)
    : replaceFix(doc, range.start, range.end, SPEAK_UP.replace(/，好吗？$/, ''), false);
  ctx.report(range.start, range.end, {
    zh: `“${said}”是命令口气:应说“${SPEAK_UP}”`,
    en: `"${said}" orders the customer about: say "${SPEAK_UP}" (would you speak a little louder, please?)`,
  }, [fix]);
}

/** A 听不见 of the agent's that ends its clause, with no apology before it in the turn. */
function isBlunt(ctx: RuleContext, m: ViewMatch): boolean {
  const { view, doc } = ctx;
  // 您听不见吗 asks the customer; 听不清您说的是哪个套餐 goes on.
  if (!closesClause(view, m.end) || view.text[m.start - 1] === '你') return false;
  const own = turnView(doc, view, doc.turns[lineAt(doc, view.origin[m.start]).turn as number]);
  const at = own.origin.indexOf(view.origin[m.start]);
  return !APOLOGY_RE.test(own.text.slice(0, at));
}

function reportBlunt(ctx: RuleContext, m: ViewMatch, taboo: readonly Span[]): void {
  const { doc } = ctx;
  const range = originalRange(ctx.view, m.start, m.end);
  if (overlapsAny(taboo, range.start, range.end)) return;
  const said = doc.text.slice(range.start, range.end);
  const say = ctx.view.text.slice(m.start, m.end).includes('清') ? '对不起，我听不清您的声音' : '对不起，我听不见您的声音';
  ctx.report(range.start, range.end, {
    zh: `“${said}”没有致歉:应说“${say}”`,
    en: `"${said}" comes with no apology: say "${say}" (sorry, I cannot hear you)`,
  }, [replaceFix(doc, range.start, range.end, say, false)]);
}

/**
 * 000 四(四)1–2: the closing of a silent or quiet line comes after the agent has asked. Not judged
 * when the closing is the agent's first turn: an excerpt that shows only the closing.
 */
function checkClosings(ctx: RuleContext): void {
  const { doc, view } = ctx;
  const first = firstSpeakingAgentTurn(doc);
  const ask = firstTurnSaying(doc, view, ASK_RE) ?? Infinity;
  for (const { turn: i, view: own, words } of badLineClosings(doc, view)) {
    if (first === undefined || i <= first || ask < i || promptedAgain(doc, view, i, first)) continue;
    const silent = firstSentenceMatch(own, NO_VOICE_RE) !== undefined;
    if (!silent && firstSentenceMatch(own, TOO_QUIET_RE) === undefined) continue;
    const range = originalRange(own, words.start, words.end);
    const askWords = silent ? ASK_SILENT : ASK_QUIET;
    const fix = lineBeforeTurnFix(doc, doc.turns[i], askWords, (line) => ({ zh: `在此前另起一行“${line}”`, en: `Add the line "${line}" before it` }));
    ctx.report(range.start, range.end, {
      zh: silent ? '客户无声时,应先询问“您能听见我的声音吗?”,仍无回应再结束通话' : '客户声音太小时,应先请客户“大声一点”,仍听不清再结束通话',
      en: silent
        ? 'On a silent line, first ask "您能听见我的声音吗?" (can you hear me?), and close the call only if there is still no answer'
        : 'When the customer is too quiet, first ask them to speak up, and close the call only if they still cannot be heard',
    }, fix ? [fix] : []);
  }
}

/**
 * The hotlines' own no-voice procedure (您好，请问有什么可以帮助您? → 稍停5秒还是无声 → 您好，请问
 * 有什么可以帮助您? → 稍停5秒对方无反应 → 对不起，您的电话没有声音……再见!) and the switchboards'
 * (您好，您的电话已接通，请讲。 → 对不起，暂时听不到您的声音，请您稍后再拨，再见。) ask by prompting
 * again: the closing follows an agent turn, not the first, that prompts the caller and met silence
 * (a direction says so, or the customer's turn between says nothing is heard: (还是没有声音)).
 */
function promptedAgain(doc: ScriptDocument, view: NormalizedView, closing: number, first: number): boolean {
  const before = previousAgentTurn(doc, closing);
  if (before === undefined || before <= first || !PROMPT_RE.test(turnView(doc, view, doc.turns[before]).text)) return false;
  const silence = lastSilence(doc, closing);
  return silence !== undefined && silence >= before;
}

/** The last turn before `end` in which nothing is heard from the customer: a direction says so, or the customer's turn does (还是没有声音). */
function lastSilence(doc: ScriptDocument, end = doc.turns.length): number | undefined {
  const directed = stageDirections(doc).filter((d) => d.turn !== undefined && d.turn < end && d.event === 'silence').map((d) => d.turn as number);
  for (let t = end - 1; t >= 0; t--) {
    if (directed.includes(t)) return t;
    if (doc.turns[t].role === 'customer' && stageEventOf(customerSaid(doc, t)) === 'silence') return t;
  }
  return undefined;
}
