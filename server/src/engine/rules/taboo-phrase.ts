import { ruleSettings, type CallscriptConfig } from '../config';
import { isSuppressed, suppressions } from '../directives';
import { firstTurn, lineAt, type ScriptDocument, type Span, type Turn } from '../document';
import { lexiconPhrases, type LexiconKind } from '../lexicon';
import type { NormalizedView } from '../normalize';
import type { PhraseEntry, Rule, RuleContext } from '../rule';
import type { Fix, Message } from '../types';
import { bareInterjections, BARE_INTERJECTIONS, interjectionMessage } from './bare-interjections';
import { notRemoved, type ConstructionMatch } from './construction';
import { contempt, CONTEMPT } from './contempt';
import { customerDirected, CUSTOMER_DIRECTED, directedFixes, directedMessage } from './customer-directed';
import { curtTurns } from './curt-turns';
import { dismissals, DISMISSALS } from './dismissals';
import { impatience, IMPATIENCE } from './impatience';
import { insults, INSULTS } from './insults';
import { orders, ORDERS } from './orders';
import { putOffs, PUT_OFFS } from './put-offs';
import { sarcasm, SARCASM } from './sarcasm';
import { threats, THREATS } from './threats';
import { closesClause, inPlaceholder, overlapsAny, placeholderEndsAt, unitsOf, UNSEEN_RUN } from './phrase-context';
import { deleteFix, onlyRepeatsNeighbours, ownSubjectReplaced, rewordFixes } from './reword';
import { INTERJECTIONS, SAYS_OWN_CLAUSE, wordsRunInto } from './runs-into';
import { nearOnLine, saysAgainNearby } from './sentence-fixes';

/**
 * 服务忌语: every phrase the seeds forbid outright, each with a polite rewording where one fits.
 * A rewording never trips another rule itself: no 你 for the customer, no 但是, no 不太清楚.
 */

const S000_DIRECT = { seed: '000_e626cd326d976e13.txt', section: '五、服务忌语 (一)直呼客户' };
const S000_REBUKE = { seed: '000_e626cd326d976e13.txt', section: '五、服务忌语 (二)责问、训斥或反问客户' };
const S002 = { seed: '002_5ab7d194a3b83629.txt', section: '3.3 客户端服务语言规范 2.服务禁用语气举例' };
const S004 = { seed: '004_2855f23ed23c31c5.txt', section: '一、人員素質 7 三不' };

const entries: PhraseEntry[] = [
  { phrase: '喂', replacements: ['您好'], cite: S000_DIRECT },
  { phrase: '嘿', replacements: ['您好'], cite: S000_DIRECT },
  { phrase: '喂，讲话', replacements: ['您好，请讲'], cite: S000_DIRECT },
  { phrase: '嘿，讲话', replacements: ['您好，请讲'], cite: S000_DIRECT },
  // 000 四(四)2 is the seed's own wording for a line that is hard to hear.
  { phrase: '你的电话怎么回事', replacements: ['对不起，我听不清您的声音'], cite: S000_REBUKE },
  { phrase: '一会儿声音大，一会儿声音小的', replacements: ['电话声音时大时小，我没有听清'], cite: S000_REBUKE },
  { phrase: '我不是跟你说得很清楚了吗', replacements: ['可能我刚才没有解释清楚，我再为您说明一下'], cite: S000_REBUKE },
  { phrase: '谁告诉你的', replacements: ['请问您是从哪里了解到的'], cite: S000_REBUKE },
  { phrase: '你不明白', replacements: ['可能我没有解释清楚'], cite: S000_REBUKE },
  { phrase: '别人跟你说的', replacements: ['请问您是从哪里了解到的'], cite: S000_REBUKE },
  { phrase: '别人怎么知道', replacements: ['我为您核实一下'], cite: S000_REBUKE },
  { phrase: '干嘛还不挂机', replacements: ['请问还有什么可以帮您'], cite: S000_REBUKE },
  { phrase: '这不可能是我们的错', replacements: ['我马上为您核实原因'], cite: S002 },
  { phrase: '我个人觉得再这样讲没有什么意义', replacements: ['我们换个方式，看看怎样能帮您解决'], cite: S002 },
  { phrase: '你明不明白我的意思', replacements: ['请问我解释清楚了吗'], cite: S002 },
  { phrase: '这是你的自由', replacements: ['您可以根据需要选择'], cite: S002 },
  { phrase: '你到底想做什么', replacements: ['请问您希望我们怎样帮您处理'], cite: S002 },
  { phrase: '你别激动', replacements: ['请您不要着急'], cite: S002 },
  { phrase: '你先听我说', replacements: ['我来为您说明一下'], cite: S002 },
  // 对不起 is the apology the line owes (an upset customer is owed it first); only 已经尽力了 gives up.
  { phrase: '对不起我们已经尽力了', replacements: ['对不起，我们会继续为您跟进'], cite: S002 },
  { phrase: '这是我们公司的规定', replacements: ['根据相关规定，我为您说明一下'], cite: S002 },
  { phrase: '我已经解释很多次了', replacements: ['我再为您说明一下'], cite: S002 },
  { phrase: '无论你到哪投诉都是一样的', replacements: ['您的意见我们会如实记录并反馈'], cite: S002 },
  { phrase: '信不信由你', replacements: ['我为您详细说明一下依据'], cite: S002 },
  { phrase: '你这不是为难我吗', replacements: ['我理解您的心情，我尽力为您想办法'], cite: S002 },
  { phrase: '你到底想怎么样', replacements: ['请问您希望我们怎样帮您处理'], cite: S002 },
  // The seed's line is "这是我们的收费标准，你可以选择不使用。": only its second half is the taboo.
  { phrase: '你可以选择不使用', replacements: ['我为您介绍其他适合您的方案'], cite: S002 },
];

