import { firstTurn, type ScriptDocument, type ScriptLine, type Turn } from '../document';
import { isFaceToFace } from '../front-matter';
import { ruleSettings } from '../config';
import type { NormalizedView } from '../normalize';
import type { Rule } from '../rule';
import { lineSaysSomething, withoutUnseenEnds } from '../says-something';
import { firstSentenceMatch, LINE_TROUBLE_RE } from './call-turns';
import { closingLacks, closingThanks, closingTurnsSeen } from './closing-sequence';
import { turnHandsOn } from './conversation';
import { OFFER_RE } from './opening-order';
import { styledAt, textFix } from './reword';
import { turnView } from './turn-text';

/** “再见”结尾: the agent's last words in a script say goodbye. */

const S004 = { seed: '004_2855f23ed23c31c5.txt', section: '一、人員素質 7 三要' };
const S000 = { seed: '000_e626cd326d976e13.txt', section: '四、(一)首问语及结束用语 4.结束用语' };

/** A transfer: the caller stays on the line. */
const HANDS_OVER_RE = /转接|转给|转到/;
/**
 * A question at the end of a line: …好吗?, and a challenge …吗?! that a fix calms to a question;
 * quotes and brackets after it, opening or closing, say nothing more (…张先生吗?「, …吗?」).
 */
const ASKS_AT_END = /[?\uFF1F][?!\uFF1F\uFF01]*[\s「」『』“”‘’《》〈〉()\uFF08\uFF09[\]]*$/;
/** 再见面 (see you again) is not a goodbye. */
const GOODBYE_RE = /再见(?!面)/;
/**
 * Face to face the customer walks away, and the farewell is said as they leave: 您慢走, 请走好,
 * 欢迎下次再来 take the place of 再见 at a counter or on a visit (002 §3.2: 走时应主动与客户道别).
 */
const FAREWELL_RE = /慢走|走好|欢迎(?:你)?(?:下次|再次)?(?:再来|光临)/;
/** The thanks of an inbound and of an outbound closing, offered where the script does not say which it is. */
const ANY_DIRECTION_THANKS = ['感谢您的来电', '感谢您的接听'];
/** A word: a line of marks alone, or of characters nobody sees (a stray bidi control), says nothing yet. */
const SAYS_RE = /[\p{L}\p{N}]/u;
/** Ends of a sentence that 再见! can simply follow; after a comma it follows too. */
const SENTENCE_END = '\u3002.!\uFF01?\uFF1F\u2026;\uFF1B,\uFF0C\u3001';

