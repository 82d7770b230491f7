import { startsWithLabel } from '../engine/document';
import { ROLE_LABEL } from './blocks';
import type { MappedLine } from './line-map';
import { scriptCells, type ColumnNames } from './sheet-rows';

/** A GFM table's delimiter row: `| --- | :---: |`, pipes at the ends optional. */
const DELIMITER_ROW_RE = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
/** A line break written inside a cell, as Markdown tables can hold no other. */
const CELL_BREAK_RE = /<br\s*\/?>/gi;

/** A line of `.callscript` text read from a table, at the source line it lies on. */
export interface TableLine extends MappedLine {
  text: string;
}

export interface ReadTable {
  /** The index of the first source line after the table. */
  end: number;
  /** Empty for a table that is not a 话术库: its rows are not spoken. */
  lines: TableLine[];
}

interface Cell {
  text: string;
  /** The column of the cell's first non-blank character in its source line. */
  from: number;
}

/**
 * The GFM table starting at `source[start]` (a header row, then a delimiter row), or undefined.
 * A table whose header names a 话术 column is read as a 话术库, as in a Word or Excel file: each
 * row's scene a section, its question the customer's turn, its 话术 cell the agent's turn, each
 * line mapped into its cell so that findings point there and fixes edit nothing else.
 */
export function readMarkdownTable(source: readonly string[], start: number, names: ColumnNames): ReadTable | undefined {
  const header = source[start];
  const delimiter = source[start + 1];
  if (!header.includes('|') || delimiter === undefined || !DELIMITER_ROW_RE.test(delimiter) || !delimiter.includes('-')) return undefined;
  // As GFM: a header of as many cells as the delimiter row, or it is a line over a setext underline.
  if (cellsOf(header).length !== cellsOf(delimiter).length) return undefined;
  let end = start + 2;
  while (end < source.length && source[end].trim() !== '' && source[end].includes('|')) end++;
  // Rows by table row; the delimiter row is not one (row 0 is the header, row r ≥ 1 is source line start + r + 1).
  const rowLines = [start, ...Array.from({ length: end - start - 2 }, (_, k) => start + 2 + k)];
  const cells = rowLines.map((line) => cellsOf(source[line]));
  const lines: TableLine[] = [];
  const rows = cells.map((row) => row.map((c) => (c.text === '' ? undefined : c.text)));
  // GFM fixes the header: a data row whose cell ends in 话术 (a title in a table of sources) is no header.
  for (const read of scriptCells(rows, names, 1)) {
    const line = rowLines[read.row];
    const from = cells[read.row][read.column].from;
    if (read.role === 'scene') {
      lines.push(labelled(line, '# ', read.text, from));
      continue;
    }
    let first = true;
    for (const segment of segmentsOf(read.text)) {
      const text = segment.text.trim();
      if (text === '') continue;
      const at = from + segment.at + (segment.text.length - segment.text.trimStart().length);
      lines.push(first && !startsWithLabel(text) ? labelled(line, ROLE_LABEL[read.role], text, at) : { line, text, pieces: [{ at: 0, from: at }] });
      first = false;
    }
  }
  return { end, lines };
}

/** A cell's text cut at its `<br>`s, each piece with its offset in the cell. */
function segmentsOf(text: string): Array<{ text: string; at: number }> {
  const segments: Array<{ text: string; at: number }> = [];
  let last = 0;
  for (const m of text.matchAll(CELL_BREAK_RE)) {
    segments.push({ text: text.slice(last, m.index), at: last });
    last = m.index + m[0].length;
  }
  segments.push({ text: text.slice(last), at: last });
  return segments;
}

/** `label` + text, the label standing on the cell's first character (it is not in the file). */
function labelled(line: number, label: string, text: string, from: number): TableLine {
  const pieces = Array.from({ length: label.length + 1 }, (_, at) => ({ at, from }));
  return { line, text: label + text, pieces };
}

/** A row's cells split at unescaped pipes, the outer pipes not making cells of their own. */
function cellsOf(row: string): Cell[] {
  const cells: Cell[] = [];
  let i = row.search(/\S/);
  if (i < 0) return cells;
  if (row[i] === '|') i++;
  let start = i;
  const push = (endAt: number) => {
    const raw = row.slice(start, endAt);
    cells.push({ text: raw.trim(), from: start + (raw.length - raw.trimStart().length) });
  };
  for (; i < row.length; i++) {
    if (row[i] === '\\') i++;
    else if (row[i] === '|') {
      push(i);
      start = i + 1;
    }
  }
  if (row.slice(start).trim() !== '') push(row.length);
  return cells;
}