const guards = [
  '喂养', '喂食', '喂奶', '喂药', '喂饭', '喂饱', '投喂', '嘿嘿',
  // A polite offer to explain again is not the rebuke 你不明白!
  '如果你不明白', '若你不明白', '你不明白的',
];

const lexicon = lexiconPhrases('taboo-phrase');

/** What each kind of lexicon phrase does wrong; the seeds' phrases keep the seeds' own wording. */
const WRONG: Partial<Record<LexiconKind, Message>> = {
  直呼: { zh: '不得直呼客户，先说“您好”', en: 'never hail the customer; greet with 您好' },
  '责问/训斥': { zh: '不得责问、训斥客户', en: 'never blame or scold the customer' },
  不耐烦: { zh: '不得流露不耐烦，耐心解答客户', en: 'never sound impatient; answer the customer patiently' },
  命令: { zh: '不得命令客户，用“请您……”商量', en: 'never order the customer about; ask with 请您……' },
  讽刺: { zh: '不得讽刺、挖苦客户', en: 'never mock the customer' },
};
const SEED_WRONG: Message = { zh: '不得直呼、责问、训斥或反问客户', en: 'never hail, blame, scold or talk back to the customer' };

function message(phrase: string, text: string, kind = lexicon.kinds.get(phrase)): Message {
  const wrong = (kind && WRONG[kind]) ?? SEED_WRONG;
  return { zh: `服务忌语“${text}”：${wrong.zh}`, en: `Taboo phrase "${text}": ${wrong.en}` };
}

