import type { RuleCrash } from './lint';
import type { Range } from './positions';
import { pieceText, type Piece } from './segment-context';
import { lineStart, positionIn, type Segment } from './segments';
import type { Finding, Fix } from './types';

/**
 * A segment's lint, and its findings put in their places in the script. A finding of a segment
 * depends on the segment's text, not on where the segment is; its LSP range depends only on the
 * segment's first line; its offsets (and its fixes') on where the segment and the lines it
 * borrowed are. Each is worked out again only when what it depends on moved, and the offsets
 * only when someone asks for them (diagnostics need the ranges alone).
 */
export interface SegmentLint {
  /** Which segments and lines the pieces came from, and the script-wide values: while the same, nothing to do. */
  signature: unknown[];
  /** What the lint depended on: the pieces' texts, the script's sample and suppressions, the minute. */
  key: unknown[];
  pieces: Piece[];
  /** Where each piece starts in the linted text. */
  starts: number[];
  own: number;
  /** Findings in the linted text, which holds borrowed lines too. */
  findings: Finding[];
  crashes: RuleCrash[];
  lines?: { firstLine: number; last: boolean; kept: Finding[]; ranges: Range[] };
  /** Where the segment and its pieces' segments were when last asked (see placesOf). */
  at?: readonly number[];
  placed?: { at: readonly number[]; findings: Finding[] };
}

/** The findings of the segment's own lines (in the linted text's offsets) and their ranges in the script. */
export function ownFindings(done: SegmentLint, seg: Segment, last: boolean): { kept: Finding[]; ranges: Range[] } {
  if (done.lines?.firstLine === seg.firstLine && done.lines.last === last) return done.lines;
  const ownStart = done.starts[done.own];
  const ownEnd = ownStart + seg.text.length;
  const kept: Finding[] = [];
  const ranges: Range[] = [];
  for (const f of done.findings) {
    if (f.start < ownStart || f.start > ownEnd || (f.start === ownEnd && !last)) continue;
    kept.push(f);
    ranges.push({ start: positionIn(seg, f.start - ownStart), end: positionIn(seg, f.end - ownStart) });
  }
  done.lines = { firstLine: seg.firstLine, last, kept, ranges };
  return done.lines;
}

/**
 * Where the segment and the segments it borrowed from start now: what its findings' offsets
 * depend on. The same array while none of them moved: every segment is asked on every keystroke.
 */
export function placesOf(done: SegmentLint, seg: Segment): readonly number[] {
  const { at, pieces } = done;
  if (at && at[0] === seg.start && at.length === pieces.length + 1 && pieces.every((p, i) => at[i + 1] === p.seg.start)) return at;
  return (done.at = [seg.start, ...pieces.map((p) => p.seg.start)]);
}

/** The findings of a segment with offsets in the script, for segments that were at `at`. */
export function placedFindings(done: SegmentLint, seg: Segment, last: boolean, at: readonly number[]): Finding[] {
  if (done.placed?.at === at) return done.placed.findings;
  const ownStart = done.starts[done.own];
  const ownEnd = ownStart + seg.text.length;
  const shift = at[0] - ownStart;
  const { kept } = ownFindings(done, seg, last);
  // A finding of its own lines ends in them too; a fix may reach into borrowed lines.
  const findings = kept.map((f) => ({ ...f, start: f.start + shift, end: f.end + shift, fixes: f.fixes.map((x) => placeFix(done, at, x, ownStart, ownEnd, shift)) }));
  done.placed = { at, findings };
  return findings;
}

function placeFix(done: SegmentLint, at: readonly number[], fix: Fix, ownStart: number, ownEnd: number, shift: number): Fix {
  const place = (offset: number) => placeOffset(done, at, offset, ownStart, ownEnd, shift);
  return { ...fix, edits: fix.edits.map((e) => ({ ...e, start: place(e.start), end: place(e.end) })) };
}

/**
 * An edit's offset in the script: in the segment's own lines, or in a borrowed piece. The end
 * of its own lines is the start of the next piece: a line put before a borrowed turn goes there.
 */
function placeOffset(done: SegmentLint, at: readonly number[], offset: number, ownStart: number, ownEnd: number, shift: number): number {
  if (offset >= ownStart && offset < ownEnd) return offset + shift;
  let p = done.starts.length - 1;
  while (p > 0 && done.starts[p] > offset) p--;
  const piece = done.pieces[p];
  return at[p + 1] + lineStart(piece.seg, piece.from) + (offset - done.starts[p]);
}

/** The linted text's pieces, joined. */
export function lintedText(pieces: readonly Piece[]): { text: string; starts: number[] } {
  const texts = pieces.map(pieceText);
  const starts: number[] = [];
  let at = 0;
  for (const t of texts) {
    starts.push(at);
    at += t.length;
  }
  return { text: texts.join(''), starts };
}
