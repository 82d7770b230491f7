import { toSimplified } from '../chinese-script';
import type { CallscriptConfig } from '../config';
import { agentSpansWith, type Span } from '../document';
import { lexiconPhrases } from '../lexicon';
import type { NormalizedView } from '../normalize';
import type { PhraseHit, Rule, RuleContext } from '../rule';
import type { Fix } from '../types';
import type { ConstructionMatch } from './construction';
import { firstEndingAfter, inPlaceholder, isQuestion, opensClause, overlapsAny, sentenceEnd, sentenceStart, unitsOf, UNSEEN_RUN } from './phrase-context';
import { deleteFix, editFix, rewordFixes } from './reword';
import { rhetoricalQuestions, RHETORICAL_QUESTIONS } from './rhetorical-questions';
import { saysAgainNearby } from './sentence-fixes';
import { overlapsTaboo, tabooSpans, type TabooSpan } from './taboo-phrase';

/**
 * 反问、质问的口气 that no listed 服务忌语 already covers: rhetorical questions (短信里不是写了吗,
 * 您听不懂吗), the words of a challenge (到底, 难道, 凭什么, 怎么回事) and the punctuation of one
 * (?! in any mix of widths). A sentence that is a rhetorical question is one finding: only
 * rewording the sentence helps, and a fix to one of its words or marks would leave it a challenge.
 */

const S001 = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心座席員語言規範標準 第3條 (嚴禁使用反問、質問的口氣)' };
const S002 = { seed: '002_5ab7d194a3b83629.txt', section: '3.3 客户端服务语言规范 2.服务禁用语气举例 (反问语气、质问语气)' };

const guards = [
  // 到底 as "to the end / the bottom": a promise or a direction, not a challenge.
  '负责到底', '坚持到底', '进行到底', '服务到底', '跟进到底', '跟踪到底', '陪伴到底', '说到底', '归根到底',
  '到底部', '到底端', '到底层', '拉到底', '滑到底', '翻到底', '一降到底', '一插到底',
  // 凭 + 什么证件: "with which document", a plain question.
  '凭什么证件', '凭什么材料', '凭什么资料', '凭什么单据',
];

/** Before 怎么回事 in its sentence, these make it the agent's own inquiry ("我帮您查一下是怎么回事"). */
const INQUIRY = /请问|帮你|为你|查|核实|了解|确认|看看|看一下|问一下/;

/** The industry lexicon's 反问 (没看见牌子吗, 还能骗你吗): sentences the published standards print as such. */
const lexicon = lexiconPhrases('interrogative-tone');
/** A listed 反问 is reported as listed, over the construction that shares its words (这不是写着吗). */
const LISTED = new Set(lexicon.entries.map((e) => e.phrase));

/** ? and ! of either width; a run of them may have characters nobody sees between (?\u2069?!): it reads as one. */
const MARK = '[?!\\uFF1F\\uFF01]';
// A full stop typed after the run (吗?!。) ends it too: calming the run takes it, as taboo-phrase's fix does.
const MARK_RUN = `${MARK}(?:${UNSEEN_RUN}${MARK})+\u3002*`;
const MIXED_MARKS = new RegExp(MARK_RUN, 'g');

function questionMessage(text: string) {
  return {
    zh: `“${text}”是反问的口气：直接说明情况，不要反问客户`,
    en: `"${text}" is a rhetorical question: say how things are, never talk back to the customer`,
  };
}

function message(text: string) {
  return {
    zh: `“${text}”带有反问、质问的口气：耐心解释，不要质问客户`,
    en: `"${text}" sounds like a rhetorical question or a challenge: explain patiently, never challenge the customer`,
  };
}