export const tabooPhrase: Rule = {
  id: 'taboo-phrase',
  defaultSeverity: 'error',
  title: { zh: '不得使用服务忌语', en: 'Do not use taboo service phrases' },
  sources: [S000_DIRECT, S000_REBUKE, S002, S004, ...new Set([...IMPATIENCE, ...INSULTS, ...CONTEMPT, ...ORDERS, ...THREATS, ...DISMISSALS, ...BARE_INTERJECTIONS, ...PUT_OFFS, ...SARCASM, ...CUSTOMER_DIRECTED].map((c) => c.cite))],
  phrases: { entries: [...entries, ...lexicon.entries], guards: [...guards, ...lexicon.guards] },
  // The turn before a segment's first one: a bare no may answer the customer's question there in kind (curt-answers.ts).
  turnsSeenBefore: (doc) => [doc.turns.length > 0 ? doc.turns.length - 1 : undefined],
  examples: {
    flag: [
      '喂!讲话!',
      '我不是跟您说得很清楚了吗?!',
      '你別激動,你先聽我說。',
      '這是我們公司的規定。',
      '这 是 我 们 公 司 的 规 定',
      '信不信由妳!',
      '誰告訴您的?!',
      '對不起,我們已經盡力了。',
      '行了行了,知道了。',
      '您先別說了,聽我講。',
      '您可真會挑時候打電話。',
      '您出門忘吃藥了吧?',
      '早着呢。',
      '投诉到哪都没用。',
      '你告到哪里都是一样的。',
      '得有乘務員守在這,手冊有規定的。',
      '合同就是这么规定的。',
      '因为你们的管道太细、又是供热末端,所以效果不好。',
      '尊重所有機組人員!',
      '教了你這麼多次,怎麼不長記性!',
      '随便你。',
      '爱咋滴咋滴,挂了吧。',
      '因為你先對我們大吼大叫!',
      '谁让你投诉我的?',
      '你才閉嘴!',
      '你係咪傻X咗呀?',
    ],
    pass: [
      '您好!请问有什么可以帮您?',
      '请按时给宠物喂食。',
      '这是我们的服务承诺。',
      '如果您不明白,请您告诉我,我为您重新解答。',
      '請問您是從哪裡瞭解到的?',
      '谢谢,这是我们应该做的。',
      '请您别着急,我来为您说明一下。',
      '这都是因为您的支持。',
      '请您耐心听我说。',
      '神经病学科在门诊三楼。',
      '无论您到哪里投诉,我们都会认真处理。',
      '根据手册规定,餐车旁需要有乘务员看守,请您谅解。',
      '合同是这么规定的,我可以为您详细说明一下。',
      '合同上有规定的,我给您念一下条款。',
      '您在网上反映也一样,我们都会认真处理。',
      '您通过哪个渠道反映也一样会受理的。',
      '因为您的账户余额不足,所以扣款没有成功。',
      '请您尊重所有机组人员。',
      '我再为您说明一次,您看这样清楚吗?',
      '两种方式都可以,随您方便。',
      '请问是谁让您来这里办理的?',
      '因为您先办理了停机,所以需要先复机。',
      'XX,您老家是哪里的?',
      'XX,您妈妈在家吗?',
    ],
  },
  // Whether the call has begun before a turn (a 喂 there is no greeting).
  turnsSeenElsewhere: (doc) => [firstTurn(doc, (t) => saysWord(doc, t))],
  check(ctx) {
    // Two rewordings near each other may each read right alone and stutter together (both say
    // 为您说明一下): the later one is then only offered, and judged again once the line has the
    // first one's words.
    let written: Array<{ to: number; text: string }> = [];
    let begun: number | undefined;
    for (const hit of ctx.hits) {
      if (inPlaceholder(ctx.doc, hit.start, hit.end)) continue;
      const text = ctx.doc.text.slice(hit.start, hit.end);
      const replacements = hit.entry.replacements ?? [];
      const { from, to } = unitsOf(ctx.view, hit.start, hit.end);
      written = written.filter((w) => nearOnLine(ctx.view, w.to, from));
      const midCall = hit.entry.phrase === HAIL && callBegunBefore(ctx.doc, hit.start, (begun ??= firstTurn(ctx.doc, (t) => saysWord(ctx.doc, t))));
      const fixes = midCall || (hit.entry.phrase === HAIL && GREETS_AFTER_HAIL.test(ctx.view.text.slice(to, to + 16))) ? hailFixes(ctx.doc, hit.start, hit.end, replacements) : rewordFixes(ctx.doc, hit.start, hit.end, replacements, true);
      // A rewording that only says again the words beside it is deleted instead (你别激动 after 请您不要着急): that is right.
      const deletes = replacements.length > 0 && onlyRepeatsNeighbours(ctx.doc, hit.start, hit.end, replacements[0]);
      const question = QUESTION_RE.test(hit.entry.phrase);
      replacements.forEach((r, i) => {
        const mark = i === 0 && deletes ? undefined : endMarkFor(ctx.doc.text, hit.end, r, question);
        if (mark) fixes[i].edits.push({ start: hit.end, end: mark.end, newText: mark.text });
      });
      if (replacements.length > 0 && !INTERJECTIONS.includes(hit.entry.phrase) && runsIntoWords(ctx.view, to)) delete fixes[0].preferred;
      else if (GREETING_RE.test(replacements[0] ?? '') && (wordsRunInto(ctx.view, from) || placeholderEndsAt(ctx.doc, hit.start))) delete fixes[0].preferred;
      else if (SAYS_OWN_CLAUSE.test(replacements[0] ?? '') && wordsRunInto(ctx.view, from) && ownSubjectReplaced(ctx.doc, hit.start, replacements[0]) === 0) delete fixes[0].preferred;
      else if (!deletes && replacements.length > 0 && saysAgainNearby(ctx.view, from, to, replacements[0], written.map((w) => w.text))) delete fixes[0].preferred;
      else if (replacements.length > 0) written.push({ to, text: replacements[0] });
      ctx.report(
        hit.start,
        hit.end,
        message(hit.entry.phrase, text),
        fixes,
      );
    }
    reportImpatience(ctx);
  },
};

