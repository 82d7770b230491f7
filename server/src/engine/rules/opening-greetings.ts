import type { ScriptDocument } from '../document';
import { GAP_NONE, type NormalizedView } from '../normalize';
import type { Fix } from '../types';
import { styledAt, textFix, type StyledText } from './reword';
import { sentenceMatches, crossesSentenceEnd, type ViewMatch } from './turn-text';
import { clauseStart } from './phrase-context';

/**
 * How an agent turn opens a call, read on the turn's normalized view (simplified, half-width,
 * 您 → 你, punctuation dropped): a greeting at its start, after an address if there is one
 * (尊敬的先生/女士,您好), or the service words of a hotline's first line (很高兴为您服务, 欢迎致电…).
 * What greeting-employee-id asks the employee ID of, and where an ID can go in.
 */

/** Greetings a call opens with; a wish (祝您节日快乐) is not one. */
const GREETING_RE = /(?:你好|你早|(?:早上|上午|中午|下午|晚上)+好|早安|周末好|(?:新年|春节|过年|新春|节日|节假日|假期)好|问候语|(?!祝|预祝)[\u4e00-\u9fff]{1,12}?(?:快乐|安康))/y;
/**
 * One part of an address before the greeting: 张先生, 尊敬的先生/女士 (two parts), {客户称呼}, and
 * the kinship words an elderly customer is called by (陈叔叔早上好, 王阿姨您好).
 */
const ADDRESS_PART_RE = /^(?:尊敬的|亲爱的)?[\u4e00-\u9fff0-9a-z×○]{0,6}(?:先生|女士|小姐|老师|师傅|客户|用户|会员|朋友|业主|家长|称呼|叔叔|阿姨|大爷|大妈|大叔|大姐|大哥|奶奶|爷爷)$/;
const MAX_ADDRESS_PARTS = 3;
const MAX_ADDRESS_LENGTH = 11;
/** What a hotline's first line says when it opens with the desk rather than a greeting. */
const PLEASED_RE = /很高兴为你服务/g;
const WELCOME_RE = /欢迎(?:致电|来电|拨打)/g;

/**
 * A desk or unit named before the greeting, as offices and switchboards answer (秘书室,您好 ·
 * (XX处) XX科,您好 · ○○处/室/系/所,您好): a clause of its own that ends in what a unit is called.
 */
const MAX_DESK_PARTS = 4;
const DESK_RE = /^[\u4e00-\u9fff0-9a-z×○]{0,14}?(?:室|处|科|部|所|系|中心|热线|公司|银行|医院|局|厅|总机|总台|前台|服务台)$/;

/**
 * A hotel's or an international desk's switchboard answers in English first (Good morning, HuaTian
 * Hotel, 您好…): the English words, read on the view as one run of letters, come before the greeting.
 */
const ENGLISH_OPENING_RE = /^(?:good(?:morning|afternoon|evening|day)|hello|welcome)[a-z0-9]*/;

/** The greeting that opens a turn, after an address or a desk's name if there is one. */
export function openingGreeting(text: string, view: NormalizedView): ViewMatch | undefined {
  const desk = deskBeforeGreeting(text, view);
  const english = ENGLISH_OPENING_RE.exec(view.text);
  const from = desk ? desk.end : english ? english[0].length : afterAddress(view);
  // 张先生您好: an address glued to its greeting.
  for (let start = from; start <= from + MAX_ADDRESS_LENGTH && start < view.text.length; start++) {
    if (start > from && (view.gap[start] !== GAP_NONE || !ADDRESS_PART_RE.test(view.text.slice(from, start)))) continue;
    GREETING_RE.lastIndex = start;
    const m = GREETING_RE.exec(view.text);
    // 你早 greets as a clause of its own (你早。); 你早干嘛去了 is a reproach.
    if (m && m[0] === '你早' && start + 2 < view.text.length && view.gap[start + 2] === GAP_NONE) continue;
    if (m && !crossesSentenceEnd(view, start, start + m[0].length)) return { start, end: start + m[0].length };
  }
  return undefined;
}

