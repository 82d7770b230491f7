import { agentSpansWith, lineAt, parseDocument, type ScriptDocument } from '../document';
import type { Rule } from '../rule';

/**
 * Bidirectional controls make text display in another order than it is stored (the "Trojan
 * Source" trick): a reviewer reads one sentence and the agent's screen, or the checker, gets
 * another. Chinese scripts never need them. Other invisible characters are only transparent to
 * matching (normalize.ts); these are reported, since what they hide is the reading itself.
 */

const SPEC = { seed: 'spec/callscript.md', section: '§2 Rules (matching on the normalized view of agent text)' };

/** U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069. */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const BIDI_CONTROLS = new RegExp(`${BIDI_CONTROL.source}+`, 'g');
const UNSEEN = /[\s\p{Default_Ignorable_Code_Point}]/u;

function codePoints(run: string): string {
  return [...run].map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}

export const hiddenCharacters: Rule = {
  id: 'hidden-characters',
  defaultSeverity: 'error',
  title: { zh: '坐席话术中不得有改变文字显示顺序的隐藏字符', en: 'No hidden characters that reorder how agent text displays' },
  sources: [SPEC],
  examples: {
    flag: ['您好,这\u202e是我们公司的规定。', '请稍等\u2066一下\u2069。', '\u200f您好!'],
    pass: ['您好,请问有什么可以帮您?', '您好\u200b,请问有什么可以帮您?', '客户:这\u202e是什么?\n'],
  },
  check(ctx) {
    // One native search skips the spans without any: nearly every script has none.
    for (const span of agentSpansWith(ctx.doc, BIDI_CONTROL)) {
      const text = ctx.doc.text.slice(span.start, span.end);
      for (const m of text.matchAll(BIDI_CONTROLS)) {
        const start = span.start + m.index;
        const end = start + m[0].length;
        const which = codePoints(m[0]);
        ctx.report(
          start,
          end,
          {
            zh: `隐藏的文字方向控制字符(${which}):显示出来的文字与实际内容不同`,
            en: `Hidden bidirectional control (${which}): the text displays differently than it is written`,
          },
          [{ title: { zh: '删除隐藏字符', en: 'Delete the hidden characters' }, edits: [{ start, end, newText: '' }], ...(changesLine(ctx.doc, start, end) ? {} : { preferred: true }) }],
        );
      }
    }
  },
};

/**
 * Whether deleting [start, end) makes the agent's words another kind of line: ‮// is then a
 * comment, ‮# 标题 a heading, ‮客户: the customer's words. Which one the writer meant only they
 * know: the deletion is then only offered. (‮坐席: is the agent's still, its label now read as one.)
 */
function changesLine(doc: ScriptDocument, start: number, end: number): boolean {
  const line = lineAt(doc, start);
  // Only a run before the line's first visible character can change what the line is.
  for (let i = start - 1; i >= line.start; i--) if (!UNSEEN.test(doc.text[i])) return false;
  // A label, a comment's // or a heading's # shows in the line's first characters: a long line is not read whole.
  const after = parseDocument(doc.text.slice(line.start, start) + doc.text.slice(end, Math.min(line.end, end + 64)));
  const [only] = after.lines;
  return only.kind === 'comment' || only.kind === 'heading' || (only.label !== undefined && after.turns[0]?.role !== 'agent');
}
