import type { Message } from '../engine';

/**
 * Where a line of the linted text came from in a document that is not plain text: a paragraph of
 * a Word file, a table cell, a spreadsheet cell. Plain data: it crosses to and from lint workers.
 */
export interface Place {
  kind: 'paragraph' | 'cell';
  /** Stable and language-neutral, for machines (SARIF's logical location): `话术库!C12`, `paragraph 12`, `table 1 row 3 column 2`. */
  name: string;
  /** As a reviewer looks for it. */
  label: Message;
}

/** A document read into `.callscript` text, each line of that text with the place it came from. */
export interface PlacedText {
  text: string;
  /** By line of `text`; undefined for a line that stands for nothing of the document (none today). */
  places: Array<Place | undefined>;
}

export function paragraphPlace(n: number): Place {
  return { kind: 'paragraph', name: `paragraph ${n}`, label: { zh: `第 ${n} 段`, en: `paragraph ${n}` } };
}

export function tableCellPlace(table: number, row: number, column: number): Place {
  return {
    kind: 'cell',
    name: `table ${table} row ${row} column ${column}`,
    label: { zh: `表 ${table} 第 ${row} 行第 ${column} 列`, en: `table ${table}, row ${row}, column ${column}` },
  };
}

/** `Sheet!C12`, or `C12` for a CSV file (one sheet, no name). */
export function sheetCellPlace(sheet: string | undefined, ref: string): Place {
  const name = sheet === undefined ? ref : `${sheet}!${ref}`;
  return { kind: 'cell', name, label: { zh: name, en: name } };
}

/** A column's letters from its 0-based index: 0 → A, 26 → AA. */
export function columnLetters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
