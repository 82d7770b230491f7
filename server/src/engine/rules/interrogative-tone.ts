import { agentSpansWith } from '../document';
import type { PhraseHit, Rule, RuleContext } from '../rule';
import type { Fix } from '../types';
import { inPlaceholder, sentenceStart, unitsOf } from './phrase-context';
import { deleteFix, editFix, rewordFixes } from './reword';
import { overlapsTaboo, tabooSpans } from './taboo-phrase';

/**
 * 反问、质问的口气 that no listed 服务忌语 already covers: the words of a challenge (到底, 难道,
 * 凭什么, 怎么回事) and the punctuation of one (?! in any mix of widths).
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

const MIXED_MARKS = /[?!\uFF1F\uFF01]{2,}/g;

function message(text: string) {
  return {
    zh: `“${text}”带有反问、质问的口气：耐心解释，不要质问客户`,
    en: `"${text}" sounds like a rhetorical question or a challenge: explain patiently, never challenge the customer`,
  };
}

function wordFixes(ctx: RuleContext, hit: PhraseHit): Fix[] {
  const configured = hit.entry.replacements ?? [];
  if (configured.length > 0) return rewordFixes(ctx.doc, hit.start, hit.end, configured, true);
  // 到底 only adds impatience to the question it sits in, and without 难道 a rhetorical question
  // is a plain one again (难道您没有收到短信吗 → 您没有收到短信吗): deleting the word is the fix.
  if (hit.entry.phrase === '到底' || hit.entry.phrase === '难道') return [deleteFix(ctx.doc, hit.start, hit.end, true)];
  return [];
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
  const before = tabooSpans(ctx).find((s) => s.end <= start && ctx.doc.text.slice(s.end, start).trim() === '');
  if (before?.rewording !== undefined && !/^请问|吗$|呢$/.test(before.rewording)) return '\u3002';
  return fullWidth ? '\uFF1F' : '?';
}

/** Two marks in a row: where a run of MIXED_MARKS can start. */
const TWO_MARKS = /[?!\uFF1F\uFF01]{2}/;

function checkMarks(ctx: RuleContext): void {
  // Most spans have no run and are not sliced out at all.
  for (const span of agentSpansWith(ctx.doc, TWO_MARKS)) {
    const text = ctx.doc.text.slice(span.start, span.end);
    for (const m of text.matchAll(MIXED_MARKS)) {
      if (!/[?\uFF1F]/.test(m[0]) || !/[!\uFF01]/.test(m[0])) continue;
      const start = span.start + (m.index ?? 0);
      const end = start + m[0].length;
      if (overlapsTaboo(ctx, start, end)) continue;
      ctx.report(start, end, message(m[0]), [editFix(ctx.doc, start, end, calmMark(ctx, m[0], start), true)]);
    }
  }
}

export const interrogativeTone: Rule = {
  id: 'interrogative-tone',
  defaultSeverity: 'warning',
  title: { zh: '不用反问、质问的口气', en: 'No rhetorical or challenging questions' },
  sources: [S001, S002],
  phrases: {
    entries: [
      { phrase: '到底', cite: S001 },
      { phrase: '难道', cite: S001 },
      { phrase: '凭什么', cite: S002 },
      { phrase: '怎么回事', cite: S002 },
    ],
    guards,
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
    ],
    pass: [
      '我们会对您的问题负责到底。',
      '请您把页面拉到底部。',
      '我帮您查一下是怎么回事。',
      '請問是怎麼回事呢?',
      '您好!请问有什么可以帮您?',
      '您的套餐已经开通了!',
      '【客户质问:到底怎么回事?!】好的,我来为您查询。',
    ],
  },
  check(ctx) {
    for (const hit of ctx.hits) {
      if (inPlaceholder(ctx.doc, hit.start, hit.end) || overlapsTaboo(ctx, hit.start, hit.end)) continue;
      if (hit.entry.phrase === '怎么回事' && isOwnInquiry(ctx, hit)) continue;
      ctx.report(hit.start, hit.end, message(ctx.doc.text.slice(hit.start, hit.end)), wordFixes(ctx, hit));
    }
    checkMarks(ctx);
  },
};
