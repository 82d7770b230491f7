import { inScriptOf } from '../chinese-script';
import { firstTurn, turnAt, type ScriptDocument, type Span, type Turn } from '../document';
import type { Rule } from '../rule';
import type { Fix } from '../types';
import { spokenRange } from './call-turns';
import { handOffTurnsSeen, holdsOf } from './holds';
import { imposedWaits } from './imposed-waits';
import { punctuatedAt, scriptSample } from './reword';
import { sentenceMatches } from './turn-text';

/**
 * 请稍等 → 感谢您的等候: a customer who was asked to wait, or put on hold by a stage direction
 * (【保持】), is thanked for it later in the script. Read on the normalized view of all agent
 * text (您 is 你 there, traditional is simplified). Whether the hold gives a reason and asks
 * consent is `hold-procedure`'s.
 */

const S000 = { seed: '000_e626cd326d976e13.txt', section: '四、(二)礼貌用语规范 1.让客户等待超过5秒' };
const S001 = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心座席員行為標準 第1條 11' };
const THANKS_RE = /(?:感谢|谢谢)(?:你的)?(?:耐心|等候|等待)|久等/g;
const THANKS = '感谢您的等候';

export const waitThanks: Rule = {
  id: 'wait-thanks',
  defaultSeverity: 'warning',
  title: { zh: '让客户等待后要感谢等候', en: 'Thank the customer after asking them to wait' },
  sources: [S000, S001],
  examples: {
    flag: [
      '坐席:好的,我帮您查询一下。【等待3秒】\n坐席:您的套餐是88元。\n',
      '请稍等,我正在帮您查询。',
      '坐席:請您稍候,我幫您查一下。\n客户:好的。\n坐席:您的套餐是88元。\n',
      '坐席:感谢您的等候。请稍等,我再核实一下。\n',
      '坐席:您等一下,我帮您查。\n客户:好。\n坐席:您的套餐是88元。\n',
      '坐席:我幫您查詢一下,大約需要一分鐘,可以嗎?\n客户:可以。\n【保持】\n坐席:您的套餐是88元。\n',
      '坐席:师傅在路上,你们先等二十分钟。\n',
      '坐席:最快也要半个小时。\n',
      '坐席:请继续等候。\n',
      '坐席:请您再稍等几分钟,我在核对。\n',
      '坐席:你等着,我去查一下记录。\n',
    ],
    pass: [
      '坐席:请稍等,我正在帮您查询。\n客户:好的。\n坐席:感谢您的等候,您的套餐是88元。\n',
      '坐席:您好,请问能听到我说话吗?【等待3秒左右】\n坐席:对不起,暂时听不到您的声音,请您稍后再拨,再见。\n',
      '坐席:請稍等。\n客户:好。\n坐席:不好意思讓您久等了,就您所提到的問題……\n',
      '坐席:麻烦您稍候。\n坐席:感谢您的耐心等待。\n',
      '客户:请稍等,我找一下合同。\n',
      '坐席:我帮您查询一下,大约需要一分钟,可以吗?\n客户:可以。\n【保持】\n【取消保持】\n坐席:让您久等了,您的套餐是88元。\n',
      '# 结束\n坐席:请您稍候对我的服务进行评价,再见!\n',
      '坐席:等一下我们会给您发送确认短信。\n',
      '坐席:非常抱歉,师傅最快也要半个小时才能到。\n',
      '坐席:最快也要二十分钟。\n客户:好吧。\n坐席:感谢您的耐心,师傅到了会先给您打电话。\n',
      '坐席:办理大约需要十分钟,请您带好身份证。\n',
      '坐席:我们会尽快为您安排发货,请耐心等待收货。\n',
      '坐席:请您再耐心等待两天,快递到了会短信通知您。\n',
    ],
  },
  // Where the agent next speaks (for the fix), whether thanks come later, and whether the wait hands the call on.
  turnsSeenElsewhere(doc, view) {
    const [thanks] = sentenceMatches(view, THANKS_RE);
    return [
      firstTurn(doc, (t) => t.role === 'agent' && firstSpoken(doc, t) !== undefined),
      thanks && turnAt(doc, view.origin[thanks.start]),
      ...handOffTurnsSeen.elsewhere(doc),
    ];
  },
  // Whether the agent turn before a hold direction on a customer's line already asked to wait; what the caller asked.
  turnsSeenBefore: (doc) => handOffTurnsSeen.before(doc),
  check(ctx) {
    const { doc, view } = ctx;
    const thanks = sentenceMatches(view, THANKS_RE);
    const lastThanks = thanks.length > 0 ? view.origin[thanks[thanks.length - 1].start] : -1;
    for (const hold of holdsOf(doc, view)) {
      if (lastThanks >= hold.end) continue;
      const said = doc.text.slice(hold.start, hold.end);
      ctx.report(
        hold.start,
        hold.end,
        { zh: `“${said}”之后没有感谢客户等候`, en: `"${said}" is never followed by thanks for waiting` },
        thanksFixes(doc, hold, inScriptOf(THANKS, scriptSample(doc, hold.start))),
      );
    }
    // No fix: thanks for a wait not yet waited would be premature, and how to soften 最快也要 is the writer's.
    for (const wait of imposedWaits(doc, view)) {
      if (lastThanks >= wait.end) continue;
      const said = doc.text.slice(wait.start, wait.end);
      ctx.report(wait.start, wait.end, {
        zh: `让客户等待“${said}”，却没有致歉或感谢客户耐心等候`,
        en: `"${said}" makes the customer wait with no apology or thanks for their patience`,
      });
    }
  },
};

/**
 * Where the agent comes back after the wait is for the writer to say, so neither fix is
 * preferred and `--fix` leaves the finding alone. Both go where the agent next speaks: at the
 * start of that turn, or as a line of its own before it. Without a later agent turn there is
 * no place to offer.
 */
function thanksFixes(doc: ScriptDocument, wait: Span, thanks: string): Fix[] {
  const waitTurn = turnAt(doc, wait.start) as number;
  let next = waitTurn + 1;
  while (next < doc.turns.length && (doc.turns[next].role !== 'agent' || firstSpoken(doc, doc.turns[next]) === undefined)) next++;
  if (next >= doc.turns.length) return [];
  const turn = doc.turns[next];
  const first = doc.lines[turn.firstLine];
  const at = firstSpoken(doc, turn) as number;
  // The turn's own label, with its indent and colon: only a script's very first turn can lack one.
  const label = doc.text.slice(first.start, (first.label as Span).end);
  const eol = doc.text.charCodeAt(first.end) === 13 ? '\r\n' : '\n';
  const prefix = punctuatedAt(doc, at, `${thanks},`);
  const line = `${label}${thanks}。${eol}`;
  return [
    {
      title: { zh: `在坐席下一句开头加上“${prefix}”`, en: `Begin the agent's next turn with "${prefix}"` },
      edits: [{ start: at, end: at, newText: prefix }],
    },
    {
      title: { zh: `在坐席下一句前另起一行“${label}${thanks}。”`, en: `Add the line "${label}${thanks}。" before the agent's next turn` },
      edits: [{ start: first.start, end: first.start, newText: line }],
    },
  ];
}

/** The offset of a turn's first spoken character that is not a space or invisible. */
function firstSpoken(doc: ScriptDocument, turn: Turn): number | undefined {
  return spokenRange(doc, turn)?.start;
}