/** A rewording that greets (喂 → 您好, 喂，讲话 → 您好，请讲). */
const GREETING_RE = /^您好/;
/** Particles that end a clause's tone (你别激动啊): what they follow is still the clause. */
const PARTICLES = '啊呀吧啦哦嘛';

/**
 * Whether words follow a phrase in its clause (信不信由你转接, 你先听我说完): they may hang on the
 * phrase's own words (由你转接: 你 is who transfers), which a rewording takes away, leaving them
 * nothing to say. The rewording is then only offered; the writer rewords the clause.
 */
function runsIntoWords(view: NormalizedView, to: number): boolean {
  let k = to;
  while (!closesClause(view, k) && PARTICLES.includes(view.text[k])) k++;
  return !closesClause(view, k);
}

/** The hail that the seeds reword as 您好: a greeting only where the call begins. */
const HAIL = '喂';
const WORD_RE = /[\p{L}\p{N}]/u;

/**
 * Whether a turn says a word: the call has begun once one has. A turn that only narrates in
 * brackets (客户:(来电)) has the phone ring; nobody has spoken, and 喂 after it still opens the call.
 */
function saysWord(doc: ScriptDocument, t: Turn): boolean {
  for (let l = t.firstLine; l <= t.lastLine; l++) for (const s of doc.lines[l].spoken) if (WORD_RE.test(doc.text.slice(s.start, s.end).replace(ASIDE_RE, ''))) return true;
  return false;
}

/** A narration in round brackets, as published scripts write what happens: (来电), （等了一会儿）. */
const ASIDE_RE = /[(\uFF08][^()\uFF08\uFF09\n]*[)\uFF09]/g;

/** Whether a turn before the one holding `offset` said something: 喂 there answers, it does not open the call. */
function callBegunBefore(doc: ScriptDocument, offset: number, begun: number | undefined): boolean {
  const turn = lineAt(doc, offset).turn;
  return begun !== undefined && turn !== undefined && begun < turn;
}

/**
 * 喂 in the middle of a call (客户:你帮我把费用免了吧。坐席:喂,不可能的吧) is no greeting, and
 * 您好 there would greet the customer again: the fix deletes it with the mark that follows it, where
 * words follow (only offered where no mark does); 您好 stays a choice (喂? alone checks the line, where 您好? is right).
 */
function hailFixes(doc: ScriptDocument, start: number, end: number, replacements: readonly string[]): Fix[] {
  const line = lineAt(doc, start);
  const span = line.spoken.find((s) => s.start <= start && s.end >= end);
  const rest = span ? doc.text.slice(end, span.end) : '';
  // 喂喂, 喂~喂: the hails that follow it go with it, and what ends the last one is what counts.
  const hails = HAILS_AFTER.exec(rest)?.[0] ?? '';
  const marks = /^[\s,，、!！?？.。~～…]*/.exec(rest.slice(hails.length))?.[0] ?? '';
  // Only a 喂 that opens the turn (after other hails, if any): deleting one between words (请喂?我…)
  // would join what its mark kept apart. Characters nobody sees before it (a direction mark
  // hidden-characters deletes) leave it opening the turn.
  const opensTurn = span === line.spoken[0] && line.index === doc.turns[line.turn as number].firstLine && HAILS_ONLY.test(doc.text.slice(span.start, start));
  if (!opensTurn || !WORD_RE.test(rest.slice(hails.length + marks.length))) return rewordFixes(doc, start, end, replacements, true);
  // A 喂 glued to the words after it (喂但) is read with them as one clause: without it they open
  // a clause anew (a 但 there is a contrast opener), which only the writer can weigh.
  return [deleteFix(doc, start, end + hails.length + marks.length, marks !== ''), ...rewordFixes(doc, start, end, replacements, false)];
}

