import type { ScriptDocument, Span, Turn } from '../document';
import { buildView, GAP_HARD, unitAt, type NormalizedView } from '../normalize';
import { withoutUnseenEnds } from '../says-something';

/** Spoken text of one turn, for the structural rules that reason about turns rather than phrases. */

export function turnSpans(doc: ScriptDocument, turn: Turn): Span[] {
  const spans: Span[] = [];
  for (let i = turn.firstLine; i <= turn.lastLine; i++) for (const span of doc.lines[i].spoken) spans.push(span);
  return spans;
}

/**
 * The normalized view of one agent turn, so that a turn's sentences can be searched on their own:
 * a slice of the document's agent view (its spans are consecutive there), not a view built again.
 */
export function turnView(doc: ScriptDocument, view: NormalizedView, turn: Turn): NormalizedView {
  // A line of characters nobody sees (a direction mark alone) is no line of the turn: its words start after it.
  const spans = turnSpans(doc, turn);
  while (spans.length > 0 && unseenOnly(doc, spans[0])) spans.shift();
  while (spans.length > 0 && unseenOnly(doc, spans[spans.length - 1])) spans.pop();
  if (spans.length === 0) return buildView(doc.text, spans);
  const from = unitAt(view, spans[0].start);
  // The unit at the last span's end is that span's separator, which ends a view.
  const to = unitAt(view, spans[spans.length - 1].end) + 1;
  return { text: view.text.slice(from, to), origin: view.origin.subarray(from, to + 1), gap: view.gap.subarray(from, to + 1) };
}

export interface ViewMatch {
  /** Unit offsets in the view, end exclusive. */
  start: number;
  end: number;
}

/** Matches of a global regex on the view that stay inside one sentence. */
export function sentenceMatches(view: NormalizedView, re: RegExp): ViewMatch[] {
  const out: ViewMatch[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(view.text); m; m = re.exec(view.text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end === start) {
      re.lastIndex++;
      continue;
    }
    if (!crossesSentenceEnd(view, start, end)) out.push({ start, end });
  }
  return out;
}

export function crossesSentenceEnd(view: NormalizedView, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) if (view.gap[i] === GAP_HARD) return true;
  return false;
}

/** Offsets in the original text of view units [start, end). */
export function originalRange(view: NormalizedView, start: number, end: number): Span {
  return { start: view.origin[start], end: view.origin[end - 1] + 1 };
}

function unseenOnly(doc: ScriptDocument, span: Span): boolean {
  const { start, end } = withoutUnseenEnds(doc.text, span);
  return start === end;
}
