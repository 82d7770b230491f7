import { descendants, elements, firstElement, parseXml, readParts, textContent, type XmlElement } from './office-package';
import type { SheetRows } from './sheet-rows';

/**
 * The sheets of an .xlsx workbook in tab order, as rows of cell texts: shared strings, inline
 * strings (rich text joined, phonetic guides left out) and the shown text of other cells. A merged
 * range keeps its value in its top-left cell, as Excel stores it.
 */
export function readXlsx(bytes: Uint8Array): SheetRows[] {
  const parts = readParts(bytes, (name) => name.startsWith('xl/') && name.endsWith('.xml') || name.endsWith('.rels'));
  const part = (name: string) => {
    const p = parts.get(name);
    return p === undefined ? undefined : parseXml(p);
  };
  const workbook = part('xl/workbook.xml');
  if (!workbook) return [];
  const targets = new Map<string, string>();
  for (const rel of elements(part('xl/_rels/workbook.xml.rels') ?? { name: '', attrs: {}, children: [] }, 'Relationship')) {
    const target = rel.attrs.Target ?? '';
    targets.set(rel.attrs.Id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const shared = elements(part('xl/sharedStrings.xml') ?? { name: '', attrs: {}, children: [] }, 'si').map(stringItem);
  const sheets: SheetRows[] = [];
  for (const sheet of elements(firstElement(workbook, 'sheets') ?? workbook, 'sheet')) {
    const target = targets.get(sheet.attrs['r:id']);
    const xml = target === undefined ? undefined : part(target);
    if (xml) sheets.push({ name: sheet.attrs.name, rows: rowsOf(xml, shared) });
  }
  return sheets;
}

/** A shared or inline string: its text runs, without the phonetic runs (rPh) of East Asian text. */
function stringItem(si: XmlElement): string {
  return elements(si)
    .filter((e) => e.name === 't' || e.name === 'r')
    .map(textContent)
    .join('');
}

function rowsOf(sheet: XmlElement, shared: readonly string[]): SheetRows['rows'] {
  const rows: SheetRows['rows'] = [];
  for (const row of descendants(firstElement(sheet, 'sheetData') ?? sheet, 'row')) {
    const r = row.attrs.r === undefined ? rows.length : Number(row.attrs.r) - 1;
    const cells: Array<string | undefined> = [];
    for (const c of elements(row, 'c')) {
      const column = c.attrs.r === undefined ? cells.length : columnIndex(c.attrs.r);
      cells[column] = cellText(c, shared);
    }
    rows[r] = cells;
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}

function cellText(c: XmlElement, shared: readonly string[]): string | undefined {
  if (c.attrs.t === 'inlineStr') {
    const is = firstElement(c, 'is');
    return is === undefined ? undefined : stringItem(is);
  }
  const v = firstElement(c, 'v');
  if (v === undefined) return undefined;
  const value = textContent(v);
  return c.attrs.t === 's' ? shared[Number(value)] : value;
}

/** `C12` → 2. */
function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}