function wordFixes(ctx: RuleContext, hit: PhraseHit, deleted: Deletions): Fix[] {
  const configured = hit.entry.replacements ?? [];
  if (configured.length > 0) return rewordFixes(ctx.doc, hit.start, hit.end, configured, true);
  // 到底 only adds impatience to the question it sits in, and without 难道 a rhetorical question
  // is a plain one again (难道您没有收到短信吗 → 您没有收到短信吗): deleting the word is the fix,
  // and a ?! that ends the sentence is calmed with it, so that the fix leaves a plain question.
  if (!DELETED.has(hit.entry.phrase)) return [];
  const { from, to } = unitsOf(ctx.view, hit.start, hit.end);
  // What is left may ask again what the sentence before asked (请问您没有收到短信吗?难道您没有收到短信吗?):
  // then the writer rewords, and the deletion is only offered.
  // Only in a question is what is left a plain one: 難道但 is none, and without 難道 its 但 would open a clause.
  const end = sentenceEnd(ctx.view, to);
  const asks = isQuestion(ctx.doc, ctx.view, sentenceStart(ctx.view, from), end);
  // 难道 before 不是…吗 (难道不是吗) leaves a 不是…吗 that asks nothing either: the writer rewords.
  const rest = ctx.view.text.slice(to, end);
  const rhetoricalLeft = hit.entry.phrase === '难道' && /(?<!是)不是/.test(rest);
  const fix = deleteFix(
    ctx.doc,
    hit.start,
    hit.end,
    asks && !rhetoricalLeft && deleted.clauseSaysMore(from) && !saysAgainNearby(ctx.view, from, end, rest, []) && !gluesAWordToItself(ctx.view, from, to),
  );
  const run = marksEnding(ctx, to);
  if (run) fix.edits.push({ start: run.start, end: run.end, newText: calmMark(ctx, ctx.doc.text.slice(run.start, run.end), run.start) });
  return [fix];
}

/**
 * Whether deleting units [from, to) sets a word beside itself (我是難道我是 → 我是我是): which of
 * the two was meant is the writer's to say, so the deletion is only offered.
 */