/**
 * 喂 answering the call (喂!係!我姓X,有咩可以幫到你?) stands where the greeting should: the turn is
 * still the opening, and the ID is due there as after 您好. That 喂 is rude is taboo-phrase's finding.
 * Only a turn that goes on as an opening does (a greeting, the agent's or the desk's name as in
 * 喂,您好,是李先生吗?我们是物业服务中心, the offer of help, or asking who is wanted or calling —
 * 喂!你找谁啊?, 喂,哪位?, 喂,有事吗?, the rude form of the same offer): 喂,过来! or 喂,不可能的吧 is a
 * call for attention, not an answer to the ring. Any interjection said for the ring reads so (哎!找谁?),
 * and so does Cantonese's offer (有乜可幫到你?).
 */
const HELLO_RE = /^(?:喂+|哎+|诶+|欸+)/;
const OPENS_CALL_RE = /^你好|我们?(?:姓|叫|是)|有(?:什么|咩|乜|啥)(?:事|可以|可|能|要|需要)|^有事(?:情)?(?:吗|么|儿|啊|呀)?|找谁|哪位|你是谁|(?:什么|啥)事/;

export function openingHello(view: NormalizedView): ViewMatch | undefined {
  const m = HELLO_RE.exec(view.text);
  return m && OPENS_CALL_RE.test(view.text.slice(m[0].length)) ? { start: 0, end: m[0].length } : undefined;
}

/** A masked number's stars (**************002X, 138****5678): blanks the view drops, each standing for a character. */
const MASK = /[*\uFF0A]/;
const MASKS = /[*\uFF0A]/g;

/**
 * The desk's name a turn opens with, when a greeting follows it as the next clause. A mask's stars
 * count as the characters they hide: a masked ID glued to words (****002X问一下济南公司) is no
 * more a desk's short name than the ID was.
 */
export function deskBeforeGreeting(text: string, view: NormalizedView): ViewMatch | undefined {
  if (view.text.length === 0) return undefined;
  let typedStart = view.origin[0];
  while (typedStart > 0 && MASK.test(text[typedStart - 1])) typedStart--;
  // The name may come in parts: (XX处) XX科, ○○处/室/系/所.
  let end = 0;
  for (let parts = 0; parts < MAX_DESK_PARTS; parts++) {
    end++;
    while (end < view.text.length && view.gap[end] === GAP_NONE && view.text[end] !== '\n') end++;
    if (end >= view.text.length || view.text[end] === '\n') return undefined;
    const hidden = text.slice(typedStart, view.origin[end - 1] + 1).match(MASKS)?.length ?? 0;
    if (!DESK_RE.test('x'.repeat(hidden) + view.text.slice(0, end))) continue;
    GREETING_RE.lastIndex = end;
    if (GREETING_RE.test(view.text)) return { start: 0, end };
  }
  return undefined;
}

/** Where the turn's words start after an address (张先生,…): 0 when it has none. */
function afterAddress(view: NormalizedView): number {
  let at = 0;
  for (let parts = 0; parts < MAX_ADDRESS_PARTS; parts++) {
    let end = at + 1;
    while (end < view.text.length && view.gap[end] === GAP_NONE && view.text[end] !== '\n') end++;
    if (end >= view.text.length || view.text[end] === '\n' || !ADDRESS_PART_RE.test(view.text.slice(at, end))) break;
    at = end;
  }
  return at;
}

/** The opening's words to report: the greeting, else 很高兴为您服务 or 欢迎致电 in the turn's first sentence. */
export function openingWords(text: string, view: NormalizedView): ViewMatch | undefined {
  return openingGreeting(text, view) ?? inFirstSentence(view, PLEASED_RE) ?? inFirstSentence(view, WELCOME_RE);
}

/**
 * A call or chat answered with no greeting at all: the offer of help (请问有什么可以帮您?, the curt
 * 有什么事吗?), the bid to speak (请讲), a chat's "here" (亲,在的~), a desk that serves (前台为您服务), or
 * the caller asked who they are instead (你叫什么名字?你是哪个单位的?, 找谁?),
 * also after a bare yes to the caller's 是XX吗? (是的,有什么事吗?): the yes confirms the place and
 * greets nobody. Only where a call opens is this an opening; mid-call the same words ask what else
 * the customer needs.
 */
