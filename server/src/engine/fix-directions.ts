import { lineAt, type ScriptDocument, type Span } from './document';

/**
 * Fixes and stage directions. A direction (【停顿】) is not said: a fix reads the words on either
 * side of it as one sentence (喂【停顿】您好 says 您好 after 喂, so the fix deletes 喂), and never
 * writes over it — a deletion that would reach past a direction stops at it.
 */

/** The spoken words of a line on one side of a fix, with the offset in the script of each character. */
export interface SpokenNeighbours {
  text: string;
  /** For each character of `text`, its offset in the script. */
  origin: number[];
  /**
   * How far from the fix a deletion may reach in `text`: the characters up to the nearest stage
   * direction (before the fix: from the end of `text`; after it: from the start).
   */
  reach: number;
}

/**
 * Up to `length` spoken characters of the line holding `start`, read backwards from `start`
 * (stage directions left out, the label never read).
 */
export function spokenBefore(doc: ScriptDocument, start: number, length: number): SpokenNeighbours {
  const spans = lineAt(doc, start).spoken.filter((s) => s.start < start);
  const pieces: Array<{ span: Span; from: number; to: number }> = [];
  let left = length;
  for (let i = spans.length - 1; i >= 0 && left > 0; i--) {
    const to = Math.min(spans[i].end, start);
    const from = Math.max(spans[i].start, to - left);
    pieces.unshift({ span: spans[i], from, to });
    left -= to - from;
  }
  const n = neighbours(doc.text, pieces);
  const last = pieces[pieces.length - 1];
  // Only what touches the fix may go with it: text behind a direction stays.
  n.reach = last && last.to === start ? last.to - last.from : 0;
  return n;
}

/** Up to `length` spoken characters of the line holding `end`, read forwards from `end`. */
export function spokenAfter(doc: ScriptDocument, end: number, length: number): SpokenNeighbours {
  const spans = lineAt(doc, end).spoken.filter((s) => s.end > end || (s.end === end && s.start < end));
  const pieces: Array<{ span: Span; from: number; to: number }> = [];
  let left = length;
  for (const span of spans) {
    if (left <= 0) break;
    const from = Math.max(span.start, end);
    const to = Math.min(span.end, from + left);
    pieces.push({ span, from, to });
    left -= to - from;
  }
  const n = neighbours(doc.text, pieces);
  const first = pieces[0];
  n.reach = first && first.from === end ? first.to - first.from : 0;
  return n;
}

function neighbours(text: string, pieces: ReadonlyArray<{ from: number; to: number }>): SpokenNeighbours {
  let out = '';
  const origin: number[] = [];
  for (const p of pieces) {
    out += text.slice(p.from, p.to);
    for (let o = p.from; o < p.to; o++) origin.push(o);
  }
  return { text: out, origin, reach: 0 };
}