/**
 * A greeting right after a 喂 (喂,早上好 / 喂,哈喽 / 喂,雷猴 — the Cantonese 你好 spelled as it
 * sounds): 您好 there would greet twice, so the 喂 goes as it does mid-call. 你好 and 您好 are
 * left to the rewording, which merges with them.
 */
const GREETS_AFTER_HAIL = /^(?:[\s,、!?.。~…]*喂)*[\s,、!?.。~…]*(?:(?:早上|上午|中午|下午|晚上)好|早安|午安|早晨|[你您]早|哈[喽啰罗囉]|hello|hi\b|雷[猴喉])/i;

/** Hails, with the marks between them, and characters nobody sees: what may stand before a 喂 that opens its turn. */
const HAILS_ONLY = /^[\s\p{Default_Ignorable_Code_Point},，、!！?？.。~～…喂]*$/u;
/** The hails right after one, each after its marks: 喂喂, 喂~喂. */
const HAILS_AFTER = /^(?:[\s,，、!！?？.。~～…]*喂)*/;

/** Impatience, insults and orders the phrase list does not hold (行了行了, 您有病吧, 把资料给我): the writer rewords them; no fix can. */
function reportImpatience(ctx: RuleContext): void {
  const insulting = new Set(insults(ctx));
  const ordering = new Set([...orders(ctx), ...customerDirected(ctx)]);
  const threatening = new Set(threats(ctx));
  const dismissing = new Set(dismissals(ctx));
  const scorning = new Set([...contempt(ctx), ...sarcasm(ctx)]);
  const bare = new Set(bareInterjections(ctx));
  for (const m of impatienceSpans(ctx)) {
    const text = ctx.doc.text.slice(m.start, m.end);
    ctx.report(m.start, m.end, directedMessage(m, text) ?? (bare.has(m) ? interjectionMessage(m, text) : insulting.has(m) ? insultMessage(text) : scorning.has(m) ? contemptMessage(text) : ordering.has(m) ? message('', text, '命令') : threatening.has(m) ? threatMessage(text) : dismissing.has(m) ? dismissalMessage(text) : {
      zh: `“${text}”带有不耐烦、训斥或讽刺的口气：耐心倾听，不打断、不责备客户`,
      en: `"${text}" sounds impatient, scolding or sarcastic: listen patiently, never cut off or blame the customer`,
    }), directedFixes(ctx, m));
  }
  // Last, and outside tabooSpans, so that the other rules still report what they find there.
  for (const m of curtTurns(ctx, [...phraseSpans(ctx), ...impatienceSpans(ctx)])) ctx.report(m.start, m.end, m.message);
}

function threatMessage(text: string): Message {
  return {
    zh: `“${text}”是在要挟客户或激客户去投诉：认真听取客户的意见，说明可以怎样解决`,
    en: `"${text}" threatens the customer or dares them to complain: hear the complaint out and say how it can be resolved`,
  };
}

function dismissalMessage(text: string): Message {
  return {
    zh: `“${text}”是在搪塞客户：说明依据，并告诉客户可以怎样解决`,
    en: `"${text}" brushes the customer off: explain the grounds and say what can be done`,
  };
}

function contemptMessage(text: string): Message {
  return {
    zh: `“${text}”是在轻视、讽刺客户：尊重客户的要求，说明可以怎样办理`,
    en: `"${text}" belittles or mocks the customer: take the request seriously and say what can be done`,
  };
}

function insultMessage(text: string): Message {
  return {
    zh: `“${text}”是讥笑、侮辱客户的话：尊重客户，不得讥笑客户`,
    en: `"${text}" mocks or insults the customer: treat the customer with respect, never mock them`,
  };
}

/**
 * The impatience and insult constructions that no listed phrase already covers, in document order:
 * neither this rule's nor a 推诿 negative-wording lists (明天再来吧, 爱找谁找谁), which is reported as
 * listed, with its own message and fix.
 */
