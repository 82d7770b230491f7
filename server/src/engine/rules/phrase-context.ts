import { DEFAULT_IGNORABLE_RANGES, GAP_HARD, GAP_NONE, IGNORABLE_HIGH_SURROGATES, SPAN_SEPARATOR, unitAt, type NormalizedView } from '../normalize';
import type { ScriptDocument, Span } from '../document';

/**
 * What a phrase rule needs to know about the words around a hit: the sentence it sits in (read
 * on the normalized view, so 您/你, traditional and punctuation are already folded), and whether
 * it is inside a placeholder or a quotation.
 */

/** A hit's units in the view, end exclusive. */
export function unitsOf(view: NormalizedView, start: number, end: number): { from: number; to: number } {
  return { from: unitAt(view, start), to: unitAt(view, end - 1) + 1 };
}

/** Whether a clause (a comma, a sentence end or the start of spoken text) comes right before unit `i`. */
export function opensClause(view: NormalizedView, i: number): boolean {
  return i === 0 || view.gap[i] !== GAP_NONE || view.text[i - 1] === SPAN_SEPARATOR;
}

/** Whether a clause ends right after the units before `i`. */
export function closesClause(view: NormalizedView, i: number): boolean {
  return i >= view.text.length || view.gap[i] !== GAP_NONE || view.text[i] === SPAN_SEPARATOR;
}

/** First unit of the sentence holding unit `i`. */
export function sentenceStart(view: NormalizedView, i: number): number {
  let k = i;
  while (k > 0 && view.gap[k] !== GAP_HARD && view.text[k - 1] !== SPAN_SEPARATOR) k--;
  return k;
}

/** First unit of the clause holding unit `i`: after the comma, sentence end or span start before it. */
export function clauseStart(view: NormalizedView, i: number): number {
  let k = i;
  while (k > 0 && view.gap[k] === GAP_NONE && view.text[k - 1] !== SPAN_SEPARATOR) k--;
  return k;
}

/** The unit after the last one of the sentence holding the units before `i`. */
export function sentenceEnd(view: NormalizedView, i: number): number {
  let k = i;
  while (k < view.text.length && view.text[k] !== SPAN_SEPARATOR && view.gap[k] !== GAP_HARD) k++;
  return k;
}

/**
 * Where the sentence ending before unit `to` ends in the text, for words added after it: past the
 * whole of a placeholder its last word is in, since words written inside the braces ({订单号，…})
 * would break the placeholder the call system fills in.
 */
export function sentenceEndInText(doc: ScriptDocument, view: NormalizedView, to: number): number {
  const end = view.origin[to - 1] + 1;
  const i = firstEndingAfter(doc.placeholders, end);
  return i < doc.placeholders.length && doc.placeholders[i].start < end ? doc.placeholders[i].end : end;
}

/** Whether the sentence ending before unit `end` is written as a question (its own mark, or 吗/呢/是否). */
export function isQuestion(doc: ScriptDocument, view: NormalizedView, start: number, end: number): boolean {
  const after = doc.text.slice(view.origin[end - 1] + 1, view.origin[end]);
  if (/[?\uFF1F]/.test(after)) return true;
  return /是否|能否|可否|吗|呢/.test(view.text.slice(start, end));
}

/**
 * A request softened anywhere in its sentence (请, 麻烦, 劳驾), asked as a question (好吗, 能不能) or
 * thanked: what the customer is asked to do, not ordered to. Shared by the order constructions.
 */
export const SOFTENED_REQUEST = /请|麻烦|劳驾|烦请|能否|可否|能不能|可不可以|可以|好吗|行吗|好不好|谢谢|帮忙/;

/** The index of the first of `spans` (in document order, not overlapping) that ends after `offset`. */
export function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether [start, end) overlaps one of `spans`, which are in document order and do not overlap. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  const i = firstEndingAfter(spans, start);
  return i < spans.length && spans[i].start < end;
}

const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;

/**
 * Any number of characters nobody sees, as a pattern that needs no flag (plane-14 ones as their
 * surrogate pairs): marks with them between (?\u200b!) show, and are read, as one run.
 */
export const UNSEEN_RUN = `(?:[${DEFAULT_IGNORABLE_RANGES.map(([from, to]) => `${hex(from)}-${hex(to)}`).join('')}]|[${IGNORABLE_HIGH_SURROGATES.map(hex).join('-')}][\\uDC00-\\uDFFF])*`;

export function inPlaceholder(doc: ScriptDocument, start: number, end: number): boolean {
  return overlapsAny(doc.placeholders, start, end);
}

/**
 * Whether a template slot ends right before `offset`, characters nobody sees between ({工号}\u2069喂):
 * the slot is said as words (a number, a name), so what follows runs on from it, though the view
 * shows its brace as a mark.
 */
export function placeholderEndsAt(doc: ScriptDocument, offset: number): boolean {
  let end = offset;
  while (end > 0 && INVISIBLE.test(doc.text[end - 1])) end--;
  return doc.placeholders.some((p) => p.end === end);
}

const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;

const CLOSING_QUOTE: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '"': '"', '\uff02': '\uff02' };

/**
 * Quoted words inside agent lines (`您是说“你帮我查一下”，对吗?`): someone else's speech, cut
 * at the end of the line when a quote is left open.
 */
export function quotedSpans(doc: ScriptDocument, line: { start: number; end: number; label?: Span }): Span[] {
  const spans: Span[] = [];
  let close = '';
  let open = 0;
  for (let i = line.label?.end ?? line.start; i < line.end; i++) {
    const c = doc.text[i];
    if (close !== '') {
      if (c === close) {
        spans.push({ start: open, end: i });
        close = '';
      }
    } else if (CLOSING_QUOTE[c] !== undefined) {
      close = CLOSING_QUOTE[c];
      open = i + 1;
    }
  }
  if (close !== '') spans.push({ start: open, end: line.end });
  return spans;
}