const BARE_OPENING_RE = /^(?:亲)?(?:(?:是|对|嗯|没错)(?:的|啊|呀)?)?(?:在的|在呢|(?:请问)?有(?:什么|啥)(?:事|(?:可以|能|需要)?(?:我)?(?:帮|为)(?:到|助|得到)?你)|请讲|[\u4e00-\u9fff]{0,8}?为你服务|(?:请问)?你(?:是)?(?:哪位|谁|哪个单位|哪里)|你叫什么|找谁)/;

export function bareOpening(view: NormalizedView): ViewMatch | undefined {
  const m = BARE_OPENING_RE.exec(view.text);
  return m && !crossesSentenceEnd(view, 0, m[0].length) ? { start: 0, end: m[0].length } : undefined;
}

/** Said after a first sentence (感谢您的耐心。很高兴为您服务!), these words close a request rather than open a call. */
function inFirstSentence(view: NormalizedView, re: RegExp): ViewMatch | undefined {
  const [m] = sentenceMatches(view, re);
  return m && !crossesSentenceEnd(view, 0, m.start + 1) && !view.text.slice(0, m.start).includes('\n') ? m : undefined;
}

/**
 * Where an opening with no introduction can say the ID, as a choice never preferred (whether this
 * line is where the agent introduces themself only the writer knows: 您好,请讲 may answer a silent
 * customer mid-call). As the published openings say it: `{工号}号很高兴为您服务`; after the
 * welcome's clause `欢迎致电XX热线,我是{工号}号`; after a 我是 the turn says, `,工号{工号}`; else
 * 001's `我是{工号}号` after the greeting.
 */
export function openingIdFix(doc: ScriptDocument, view: NormalizedView): Fix {
  const [pleased] = sentenceMatches(view, PLEASED_RE);
  if (pleased) {
    const at = view.origin[pleased.start];
    // The placeholder keeps its name in a traditional line: it is what the call system fills in.
    const after = styledAt(doc, at, '号');
    return insertion(at, { traditional: after.traditional, text: () => `{工号}${after.text()}` });
  }
  // 前台为您服务: the desk serves, and its number goes before 为 (前台{工号}号为您服务), not 我是… before it all.
  const [serves] = sentenceMatches(view, SERVES_RE);
  if (serves && DESK_SERVES_RE.test(view.text.slice(clauseStart(view, serves.start), serves.start))) {
    const at = view.origin[serves.start];
    const after = styledAt(doc, at, '号');
    return insertion(at, { traditional: after.traditional, text: () => `{工号}${after.text()}` });
  }
  const [welcome] = sentenceMatches(view, WELCOME_RE);
  if (welcome) {
    const end = clauseEnd(view, welcome.start);
    const at = view.origin[end - 1] + 1;
    const id = styledAt(doc, at, ',我是');
    const after = styledAt(doc, at, '号');
    return insertion(at, { traditional: id.traditional, text: () => `${id.text()}{工号}${after.text()}` });
  }
  // A turn that says 我是 already (您好,我是○○○; 请问您是××吗?我是××供电所抢修人员) would say it twice:
  // the ID goes after that clause, as 工号 (我是○○○,工号{工号}).
  const self = view.text.indexOf('我是');
  if (self >= 0) {
    const end = clauseEnd(view, self);
    const at = view.origin[end - 1] + 1;
    // 我是 with no name after it (索菲特饭店我是。。) is where the ID goes: 我是{工号}号.
    if (end === self + 2) {
      const after = styledAt(doc, at, '号');
      return insertion(at, { traditional: after.traditional, text: () => `{工号}${after.text()}` });
    }
    const id = styledAt(doc, at, ',工号');
    return insertion(at, { traditional: id.traditional, text: () => `${id.text()}{工号}` });
  }
  const greeting = openingGreeting(doc.text, view) ?? openingHello(view);
  // 亲,在的~ / 李阿姨,您家的…: the customer addressed first stays first (亲,我是{工号}号,在的~).
  const next = greeting ? afterVocative(view, greeting.end) : addressedFirst(view);
  const endsSpan = view.text[next] === '\n';
  const at = view.origin[next];
  // 您好请问… or a bare 您好: nothing between the greeting and what is inserted.
  const needsComma = greeting !== undefined && view.origin[next - 1] + 1 === at;
  const before = styledAt(doc, at, `${needsComma ? ',' : ''}我是`);
  const after = styledAt(doc, at, `号${endsSpan ? '\u3002' : ','}`);
  return insertion(at, { traditional: after.traditional, text: () => `${before.text()}{工号}${after.text()}` });
}

