import type { ScriptLine, Span } from '../document';
import { lineAt } from '../document';
import type { Rule, RuleContext } from '../rule';
import { inPlaceholder, quotedSpans } from './phrase-context';
import { replaceFix, rewordFixes } from './reword';
import { overlapsTaboo } from './taboo-phrase';

/**
 * “您”字不离口: the agent says 您, never 你, to the customer. The normalized view folds 您 and 妳
 * into 你, so every hit of 你 is looked at in the original text: only a written 你 or 妳 is flagged.
 */

const S004 = { seed: '004_2855f23ed23c31c5.txt', section: '一、人員素質 7 三要 (“您”字不離口)' };
const S001 = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心座席員語言規範標準 第1條 (規範服務用語 “您好”)' };

const PLAIN = new Set(['你', '妳']);

/** Words with 你 that address nobody, or a group (spec: 你们 is not flagged). */
const guards = ['你们', '迷你', '你追我赶', '你来我往', '你争我夺', '你死我活', '你一言我一语', '你中有我'];

function quotedIn(ctx: RuleContext, cache: Map<ScriptLine, Span[]>, offset: number): boolean {
  const line = lineAt(ctx.doc, offset);
  let spans = cache.get(line);
  if (!spans) cache.set(line, (spans = quotedSpans(ctx.doc, line)));
  return spans.some((s) => s.start <= offset && offset < s.end);
}

/**
 * A template's slot in square brackets ([你的姓名], ［你的工号］) tells the agent what to fill in:
 * its 你 is the agent, and nothing in it is said to the customer.
 */
function inTemplateSlot(text: string, offset: number): boolean {
  const open = /[[\uFF3B][^[\]\uFF3B\uFF3D\n]{0,12}$/.exec(text.slice(Math.max(0, offset - 13), offset));
  return open !== null && /^[^[\]\uFF3B\uFF3D\n]{0,12}[\]\uFF3D]/.test(text.slice(offset, offset + 14));
}

export const politePronoun: Rule = {
  id: 'polite-pronoun',
  defaultSeverity: 'warning',
  title: { zh: '称呼客户用“您”', en: 'Address the customer as 您' },
  sources: [S004, S001],
  phrases: { entries: [{ phrase: '你', replacements: ['您'], cite: S004 }], guards },
  examples: {
    flag: ['你好,请问有什么可以帮你?', '請問妳的電話號碼是多少?', '我幫你查一下。', '你 好!'],
    pass: [
      '您好,请问有什么可以帮您?',
      '你們的寬帶已經開通了。',
      '我们的迷你套餐每月只要十元。',
      '您是说“你们的网络太差,你帮我查一下”,对吗?',
      '您好【你好的语气要亲切】',
      '您好,我是[公司名称]的[你的姓名]。',
    ],
  },
  check(ctx) {
    const quotes = new Map<ScriptLine, Span[]>();
    const linesLeftRude = linesWithTabooPronoun(ctx);
    for (const hit of ctx.hits) {
      // Most hits are a written 您: look at the original before anything dearer.
      if (hit.entry.phrase === '你' && !PLAIN.has(ctx.doc.text[hit.start])) continue;
      if (inPlaceholder(ctx.doc, hit.start, hit.end) || inTemplateSlot(ctx.doc.text, hit.start)) continue;
      // A reviewer marks the 你 of 你别激动 too; taboo-phrase's rewording rewrites the whole phrase,
      // so here 您 is only offered, never applied over it — nor anywhere else on that line: 你才闭嘴!
      // 我不是您的仆人! mixes the two, and the writer rewords the whole line anyway.
      const apply = !linesLeftRude.has(lineAt(ctx.doc, hit.start).index);
      if (hit.entry.phrase !== '你') {
        // A phrase the config added to this rule: report it as written, with the config's rewording.
        const text = ctx.doc.text.slice(hit.start, hit.end);
        const message = { zh: `称呼客户用“您”：“${text}”`, en: `Address the customer as 您: "${text}"` };
        ctx.report(hit.start, hit.end, message, rewordFixes(ctx.doc, hit.start, hit.end, hit.entry.replacements ?? [], apply && !overlapsTaboo(ctx, hit.start, hit.end)));
        continue;
      }
      const written = ctx.doc.text[hit.start];
      if (quotedIn(ctx, quotes, hit.start)) continue;
      ctx.report(
        hit.start,
        hit.end,
        { zh: `对客户要用“您”，不用“${written}”`, en: `Address the customer as 您, not ${written}` },
        [replaceFix(ctx.doc, hit.start, hit.end, hit.entry.replacements?.[0] ?? '您', apply)],
      );
    }
  },
};

/**
 * What may stand between a subject 你 and the taboo phrase it is the subject of: 你就给我出去,
 * 你也别挤了, 你们都给我听着.
 */
const SUBJECT_TO_PHRASE = /^[们們]?[就也都还還又才可倒]?/;

/**
 * The lines on which a written 你 lies inside a taboo phrase, or is its subject (你给我出去: the
 * phrase is 给我出去, and 您给我出去 says the order with a mocking 您), which polite-pronoun never
 * rewrites: the writer rewords the whole clause.
 */
function linesWithTabooPronoun(ctx: RuleContext): Set<number> {
  const lines = new Set<number>();
  for (const hit of ctx.hits) {
    if (hit.entry.phrase !== '你' || !PLAIN.has(ctx.doc.text[hit.start])) continue;
    const next = hit.end + (SUBJECT_TO_PHRASE.exec(ctx.doc.text.slice(hit.end, hit.end + 2))?.[0].length ?? 0);
    if (overlapsTaboo(ctx, hit.start, hit.end) || overlapsTaboo(ctx, next, next + 1)) lines.add(lineAt(ctx.doc, hit.start).index);
  }
  return lines;
}
