import type { Block } from './blocks';
import { elements, firstElement, parseXml, readParts, type XmlElement } from './office-package';
import { paragraphPlace, tableCellPlace } from './place';
import { sheetBlocks, type ColumnNames } from './sheet-rows';

/** Runs' content that is not the text as it reads now: deletions, field codes, drawings' fallbacks. */
const NOT_TEXT = new Set(['w:del', 'w:delText', 'w:instrText', 'w:pPr', 'w:rPr', 'w:drawing', 'w:pict', 'mc:AlternateContent', 'w:footnoteReference', 'w:endnoteReference']);
const HEADING_STYLE_RE = /^(heading\s*\d|title|标题(\s*\d)?)$/i;

/**
 * A Word document's body in reading order: paragraphs (headings as sections, list items as the
 * text they show after their number), and tables. A table whose header row names a 话术 column is
 * read as a 话术库; any other table cell by cell, row by row.
 */
export function readDocx(bytes: Uint8Array, names: ColumnNames): Block[] {
  const parts = readParts(bytes, (name) => name === 'word/document.xml' || name === 'word/styles.xml');
  const document = parts.get('word/document.xml');
  if (document === undefined) return [];
  const styles = parts.get('word/styles.xml');
  const headingStyles = styles === undefined ? new Set<string>() : headingStylesOf(parseXml(styles));
  const body = firstElement(parseXml(document), 'w:body');
  if (!body) return [];
  const blocks: Block[] = [];
  let paragraphs = 0;
  let tables = 0;
  const visit = (children: XmlElement[]) => {
    for (const el of children) {
      if (el.name === 'w:p') {
        const text = paragraphText(el);
        if (text.trim() === '') continue;
        const place = paragraphPlace(++paragraphs);
        blocks.push(isHeading(el, headingStyles) ? { kind: 'heading', text, place } : { kind: 'text', text, place });
      } else if (el.name === 'w:tbl') {
        blocks.push(...tableBlocks(el, ++tables, names));
      } else if (el.name === 'w:sdt') {
        visit(elements(firstElement(el, 'w:sdtContent') ?? el));
      }
    }
  };
  visit(elements(body));
  return blocks;
}

/** Style ids that are headings: by name (`heading 1`, `Title`, 标题) or by an outline level. */
function headingStylesOf(styles: XmlElement): Set<string> {
  const ids = new Set<string>();
  for (const style of elements(styles, 'w:style')) {
    const name = firstElement(style, 'w:name')?.attrs['w:val'] ?? '';
    if (HEADING_STYLE_RE.test(name.trim()) || firstElement(firstElement(style, 'w:pPr'), 'w:outlineLvl')) ids.add(style.attrs['w:styleId']);
  }
  return ids;
}

function isHeading(p: XmlElement, headingStyles: ReadonlySet<string>): boolean {
  const pPr = firstElement(p, 'w:pPr');
  const style = firstElement(pPr, 'w:pStyle')?.attrs['w:val'];
  const level = firstElement(pPr, 'w:outlineLvl')?.attrs['w:val'];
  return (style !== undefined && headingStyles.has(style)) || (level !== undefined && Number(level) < 9);
}

/** A paragraph's text as it reads: tabs and breaks as such, deleted and hidden field text left out. */
function paragraphText(node: XmlElement): string {
  let s = '';
  for (const c of node.children) {
    if (!('name' in c)) continue;
    if (c.name === 'w:t') s += c.children.map((t) => ('text' in t ? t.text : '')).join('');
    else if (c.name === 'w:tab') s += '\t';
    else if (c.name === 'w:br' || c.name === 'w:cr') s += '\n';
    else if (!NOT_TEXT.has(c.name)) s += paragraphText(c);
  }
  return s;
}

/** A table's cells by grid column (a cell spanning columns sits in its first), rows from 0. */
function tableBlocks(table: XmlElement, n: number, names: ColumnNames): Block[] {
  const rows: Array<Array<string | undefined>> = [];
  for (const tr of elements(table, 'w:tr')) {
    const row: Array<string | undefined> = [];
    let column = 0;
    for (const tc of elements(tr, 'w:tc')) {
      const tcPr = firstElement(tc, 'w:tcPr');
      const span = Number(firstElement(tcPr, 'w:gridSpan')?.attrs['w:val'] ?? 1);
      const merged = firstElement(tcPr, 'w:vMerge');
      const continued = merged !== undefined && merged.attrs['w:val'] !== 'restart';
      const text = elements(tc, 'w:p').map(paragraphText).join('\n');
      row[column] = continued || text.trim() === '' ? undefined : text;
      column += Math.max(1, span);
    }
    rows.push(row);
  }
  const place = (row: number, column: number) => tableCellPlace(n, row + 1, column + 1);
  const asScript = sheetBlocks({ name: undefined, rows }, names, place);
  if (asScript.length > 0) return asScript;
  return rows.flatMap((row, r) => row.flatMap((text, c): Block[] => (text === undefined ? [] : [{ kind: 'text', text, place: place(r, c) }])));
}
