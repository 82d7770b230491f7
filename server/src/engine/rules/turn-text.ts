import type { ScriptDocument, Span, Turn } from '../document';
import { buildView, GAP_HARD, type NormalizedView } from '../normalize';

/** Spoken text of one turn, for the structural rules that reason about turns rather than phrases. */

export function turnSpans(doc: ScriptDocument, turn: Turn): Span[] {
  const spans: Span[] = [];
  for (let i = turn.firstLine; i <= turn.lastLine; i++) spans.push(...doc.lines[i].spoken);
  return spans;
}

/** The normalized view of one turn, so that a turn's sentences can be searched on their own. */
export function turnView(doc: ScriptDocument, turn: Turn): NormalizedView {
  return buildView(doc.text, turnSpans(doc, turn));
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