function gluesAWordToItself(view: NormalizedView, from: number, to: number): boolean {
  if (view.gap[from] !== 0 || view.gap[to] !== 0) return false;
  const unbroken = (a: number, b: number) => view.gap.subarray(a + 1, b).every((g) => g === 0);
  for (let len = 2; len <= 8 && len <= from; len++) {
    if (view.text.startsWith(view.text.slice(from - len, from), to) && unbroken(from - len, from) && unbroken(to, to + len)) return true;
  }
  return false;
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * The hits of this run that their fix deletes, and whether the clause of a unit says something
 * besides them: a clause that is the word alone (難道?, 難道，再見!) has no question left to keep,
 * and the writer rewords it. A taboo phrase there is no such word: its own fix rewrites or deletes
 * it (喂難道, 喂 mid-call); nor is another 难道 or 到底 (難道難道). Worked out once per run, in one
 * pass over the view, and only where a hit asks: a clause may be a megabyte long.
 */
interface Deletions {
  hits: readonly PhraseHit[];
  clauseSaysMore(unit: number): boolean;
}

function deletions(ctx: RuleContext): Deletions {
  const hits = ctx.hits.filter((h) => DELETED.has(h.entry.phrase) && !h.entry.replacements?.length);
  let clauseOf: Int32Array | undefined;
  let says: Uint8Array | undefined;
  const build = () => {
    const { view } = ctx;
    const taboo = tabooSpans(ctx);
    clauseOf = new Int32Array(view.text.length);
    says = new Uint8Array(view.text.length);
    let clause = 0;
    for (let i = 0; i < view.text.length; i++) {
      if (opensClause(view, i)) clause = i;
      clauseOf[i] = clause;
      const at = view.origin[i];
      if (WORD.test(ctx.doc.text[at]) && !overlapsAny(taboo, at, at + 1) && !overlapsAny(hits, at, at + 1)) says[clause] = 1;
    }
  };
  return {
    hits,
    clauseSaysMore(unit) {
      if (!clauseOf || !says) build();
      return (says as Uint8Array)[(clauseOf as Int32Array)[unit]] === 1;
    },
  };
}

/** The words whose fix deletes them (this one among them): another is no word left either (難道難道). */
const DELETED = new Set(['到底', '难道']);


/** The ?! run that ends the sentence holding the units before `to`, if any. */
function marksEnding(ctx: RuleContext, to: number): Span | undefined {
  const end = sentenceEnd(ctx.view, to);
  if (end === 0) return undefined;
  const from = ctx.view.origin[end - 1] + 1;
  const m = new RegExp(MARK_RUN).exec(ctx.doc.text.slice(from, ctx.view.origin[end]));
  if (!m || !isChallengeRun(m[0])) return undefined;
  return { start: from + m.index, end: from + m.index + m[0].length };
}

function isChallengeRun(run: string): boolean {
  return /[?\uFF1F]/.test(run) && /[!\uFF01]/.test(run);
}

function isOwnInquiry(ctx: RuleContext, hit: PhraseHit): boolean {
  const { from } = unitsOf(ctx.view, hit.start, hit.end);
  return INQUIRY.test(ctx.view.text.slice(sentenceStart(ctx.view, from), from));
}

/**
 * The mark that ends the sentence once ?! is gone: a question stays a question; after a taboo
 * phrase, the end that its rewording needs (可能我刚才没有解释清楚…。 is no question).
 */
function calmMark(ctx: RuleContext, run: string, start: number): string {
  const fullWidth = /[\uFF1F\uFF01]/.test(run);
  const before = tabooEndingBefore(ctx, start);
  if (before?.rewording !== undefined && !/^请问|吗$|呢$/.test(before.rewording)) return '\u3002';
  return fullWidth ? '\uFF1F' : '?';
}

/** The taboo span that ends right before `start` (spaces between allowed, no line break), found by binary search. */
function tabooEndingBefore(ctx: RuleContext, start: number): TabooSpan | undefined {
  const spans = tabooSpans(ctx);
  const last = spans[firstEndingAfter(spans, start) - 1];
  // On its line: a ?! on the next line is no end of the phrase (taboo-phrase's fix leaves it).
  return last && /^[^\S\r\n]*$/.test(ctx.doc.text.slice(last.end, start)) ? last : undefined;
}

/** Two marks in a row: where a run of MIXED_MARKS can start. */
const TWO_MARKS = new RegExp(`${MARK}${UNSEEN_RUN}${MARK}`);

/**
 * 今天您怎么这么满面春风?!, 您这么年轻?!: praise or pleased surprise at the customer, said with a
 * degree word before a word of praise. The ?! marks delight, not a challenge; 您怎么这么慢?! has no
 * word of praise and is still one.
 */
const PRAISE_RE =
  /(?:这么|那么|多么|如此|真是?|好|太)(?:年轻|漂亮|精神|满面春风|春风满面|开心|高兴|巧|有福气?|厉害|能干|棒|好看|帅|美|气色好|有气质|有眼光|幸运|孝顺|聪明|可爱|有心|细心|周到|热情)|气色(?:真|很|这么|那么|多么)?好/;

function praises(textBefore: string): boolean {
  const sentence = textBefore.split(/[。.!！?？;；\n]/).pop() ?? '';
  return PRAISE_RE.test(toSimplified(sentence));
}

function checkMarks(ctx: RuleContext, questions: readonly Span[]): void {
  // Most spans have no run and are not sliced out at all.
  for (const span of agentSpansWith(ctx.doc, TWO_MARKS)) {
    const text = ctx.doc.text.slice(span.start, span.end);
    for (const m of text.matchAll(MIXED_MARKS)) {
      // The sentence's last words are enough to read praise in: a line may be megabytes long.
      if (!isChallengeRun(m[0]) || praises(text.slice(Math.max(0, (m.index ?? 0) - 24), m.index))) continue;
      const start = span.start + (m.index ?? 0);
      const end = start + m[0].length;
      if (overlapsTaboo(ctx, start, end) || overlapsAny(questions, start, end)) continue;
      ctx.report(start, end, message(m[0]), [editFix(ctx.doc, start, end, calmMark(ctx, m[0], start), true)]);
    }
  }
}

export const interrogativeTone: Rule = {
  id: 'interrogative-tone',
  defaultSeverity: 'warning',
  title: { zh: '不用反问、质问的口气', en: 'No rhetorical or challenging questions' },
  sources: [S001, S002, ...new Set(RHETORICAL_QUESTIONS.map((c) => c.cite))],
  phrases: {
    entries: [
      { phrase: '到底', cite: S001 },
      { phrase: '难道', cite: S001 },
      { phrase: '凭什么', cite: S002 },
      { phrase: '怎么回事', cite: S002 },
      ...lexicon.entries,
    ],
    guards: [...guards, ...lexicon.guards],
  },
  examples: {
    flag: [
      '您到底要办理哪一项?',
      '難道您沒有收到短信嗎?',
      '这是怎么回事?',
      '您已经开通了?!',
      '您已經開通了!?',
      '这个月又超了?!',
      '憑什麼這樣說?',
      '短信里不是写了吗?',
      '您沒看短信嗎?',
      '您怎麼連這個都不知道?',
      '您听不懂吗?',
      '我一个小时值多少钱,耽误了你们赔得起吗?',
      '這麼貴的設備,您賠得起嗎?',
    ],
    pass: [
      '我们会对您的问题负责到底。',
      '请您把页面拉到底部。',
      '我帮您查一下是怎么回事。',
      '請問是怎麼回事呢?',
      '您好!请问有什么可以帮您?',
      '您的套餐已经开通了!',
      '王阿姨,您今天怎么这么精神?!',
      '【客户质问:到底怎么回事?!】好的,我来为您查询。',
      '您看这样可以吗?',
      '请问您是不是已经收到短信了呢?',
      '请问您没有收到短信吗?',
      '请问您还有不清楚的地方吗?',
      '如有损坏,我们赔得起,请您放心。',
      '请问每月的还款您能负担得起吗?',
    ],
  },
  check(ctx) {
    const questions = reportedQuestions(ctx);
    for (const q of questions) ctx.report(q.start, q.end, questionMessage(ctx.doc.text.slice(q.start, q.end)));
    const sentences = questionSentences(ctx);
    const deleted = deletions(ctx);
    for (const hit of ctx.hits) {
      if (inPlaceholder(ctx.doc, hit.start, hit.end) || overlapsTaboo(ctx, hit.start, hit.end)) continue;
      if (overlapsAny(sentences, hit.start, hit.end)) continue;
      if (hit.entry.phrase === '怎么回事' && isOwnInquiry(ctx, hit)) continue;
      ctx.report(hit.start, hit.end, message(ctx.doc.text.slice(hit.start, hit.end)), wordFixes(ctx, hit, deleted));
    }
    checkMarks(ctx, sentences);
  },
};

/** The rhetorical questions this rule reports: those no 服务忌语 or listed 反问 already covers. */
function reportedQuestions(ctx: RuleContext): ConstructionMatch[] {
  const listed = ctx.hitsOf(interrogativeTone.id).filter((h) => LISTED.has(h.entry.phrase));
  return rhetoricalQuestions(ctx).filter(
    (q) => !overlapsTaboo(ctx, q.start, q.end) && !listed.some((h) => h.start < q.end && q.start < h.end),
  );
}

const sentencesFound = new WeakMap<NormalizedView, { config: CallscriptConfig; spans: Span[] }>();

/** The sentences that are rhetorical questions this rule reports, with the marks that end them; worked out once per lint. */
export function questionSentences(ctx: RuleContext): Span[] {
  const cached = sentencesFound.get(ctx.view);
  if (cached && cached.config === ctx.config) return cached.spans;
  const spans = reportedQuestions(ctx).map((q) => sentenceOf(ctx.view, q));
  sentencesFound.set(ctx.view, { config: ctx.config, spans });
  return spans;
}

/** The original text of a match's sentence, with the marks that end it. */
function sentenceOf(view: NormalizedView, m: ConstructionMatch): Span {
  return { start: view.origin[sentenceStart(view, m.from)], end: view.origin[sentenceEnd(view, m.to)] };
}
