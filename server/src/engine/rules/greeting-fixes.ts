import { lineAt, type ScriptDocument } from '../document';
import { greetingWords } from '../greetings';
import { DEFAULT_GREETING, WEEKEND_GREETING } from '../holidays';
import { isFenceLine } from '../front-matter';
import { formatLocal, formatLocalEnd, type TimeRange } from '../time';
import type { Fix, Message } from '../types';
import { besideItsNeighbours, inScriptAt } from './reword';

/** The fixes the holiday and weekend greeting rules share. */

/** A range as a front matter `valid` value: `2027-02-05 15:00 ~ 2027-02-13 24:00`. */
export function validValue(range: TimeRange): string {
  return `${formatLocal(range.start)} ~ ${formatLocalEnd(range.end)}`;
}

/**
 * After 祝您 a greeting is a wish (祝您新春快乐): the everyday and the weekend greetings are not
 * (祝您您好), so there they become the wishes the standards close with.
 */
const AS_WISH: Record<string, string> = { [DEFAULT_GREETING]: '生活愉快', [WEEKEND_GREETING]: '周末愉快' };
/** A clause that ends naming the customer, and their family: who a greeting right after it is for. */
const ADDRESSED = /[您你妳](?:和(?:[您你妳]的)?家人)?$/;
/** Characters nobody sees, which matching passes over. */
const UNSEEN = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * Whether the clause before `offset` wishes (祝您…, 也祝您和家人…), or names whom the greeting is
 * for (您新年快乐, 您和家人新春快乐: 祝 left unsaid): what follows it is a wish, and 您您好 no greeting.
 */
function afterWish(doc: ScriptDocument, offset: number): boolean {
  const line = lineAt(doc, offset);
  const spoken = line.label ? line.label.end : line.start;
  // Read as the writer sees it: 您\u2069周末好 names the customer as 您周末好 does.
  const before = doc.text.slice(Math.max(spoken, offset - 16), offset).replace(UNSEEN, '');
  const clause = /[^\s,，、:：;；!！?？。.…~～【】“”"]*$/.exec(before)?.[0] ?? '';
  return clause.includes('祝') || ADDRESSED.test(clause);
}

/**
 * One fix per right greeting, the first preferred, in the script of `sample` (the text around the
 * greeting); as a wish where the greeting is one, and never saying again the words beside it.
 */
export function greetingFixes(doc: ScriptDocument, at: { start: number; end: number }, greetings: readonly string[], sample: string): Fix[] {
  const wish = afterWish(doc, at.start);
  return greetings.map((g, i) => {
    const words = (wish && AS_WISH[g]) || greetingWords(g);
    return besideItsNeighbours(doc, at.start, at.end, words, i === 0, (w) => inScriptAt(sample, w));
  });
}

/**
 * Writes `valid` for a window into the front matter, or a new front matter block at the top,
 * with the document's own line ending. None where `valid` is there but broken or misspelt, or the
 * block is not closed or has an error: that is the `front-matter` rule's finding to fix (both
 * fixed in one pass would leave two `valid` keys).
 */
export function addValidFix(doc: ScriptDocument, window: TimeRange, what: Message, preferred: boolean): Fix | undefined {
  const eol = firstLineEnding(doc);
  const line = `valid: ${validValue(window)}`;
  const fm = doc.frontMatter;
  if (fm.problems.some((p) => p.replacement === 'valid')) return undefined;
  // A block with an error may not be read at all (YAML that does not parse): the line added to
  // it would not be read either, and the finding would stay after --fix said it fixed it.
  if (fm.problems.some((p) => p.severity === 'error')) return undefined;
  const first = doc.lines[0];
  let edit;
  if (fm.lastLine >= 0) {
    for (let i = 1; i < fm.lastLine; i++) {
      if (/^\s*valid\s*:/.test(doc.text.slice(doc.lines[i].start, doc.lines[i].end))) return undefined;
    }
    edit = { start: fm.insertAt, end: fm.insertAt, newText: line + eol };
  } else {
    if (isFenceLine(doc.text, first)) return undefined;
    edit = { start: first.start, end: first.start, newText: `---${eol}${line}${eol}---${eol}` };
  }
  return {
    title: { zh: `添加 ${line}(${what.zh})`, en: `Add ${line} (${what.en})` },
    edits: [edit],
    ...(preferred ? { preferred: true } : {}),
  };
}

/** The document's first line break (read off its first line, not searched for along a long one), or \n. */
function firstLineEnding(doc: ScriptDocument): string {
  const [first, second] = doc.lines;
  return second ? doc.text.slice(first.end, second.start) : '\n';
}
