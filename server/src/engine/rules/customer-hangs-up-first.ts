import { lineAt, type ScriptDocument } from '../document';
import type { Rule, RuleContext } from '../rule';
import { stageDirections, type StageDirection } from '../stage-events';
import type { Fix } from '../types';
import { deleteFix } from './reword';
import { badLineClosings, spokenText } from './call-turns';
import { originalRange, sentenceMatches } from './turn-text';

/**
 * 让客户先挂电话: the agent hangs up only once the customer has said goodbye or hung up, and never
 * says they are hanging up. Read on the script's stage directions (stage-events.ts) and turns.
 */

const S001_CONDUCT = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心座席員行為標準 第1條 15' };
const S001_END = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫業務電話禮儀標準 第3條 結束電話的禮儀 2' };
const S002 = { seed: '002_5ab7d194a3b83629.txt', section: '3.4 上门五件事 (1)打电话 向客户道别' };
const S003 = { seed: '003_22534ffe70de67c3.txt', section: '四、通话结束与后续跟进 2.感谢与礼貌道别' };
const S004 = { seed: '004_2855f23ed23c31c5.txt', section: '五、現場管理制度 5' };
const S000_LINE = { seed: '000_e626cd326d976e13.txt', section: '四、(四)各种语音环境用语规范' };

/** The customer is done: a goodbye, or 003's "no other matters" answered. */
const CUSTOMER_DONE_RE = /再见|拜拜|没有了|没有其他|没有别的|没事了|不用了/;
/** 我先挂了, 那我就挂了, 我这边就先挂机了; not 我帮您挂失, nor 我挂了号 (registered). */
const SAYS_HANGUP_RE = /(?:那么?)?我(?:这边|们)?(?:先|就|要|可){0,2}挂(?:了|啦|机了|电话了|断了|掉了)(?![号失账])/g;

export const customerHangsUpFirst: Rule = {
  id: 'customer-hangs-up-first',
  defaultSeverity: 'warning',
  title: { zh: '让客户先挂电话', en: 'Let the customer hang up first' },
  sources: [S001_CONDUCT, S001_END, S002, S003, S004, S000_LINE],
  examples: {
    flag: [
      '坐席:感谢您的来电,再见!【挂机】\n客户:再见。\n',
      '坐席:請問還有其他可以幫您的嗎?\n客户:這個套餐怎麼取消?\n坐席:【掛斷電話】\n',
      '好的,那我先挂了,再见!',
      '好的,我這邊先掛了。',
    ],
    pass: [
      '坐席:请问还有其他可以帮您的吗?\n客户:没有了,再见。\n坐席:感谢您的来电,再见!【客户挂机后挂机】\n',
      '坐席:祝您生活愉快,再见。\n客户:再见。【客户挂机】\n坐席:【挂机】\n',
      '坐席:对不起,我听不见您的声音,稍后再与您联系,再见!【停顿2秒后挂机】\n',
      '坐席:對不起,電話雜音太大,稍後再與您聯繫,好嗎?再見!【停頓2秒,掛機】\n',
      '坐席:您好,我已经帮您挂失了这张卡。\n',
      '坐席:感谢您的来电,再见!\n',
    ],
  },
  // Whether the customer said goodbye or hung up before, and whether the agent closed a bad line.
  turnsSeenElsewhere: (doc, view) => [customerDoneTurn(doc), badLineClosings(doc, view, true)[0]?.turn],
  check(ctx) {
    const { doc, view } = ctx;
    // 000 四(四): on a silent or noisy line the agent closes, pauses two seconds and hangs up first.
    const [closing] = badLineClosings(doc, view, true);
    const allowedFrom = Math.min(customerDoneAt(doc), closing ? closing.view.origin[closing.words.start] : Infinity);
    for (const d of stageDirections(doc)) {
      if (d.event === 'agent-hangup' && d.start < allowedFrom && !inCustomerTurn(doc, d) && !tellsOtherCalls(doc, d)) reportHangup(ctx, d);
    }
    for (const m of sentenceMatches(view, SAYS_HANGUP_RE)) {
      const { start, end } = originalRange(view, m.start, m.end);
      const said = doc.text.slice(start, end);
      ctx.report(
        start,
        end,
        { zh: `“${said}”:应让客户先挂电话,不说自己要挂机`, en: `"${said}": let the customer hang up first, and do not announce hanging up` },
        [deleteWithMark(ctx, start, end)],
      );
    }
  },
};