/** A customer named in a clause of its own after the greeting (早上好,布朗先生,…), which the ID must not split from it. */
const VOCATIVE_RE = /^[^\n]{1,6}?(?:先生|女士|小姐|阿姨|叔叔|老师|师傅)/;

/** Where the words after a first clause that only addresses the customer start (亲, / 李阿姨, / 童童妈妈,): 0 when there is none. */
function addressedFirst(view: NormalizedView): number {
  if (view.text.startsWith('亲') && view.gap[1] !== GAP_NONE) return 1;
  let end = 1;
  while (end < view.text.length && view.gap[end] === GAP_NONE && view.text[end] !== '\n') end++;
  return end < view.text.length && view.text[end] !== '\n' && FIRST_ADDRESS_RE.test(view.text.slice(0, end)) ? end : 0;
}

const FIRST_ADDRESS_RE = /^[^\n]{0,6}?(?:先生|女士|小姐|阿姨|叔叔|老师|师傅|妈妈|爸爸|奶奶|爷爷|姐|哥|家长|业主)$/;

/** Where the greeting's words end: past the customer it names, where it names one. */
function afterVocative(view: NormalizedView, end: number): number {
  if (view.gap[end] === GAP_NONE) return end;
  const name = VOCATIVE_RE.exec(view.text.slice(end, end + 8));
  const after = name ? end + name[0].length : end;
  return name && (after >= view.text.length || view.gap[after] !== GAP_NONE) ? after : end;
}

const SERVES_RE = /为你服务/g;
/** What names a desk before 为您服务 (前台, XX酒店总机), not a promise (我们将竭诚为您服务). */
const DESK_SERVES_RE = /^(?![^\n]*(?:我们|将|会|竭诚|愿|要|能|很高兴))[\u4e00-\u9fff0-9a-z×○]{1,10}$/;

function insertion(at: number, text: StyledText): Fix {
  return textFix(at, at, (t) => ({ zh: `插入工号\uFF1A“${t}”`, en: `Insert the employee ID: "${t}"` }), text, false);
}

/** The end (exclusive, in view units) of the clause that starts at `from`: the next break of any strength. */
export function clauseEnd(view: NormalizedView, from: number): number {
  let k = from + 2;
  while (k < view.text.length && view.text[k] !== '\n' && view.gap[k] === GAP_NONE) k++;
  return k;
}

/**
 * 您好,请问您是张先生吗? and nothing else: on an outbound call the agent first makes sure who
 * answered (002 §3.2 上门服务前与客户预约: 您好!先生(小姐)吗?我是…工程师…), and the introduction
 * that follows is where the ID is due — checked there. A turn that says more is an opening.
 */
const ONLY_IDENTITY_CHECK_RE = /^(?:请问)?(?:你)?是[^\n我想要否不]{0,12}?(?:吗|么)$/;

/**
 * 您好,我到了,您是在[地点]吗? — a designated driver or a repairer telling the customer they have
 * arrived: the call finds the customer for a meeting face to face, where the badge shows the ID (002
 * §3.2 出示工作牌), not a call centre's opening. An introduction in the same turn is still checked.
 */
const ARRIVED_RE = /^(?:我|我们)(?:已经?|已)?(?:到了(?!解)|到达|(?:到|在)[^\n]{0,8}?(?:楼下|门口|大门|路口|大堂|停车场|附近))/;

/** Whether what follows a call's first greeting (on the view) only tells the customer the agent has arrived. */
export function arrivesOnly(afterGreeting: string): boolean {
  return ARRIVED_RE.test(afterGreeting.replace(/\n/g, ''));
}

/** Whether what follows a call's first greeting (on the view) is an identity check alone, whose introduction is due in the agent's next turn. */
export function checksIdentityOnly(afterGreeting: string): boolean {
  return ONLY_IDENTITY_CHECK_RE.test(afterGreeting.trim());
}