export const closingGoodbye: Rule = {
  id: 'closing-goodbye',
  defaultSeverity: 'warning',
  title: { zh: '结束语以“再见”结尾', en: 'End the call with 再见 (goodbye)' },
  sources: [S004, S000],
  examples: {
    flag: [
      '谢谢您的合作。请为我的服务评分。',
      '坐席:您好!我是客服代表{工号}。\n客户:没事了。\n坐席:感谢您的来电,您慢走。\n',
      '坐席:您好!我是客服代表{工号}。\n客户:好的,再见。\n坐席:感謝您的來電【停頓兩秒後掛機】\n',
    ],
    pass: [
      '谢谢您的合作。请为我的服务评分,再见!',
      '很感謝您接受訪問,如果您還有不清楚的地方,請隨時和我們聯繫,再見!',
      '坐席:祝您生活愉快,再见。\n客户:谢谢,拜拜。\n',
      '客户:你好?\n',
      '---\nchannel: counter\n---\n坐席:您好,请问办理什么业务?\n客户:好了,我走了。\n坐席:请您慢走,欢迎下次再来。\n',
    ],
  },
  // Whether the agent speaks again after a turn; what the closing lacks, which the fix brings.
  turnsSeenElsewhere: (doc, view) => [firstTurn(doc, (t) => t.role === 'agent' && lastSpokenLine(doc, t) !== undefined), ...closingTurnsSeen(doc, view)],
  check(ctx) {
    const { doc } = ctx;
    const turn = lastSpokenAgentTurn(doc);
    const own = turn && turnView(doc, ctx.view, turn);
    if (!turn || !own || GOODBYE_RE.test(own.text)) return;
    if (isFaceToFace(doc.frontMatter.channel) && FAREWELL_RE.test(own.text)) return;
    // A last turn that hands the call on (我将您的电话转接给……) does not end it: the next desk says goodbye.
    if (turnHandsOn(doc, ctx.view, doc.turns.indexOf(turn))) return;
    const line = lastSpokenLine(doc, turn) as ScriptLine;
    const spans = line.spoken.map((s) => withoutUnseenEnds(doc.text, s)).filter((s) => s.end > s.start);
    const start = spans[0].start;
    const end = spans[spans.length - 1].end;
    const before = doc.text[end - 1];
    // The goodbye brings the thanks its closing needs (closing-sequence).
    const lacks = ruleSettings(ctx.config, 'closing-sequence', 'warning').severity === 'off' ? undefined : closingLacks(doc, ctx.view, doc.turns.indexOf(turn));
    const lead = SENTENCE_END.includes(before) ? '' : ',';
    const append = (words: string, apply: boolean) => {
      const fix = textFix(end, end, (text) => ({ zh: `在末尾加上“${text}”`, en: `Append "${text}"` }), styledAt(doc, end, `${lead}${words}`), apply);
      // What the goodbye brings depends on how the call opens and what its closing says, which other fixes may change.
      fix.edits[0].afterOthers = true;
      return fix;
    };
    const apply = preferred(doc, own, start, end, lacks);
    // The thanks differs by who placed the call (来电 / 接听): the front matter says, or an opening that
    // asks what the caller needs (请问有什么可以帮您) shows the customer called. Neither, and a wake-up
    // call the hotel places would thank the guest for calling; 再见 alone would leave the closing
    // without its thanks (closing-sequence). The writer then chooses.
    const fixes = !lacks?.thanks
      ? [append('再见!', apply)]
      : doc.frontMatter.direction !== undefined || opensAnswering(doc, ctx.view)
        ? [append(`${closingThanks(doc)[0]},再见!`, apply)]
        : ANY_DIRECTION_THANKS.map((thanks) => append(`${thanks},再见!`, false));
    ctx.report(
      start,
      end,
      { zh: '结束时没有说“再见”', en: 'The agent\'s last turn does not say 再见 (goodbye)' },
      fixes,
    );
  },
};

/**
 * Whether 再见 is the fix to apply. It is only offered after a question (…好吗?, and a challenge
 * …吗?! that a fix calms to one): the customer has yet to answer, and 再见 would cut them off; when
 * the closing lacks its question, which needs a turn of its own; on a line without a word (marks
 * alone, a stray bidi control), which says nothing yet; and in a turn about a bad line (听不清),
 * which 再见 would make the call's end on a bad line, which comes only after asking (silent-line);
 * and in a turn that hands the call over (转接): the call goes on with someone else.
 */
function preferred(doc: ScriptDocument, own: NormalizedView, start: number, end: number, lacks: { offer: boolean } | undefined): boolean {
  const said = doc.text.slice(start, end);
  return !ASKS_AT_END.test(said) && !lacks?.offer && SAYS_RE.test(said) && firstSentenceMatch(own, LINE_TROUBLE_RE) === undefined && !HANDS_OVER_RE.test(own.text);
}

const OFFERS_HELP = new RegExp(OFFER_RE.source);

/** Whether the call's first agent turn asks what the caller needs: an inbound call's opening. */
function opensAnswering(doc: ScriptDocument, view: NormalizedView): boolean {
  const first = firstTurn(doc, (t) => t.role === 'agent' && lastSpokenLine(doc, t) !== undefined);
  return first !== undefined && OFFERS_HELP.test(turnView(doc, view, doc.turns[first]).text);
}

function lastSpokenAgentTurn(doc: ScriptDocument): Turn | undefined {
  for (let i = doc.turns.length - 1; i >= 0; i--) {
    const turn = doc.turns[i];
    if (turn.role === 'agent' && lastSpokenLine(doc, turn)) return turn;
  }
  return undefined;
}

function lastSpokenLine(doc: ScriptDocument, turn: Turn): ScriptLine | undefined {
  for (let i = turn.lastLine; i >= turn.firstLine; i--) {
    const line = doc.lines[i];
    if (lineSaysSomething(doc, line)) return line;
  }
  return undefined;
}