function reportHangup(ctx: RuleContext, d: StageDirection): void {
  const text = ctx.doc.text.slice(d.start, d.end);
  const { start, end } = lastWordsBefore(ctx.doc, d) ?? d;
  ctx.report(start, end, {
    zh: `${text}:客户还没有道别或挂机,坐席不应先挂机`,
    en: `${text}: the customer has not said goodbye or hung up yet; the agent must not hang up first`,
  });
}

/**
 * 【没等王女士反应过来,接线员的电话已经挂断了】 on a line of its own tells what the agent did after their
 * last words; the line to correct is those words (the call ended on them), not the writer's narration.
 * A direction on the agent's own line (坐席:他不在【挂断电话】, 坐席:【挂机】) is that line already.
 */
function lastWordsBefore(doc: ScriptDocument, d: StageDirection): { start: number; end: number } | undefined {
  const own = doc.lines[d.line];
  if (own.label || own.spoken.some((s) => doc.text.slice(s.start, s.end).trim() !== '')) return undefined;
  for (let i = d.line - 1; i >= 0 && doc.lines[i].turn === d.turn; i--) {
    const words = doc.lines[i].spoken.filter((s) => doc.text.slice(s.start, s.end).trim() !== '');
    if (words.length > 0) return words[words.length - 1];
  }
  return undefined;
}

/** The first turn in which the customer says goodbye or hangs up (a direction such as 【客户挂机】 in any turn). */
function customerDoneTurn(doc: ScriptDocument): number | undefined {
  const at = customerDoneAt(doc);
  return at === Infinity ? undefined : lineAt(doc, at).turn;
}

/**
 * 【记者多次拨打此号码,皆是接通后立刻挂断】: a reporter's note of calls the caller dialed, told in a
 * line, not a hang-up on the call the script holds; there was no conversation to close first.
 */
const OTHER_CALLS_RE = /拨打|拨通|致电|打过去|再打|(?:多|几|数|每|[0-9一二两三四五六七八九十]+)次/;

function tellsOtherCalls(doc: ScriptDocument, d: StageDirection): boolean {
  return OTHER_CALLS_RE.test(doc.text.slice(d.start, d.end));
}

/** 客户:好的,再见。【挂机】: a hang-up in the customer's turn is the customer's. */
function inCustomerTurn(doc: ScriptDocument, d: StageDirection): boolean {
  return d.turn !== undefined && doc.turns[d.turn].role === 'customer';
}

/** Where the customer is first done, as an offset (Infinity: never). */
function customerDoneAt(doc: ScriptDocument): number {
  let at = Infinity;
  const hangup = stageDirections(doc).find((d) => d.event === 'customer-hangup' || (d.event === 'agent-hangup' && inCustomerTurn(doc, d)));
  if (hangup) at = hangup.start;
  for (const turn of doc.turns) {
    const start = doc.lines[turn.firstLine].start;
    if (start >= at) break;
    if (turn.role === 'customer' && CUSTOMER_DONE_RE.test(spokenText(doc, turn))) return start;
  }
  return at;
}

const COMMA_RE = /[,\uFF0C\u3001]/;
const SENTENCE_END_RE = /[\u3002.!\uFF01?\uFF1F;\uFF1B]/;

/** Deleting the words takes one of the marks around them: 好的,我先挂了,再见 → 好的,再见; 好的,我先挂了。 → 好的。 */
function deleteWithMark(ctx: RuleContext, start: number, end: number): Fix {
  const { text } = ctx.doc;
  if (COMMA_RE.test(text[end] ?? '')) return deleteFix(ctx.doc, start, end + 1, false);
  if (SENTENCE_END_RE.test(text[end] ?? '') && COMMA_RE.test(text[start - 1] ?? '')) return deleteFix(ctx.doc, start - 1, end, false);
  return deleteFix(ctx.doc, start, end, false);
}
