import { lineAt, lineStartsOf, parseDocument, startsWithLabel, type Directive, type ScriptDocument, type ScriptLine } from './document';
import { positionAt, type Position } from './positions';
import { isFenceLine } from './front-matter';

/**
 * A long script cut into segments of whole turns, each parsed on its own, so that an edit is
 * parsed and linted again only where it fell. A segment starts at a speaker label that is not
 * inside a stage direction (or at the script's start): there the parse of the script is in the
 * same state as the parse of the segment alone, so the segment's lines read the same either way.
 */
export class Segment {
  /** Offset and line of its start in the script, as of the last update. */
  start = 0;
  firstLine = 0;
  /** Where its lines start in its text, once asked for. */
  lineStarts: number[] | undefined;
  /** How many lines its parse has (after a last line break, an empty one). */
  readonly lineCount: number;
  /** Its suppression directives, which every update reads. */
  readonly directives: readonly Directive[];
  private parsed: ScriptDocument | undefined;

  /** `text`: its lines, with their line breaks (the script's last line may have none); `doc`: that text parsed alone. */
  constructor(
    readonly text: string,
    doc: ScriptDocument,
  ) {
    this.parsed = doc;
    this.lineCount = doc.lines.length;
    this.directives = doc.directives;
  }

  /** Parsed alone. The first segment starts the script, so it holds the front matter. */
  get doc(): ScriptDocument {
    return (this.parsed ??= parseDocument(this.text));
  }

  /**
   * Lets go of the parse (about half of what a linted script holds) until it is asked for again:
   * what every update reads of each segment is kept apart (lineCount, directives, its facts).
   */
  release(): void {
    this.parsed = undefined;
    this.lineStarts = undefined;
  }
}

/** Lines a segment has at least (but its last) before a new one starts: small enough to lint per keystroke. */
export const SEGMENT_LINES = 32;

export function newSegment(text: string): Segment {
  return segmentOf(parseDocument(text));
}

/** A segment of text already parsed alone. */
export function segmentOf(doc: ScriptDocument): Segment {
  return new Segment(doc.text, doc);
}

/**
 * A line where a segment may start: a speaker label outside any stage direction, after the front
 * matter. While the front matter has no closing `---`, a line anywhere below may yet close it, so
 * nothing below starts a segment.
 */
function opensSegment(doc: ScriptDocument, line: ScriptLine, openFrontMatter = frontMatterOpen(doc)): boolean {
  if (line.index === 0 || line.index <= doc.frontMatter.lastLine || openFrontMatter) return false;
  return line.kind === 'turn' && line.label !== undefined;
}

function frontMatterOpen(doc: ScriptDocument): boolean {
  const first = doc.lines[0];
  return doc.frontMatter.lastLine < 0 && isFenceLine(doc.text, first);
}

/** Whether the line of `doc` that starts at `offset` opens a segment (the region's first line may, as the script's first does). */
export function opensSegmentAt(doc: ScriptDocument, offset: number): boolean {
  const line = lineAt(doc, offset);
  if (line.start !== offset) return false;
  return line.index === 0 ? line.kind === 'turn' && line.label !== undefined : opensSegment(doc, line);
}

/**
 * Whether the line after a region (parsed alone as `doc`), given without its line break, opens a
 * segment: what parsing the two together would say, read from the state the region's parse ended
 * in (a front matter still open, a stage direction still open), so that the region's own parse
 * can be its segment's.
 */
export function opensSegmentAfter(doc: ScriptDocument, line: string): boolean {
  return !frontMatterOpen(doc) && !doc.endsInStageDirection && startsWithLabel(line);
}

/** Cuts a region (parsed alone as `doc`) into segments of at least `size` lines. */
export function cutRegion(doc: ScriptDocument, size: number): string[] {
  const texts: string[] = [];
  const openFrontMatter = frontMatterOpen(doc);
  let from = 0;
  let fromLine = 0;
  for (const line of doc.lines) {
    if (line.index - fromLine >= size && opensSegment(doc, line, openFrontMatter)) {
      texts.push(doc.text.slice(from, line.start));
      from = line.start;
      fromLine = line.index;
    }
  }
  texts.push(doc.text.slice(from));
  return texts;
}

/** An offset of the segment's text as an LSP position in the script. */
export function positionIn(seg: Segment, offset: number): Position {
  const p = positionAt((seg.lineStarts ??= lineStartsOf(seg.text)), offset);
  return { line: seg.firstLine + p.line, character: p.character };
}

/** Where a line of a segment starts in the segment's text: the script's first line from 0, its byte order mark included. */
export function lineStart(segment: Segment, line: number): number {
  return line === 0 ? 0 : segment.doc.lines[line].start;
}

/** Where a line ends, its line break included. */
export function lineEnd(segment: Segment, line: number): number {
  const next = segment.doc.lines[line + 1];
  return next ? next.start : segment.text.length;
}
