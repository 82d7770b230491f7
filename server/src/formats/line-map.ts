import { lineStartsOf, positionAt, type Finding, type TextEdit } from '../engine';

/**
 * How a line of the linted text lies in the original line it came from: each piece says that the
 * linted column `at` is the original column `from`, and the columns after it follow one by one
 * until the next piece (a list marker or an emphasis taken away shifts what follows).
 */
export interface MappedLine {
  line: number;
  pieces: Array<{ at: number; from: number }>;
}

/** A text read line by line (Markdown, plain text) into `.callscript` text of as many lines. */
export interface MappedText {
  text: string;
  lines: MappedLine[];
}

/** Offsets in the linted text → offsets in the original, for findings and fixes alike. */
export function offsetMapper(original: string, mapped: MappedText): (offset: number) => number {
  const from = lineStartsOf(mapped.text);
  const to = lineStartsOf(original);
  return (offset) => {
    const p = positionAt(from, offset);
    const line = mapped.lines[p.line];
    if (line === undefined) return original.length;
    let column = p.character;
    for (const piece of line.pieces) if (piece.at <= p.character) column = piece.from + (p.character - piece.at);
    const start = to[line.line] ?? original.length;
    const end = line.line + 1 < to.length ? to[line.line + 1] : original.length;
    return Math.min(start + column, end);
  };
}

/** A finding of the linted text, its span and its fixes' edits moved onto the original. */
export function mapFinding(f: Finding, map: (offset: number) => number): Finding {
  const edit = (e: TextEdit): TextEdit => ({ ...e, start: map(e.start), end: map(e.end) });
  return { ...f, start: map(f.start), end: map(f.end), fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map(edit) })) };
}