function impatienceSpans(ctx: RuleContext): ConstructionMatch[] {
  const listed = phraseSpans(ctx);
  // Few, and they may overlap one another: looked through, not searched.
  const pushedOff = ctx.hitsOf('negative-wording');
  const { remove } = ruleSettings(ctx.config, tabooPhrase.id, tabooPhrase.defaultSeverity);
  const found = [...impatience(ctx), ...insults(ctx), ...contempt(ctx), ...orders(ctx), ...threats(ctx), ...dismissals(ctx), ...bareInterjections(ctx), ...putOffs(ctx), ...sarcasm(ctx), ...customerDirected(ctx)].sort((a, b) => a.start - b.start);
  const kept: ConstructionMatch[] = [];
  for (const m of notRemoved(ctx.view, found, remove)) {
    if (overlapsAny(listed, m.start, m.end) || pushedOff.some((h) => h.start < m.end && m.start < h.end)) continue;
    if (kept.length > 0 && kept[kept.length - 1].end > m.start) continue;
    kept.push(m);
  }
  return kept;
}

/** A rewording that asks (请问…, …吗) and the words that `interrogative-tone` reads as a question. */
const ASKS = /^请问|吗$|呢$/;

/**
 * The marks that end a sentence right after a phrase: 。 ! ? or a run of them (?!, ??, with
 * characters nobody sees between, as interrogative-tone reads a run); a lone ASCII full stop.
 */
const END_MARK = '[?!\\uFF1F\\uFF01\\u3002]';
const END_MARKS = new RegExp(`${END_MARK}(?:${UNSEEN_RUN}${END_MARK})*|\\.(?!\\.)`, 'y');

/**
 * The end a rewording needs where the phrase's own marks follow it: a rewording that asks (请问…,
 * …吗) ends with ? where the phrase ended otherwise (谁告诉你的。, 有完没完?!), in that mark's
 * width; a rewording that states (可能我刚才没有解释清楚…) ends with 。 where a ? made the phrase
 * a rhetorical question (我不是跟您说得很清楚了吗?!). None where the marks already fit, nor
 * where the phrase asks nothing (喂?).
 */
function endMarkFor(text: string, end: number, rewording: string, question: boolean): { end: number; text: string } | undefined {
  END_MARKS.lastIndex = end;
  const m = END_MARKS.exec(text);
  if (!m) return undefined;
  const run = m[0];
  if (ASKS.test(rewording)) {
    if (run === '?' || run === '\uFF1F') return undefined;
    return { end: end + run.length, text: run[0] === '.' || run[0] === '!' || run[0] === '?' ? '?' : '\uFF1F' };
  }
  // A ?! run is a challenge whatever the phrase (interrogative-tone calms it the same way).
  const challenge = /[!\uFF01]/.test(run);
  return (question || challenge) && /[?\uFF1F]/.test(run) ? { end: end + run.length, text: '\u3002' } : undefined;
}

/** A phrase that is a question (…吗, 谁…, 怎么…): its ? is what made it rhetorical; 喂? only checks the line. */
const QUESTION_RE = /[吗嗎呢么麼嘛]$|谁|誰|什么|什麼|怎么|怎麼|哪|难道|難道|干嘛|幹嘛/;

/** A piece of text taboo-phrase reports, with the rewording its preferred fix puts there. */
export interface TabooSpan extends Span {
  rewording?: string;
}

const reported = new WeakMap<NormalizedView, { config: CallscriptConfig; spans: TabooSpan[] }>();

/**
 * The text taboo-phrase reports in this run. The other phrase rules leave it alone: one finding
 * (and one fix, which rewrites the whole phrase) per piece of text, not an error and a warning.
 */
export function tabooSpans(ctx: RuleContext): TabooSpan[] {
  const cached = reported.get(ctx.view);
  if (cached && cached.config === ctx.config) return cached.spans;
  const off = suppressions(ctx.doc);
  const on = ruleSettings(ctx.config, tabooPhrase.id, tabooPhrase.defaultSeverity).severity !== 'off';
  const spans: TabooSpan[] = [...phraseSpans(ctx), ...(on ? impatienceSpans(ctx) : [])]
    .filter((s) => !isSuppressed(off, tabooPhrase.id, lineAt(ctx.doc, s.start).index))
    .sort((a, b) => a.start - b.start);
  reported.set(ctx.view, { config: ctx.config, spans });
  return spans;
}

function phraseSpans(ctx: RuleContext): TabooSpan[] {
  return ctx
    .hitsOf(tabooPhrase.id)
    .filter((h) => !inPlaceholder(ctx.doc, h.start, h.end))
    .map((h) => ({ start: h.start, end: h.end, rewording: h.entry.replacements?.[0] }));
}

export function overlapsTaboo(ctx: RuleContext, start: number, end: number): boolean {
  return overlapsAny(tabooSpans(ctx), start, end);
}
