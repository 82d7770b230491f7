import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { lineStartsOf } from '../engine/document';
import type { ScriptText } from '../engine/incremental-lint';

/**
 * An open document whose text is kept as pieces: the text it was opened with and what was typed
 * since. `vscode-languageserver-textdocument` puts the whole text together again on every
 * change (a copy of 2 MB per keystroke in a 50,000-line script, and as much for the garbage
 * collector); here a keystroke changes a few pieces, the linter reads only the stretch around it
 * (`snapshot().slice`), and the whole text is put together only when something asks for it.
 * Positions, offsets and line counts are the library's to the letter: a property test holds the two together.
 */
export class PieceDocument implements TextDocument {
  private pieces: string[];
  private textLength: number;
  /** Where each line starts; kept up to date through changes, as the library does. */
  private lineOffsets: number[] | undefined;
  private snapshotOfVersion: TextSnapshot | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    content: string,
  ) {
    this.pieces = [content];
    this.textLength = content.length;
  }

  get length(): number {
    return this.textLength;
  }

  get lineCount(): number {
    return this.offsets().length;
  }

  getText(range?: Range): string {
    if (!range) return this.whole();
    const start = this.offsetAt(range.start);
    const end = this.offsetAt(range.end);
    // substring's order: a reversed range reads the same stretch.
    return this.snapshot().slice(Math.min(start, end), Math.max(start, end));
  }

  /** This version's text, which later changes leave as it is. */
  snapshot(): TextSnapshot {
    return (this.snapshotOfVersion ??= new TextSnapshot(this.pieces.slice(), this.textLength));
  }

  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) this.apply(change);
    this.version = version;
  }

  /** Applies one change; returns the stretch of the text before it that it replaced (undefined: the whole text). */
  apply(change: TextDocumentContentChangeEvent): { start: number; end: number } | undefined {
    this.snapshotOfVersion = undefined;
    if (!('range' in change)) {
      this.pieces = [change.text];
      this.textLength = change.text.length;
      this.lineOffsets = undefined;
      return undefined;
    }
    const range = wellFormed(change.range);
    const start = this.offsetAt(range.start);
    const end = this.offsetAt(range.end);
    this.replace(start, end, change.text);
    const insertedEnd = start + change.text.length;
    // A CRLF pair across an edit boundary is not in the inserted text's line offsets.
    if (this.crlfAt(start) || this.crlfAt(insertedEnd)) this.lineOffsets = undefined;
    else if (this.lineOffsets) this.lineOffsets = shiftLineOffsets(this.lineOffsets, range, change.text, start, end);
    return { start, end };
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.textLength), 0);
    const lineOffsets = this.offsets();
    let low = 0;
    let high = lineOffsets.length;
    if (high === 0) return { line: 0, character: offset };
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (lineOffsets[mid] > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    offset = this.beforeLineBreak(offset, lineOffsets[line]);
    return { line, character: offset - lineOffsets[line] };
  }

  offsetAt(position: Position): number {
    const lineOffsets = this.offsets();
    if (position.line >= lineOffsets.length) return this.textLength;
    if (position.line < 0) return 0;
    const lineOffset = lineOffsets[position.line];
    if (position.character <= 0) return lineOffset;
    const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this.textLength;
    return this.beforeLineBreak(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
  }

  getLineRange(line: number): Range {
    const lineOffsets = this.offsets();
    if (line >= lineOffsets.length) {
      const last = lineOffsets.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.textLength - lineOffsets[last] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = lineOffsets[line];
    const next = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.textLength;
    return { start: { line, character: 0 }, end: { line, character: this.beforeLineBreak(next, start) - start } };
  }

  getEOLCharacters(line: number): string {
    const lineOffsets = this.offsets();
    if (line >= lineOffsets.length || line < 0) return '';
    const next = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.textLength;
    return this.snapshot().slice(this.beforeLineBreak(next, lineOffsets[line]), next);
  }

  /** The UTF-16 unit at `offset`, NaN outside the text. */
  charCodeAt(offset: number): number {
    if (offset < 0 || offset >= this.textLength) return NaN;
    let at = 0;
    for (const piece of this.pieces) {
      if (offset < at + piece.length) return piece.charCodeAt(offset - at);
      at += piece.length;
    }
    return NaN;
  }

  private whole(): string {
    if (this.pieces.length !== 1) this.pieces = [this.pieces.join('')];
    return this.pieces[0];
  }

  private offsets(): number[] {
    return (this.lineOffsets ??= lineStartsOf(this.whole()));
  }

  private crlfAt(offset: number): boolean {
    return this.charCodeAt(offset - 1) === 13 && this.charCodeAt(offset) === 10;
  }

  private beforeLineBreak(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isLineBreak(this.charCodeAt(offset - 1))) offset--;
    return offset;
  }

  /** Replaces [start, end) with `text` in the pieces, merging short neighbours so that typing in one place keeps one piece there. */
  private replace(start: number, end: number, text: string): void {
    const out: string[] = [];
    let at = 0;
    let placed = false;
    for (const piece of this.pieces) {
      const pieceEnd = at + piece.length;
      if (pieceEnd <= start || at >= end) {
        if (!placed && at >= end) {
          pushMerged(out, text);
          placed = true;
        }
        if (piece.length > 0) pushMerged(out, piece);
      } else {
        if (at < start) pushMerged(out, piece.slice(0, start - at));
        if (!placed) {
          pushMerged(out, text);
          placed = true;
        }
        if (pieceEnd > end) pushMerged(out, piece.slice(end - at));
      }
      at = pieceEnd;
    }
    if (!placed) pushMerged(out, text);
    this.textLength += text.length - (end - start);
    // Edits in many places leave many pieces: then they are put together once.
    this.pieces = out.length > MAX_PIECES ? [out.join('')] : out;
  }
}

/** More pieces than this and each slice or character lookup walks too far: the text is put together. */
const MAX_PIECES = 64;
/** Pieces shorter than this are joined to their neighbour: what a keystroke copies stays small. */
const SHORT_PIECE = 256;

function pushMerged(out: string[], piece: string): void {
  if (piece.length === 0) return;
  const last = out.length - 1;
  if (last >= 0 && (out[last].length < SHORT_PIECE || piece.length < SHORT_PIECE) && out[last].length + piece.length < SHORT_PIECE * 4) {
    out[last] += piece;
  } else {
    out.push(piece);
  }
}

/** One version of a PieceDocument's text: stretches of it are read without putting the whole together. */
export class TextSnapshot implements ScriptText {
  private readonly starts: number[] = [];
  private text: string | undefined;

  constructor(
    private readonly pieces: readonly string[],
    readonly length: number,
  ) {
    let at = 0;
    for (const piece of pieces) {
      this.starts.push(at);
      at += piece.length;
    }
  }

  slice(start: number, end: number): string {
    if (this.text !== undefined) return this.text.slice(start, end);
    start = Math.max(0, Math.min(start, this.length));
    end = Math.max(start, Math.min(end, this.length));
    let k = this.pieceAt(start);
    let out = '';
    for (let at = start; at < end && k < this.pieces.length; k++) {
      const from = at - this.starts[k];
      const to = Math.min(this.pieces[k].length, end - this.starts[k]);
      out += this.pieces[k].slice(from, to);
      at = this.starts[k] + to;
    }
    return out;
  }

  indexOf(search: string, position: number): number {
    if (this.text !== undefined || search.length !== 1) return this.toString().indexOf(search, position);
    const from = Math.max(0, position);
    for (let k = this.pieceAt(from); k < this.pieces.length; k++) {
      const found = this.pieces[k].indexOf(search, Math.max(0, from - this.starts[k]));
      if (found >= 0) return this.starts[k] + found;
    }
    return -1;
  }

  toString(): string {
    return (this.text ??= this.pieces.join(''));
  }

  /** The piece that holds `offset` (the last one for the text's end). */
  private pieceAt(offset: number): number {
    let lo = 0;
    let hi = this.pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** The text the linter is given for a document: a snapshot where the document keeps pieces. */
export function textOf(doc: TextDocument): ScriptText {
  return doc instanceof PieceDocument ? doc.snapshot() : doc.getText();
}

/** The line offsets after `text` replaced [start, end) (at `range`); returns them, in the same array where it could. */
function shiftLineOffsets(lineOffsets: number[], range: Range, text: string, start: number, end: number): number[] {
  const startLine = Math.max(range.start.line, 0);
  const endLine = Math.max(range.end.line, 0);
  // Where the inserted text's own lines start, after its first.
  const added = lineStartsOf(text).slice(1).map((offset) => start + offset);
  let offsets = lineOffsets;
  if (endLine - startLine === added.length) {
    for (let i = 0; i < added.length; i++) offsets[i + startLine + 1] = added[i];
  } else if (added.length < 10000) {
    offsets.splice(startLine + 1, endLine - startLine, ...added);
  } else {
    // Too many arguments for splice.
    offsets = offsets.slice(0, startLine + 1).concat(added, offsets.slice(endLine + 1));
  }
  const diff = text.length - (end - start);
  if (diff !== 0) for (let i = startLine + 1 + added.length; i < offsets.length; i++) offsets[i] += diff;
  return offsets;
}

function isLineBreak(ch: number): boolean {
  return ch === 13 || ch === 10;
}

function wellFormed(range: Range): Range {
  const { start, end } = range;
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) return { start: end, end: start };
  return range;
}
