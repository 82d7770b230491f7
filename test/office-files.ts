import { strToU8, zipSync } from 'fflate';

/**
 * Small Word and Excel files written here, as Word and Excel write them (the parts and markup the
 * readers meet in real files: styles by id, shared strings, phonetic runs, merged cells, revisions),
 * so that the tests never depend on a file from elsewhere.
 */

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export type DocxBlock =
  | { heading: string }
  | { p: string; numbered?: boolean; deleted?: string }
  | { table: string[][]; mergedDown?: Array<[row: number, column: number]> };

/** A fixed time for every zip entry, so that the same content gives the same bytes (examples/ are compared). */
const MTIME = new Date('2027-01-01T00:00:00Z');

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Runs the way Word splits them: a label in its own run, a line break as <w:br/>. */
function runs(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const m = /^(坐席|客户)([:：])(.*)$/.exec(line);
      const parts = m ? [m[1] + m[2], m[3]] : [line];
      return parts.map((t) => `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${esc(t)}</w:t></w:r>`).join('');
    })
    .join('<w:r><w:br/></w:r>');
}

function paragraph(b: DocxBlock): string {
  if ('heading' in b) return `<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr>${runs(b.heading)}</w:p>`;
  if ('p' in b) {
    const num = b.numbered ? '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' : '';
    const del = b.deleted ? `<w:del w:id="1" w:author="QA"><w:r><w:delText>${esc(b.deleted)}</w:delText></w:r></w:del>` : '';
    return `<w:p>${num}${del}${runs(b.p)}</w:p>`;
  }
  const merged = new Set((b.mergedDown ?? []).map(([r, c]) => `${r},${c}`));
  const rows = b.table.map(
    (row, r) =>
      `<w:tr>${row
        .map((cell, c) => {
          const vMerge = merged.has(`${r},${c}`) ? '<w:tcPr><w:vMerge/></w:tcPr>' : merged.has(`${r + 1},${c}`) ? '<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>' : '';
          return `<w:tc>${vMerge}<w:p>${runs(cell)}</w:p></w:tc>`;
        })
        .join('')}</w:tr>`,
  );
  return `<w:tbl><w:tblGrid/>${rows.join('')}</w:tbl>`;
}

export function docx(blocks: readonly DocxBlock[]): Uint8Array {
  return zipSync(
    {
    '[Content_Types].xml': strToU8(`${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`),
    // Chinese Word names its heading style by id "1", its name "heading 1".
    'word/styles.xml': strToU8(`${XML}<w:styles ${W}><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style></w:styles>`),
    'word/document.xml': strToU8(`${XML}<w:document ${W}><w:body>${blocks.map(paragraph).join('')}<w:sectPr/></w:body></w:document>`),
    },
    { mtime: MTIME },
  );
}

/** Sheets of rows; text goes to shared strings (with a phonetic run, as Japanese and Chinese Excel add), numbers stay numbers. */
export function xlsx(sheets: Record<string, Array<Array<string | number | undefined>>>, merges: Record<string, string[]> = {}): Uint8Array {
  const shared: string[] = [];
  const files: Record<string, Uint8Array> = {};
  const names = Object.keys(sheets);
  names.forEach((name, i) => {
    const rows = sheets[name].map((row, r) => {
      const cells = row.map((v, c) => {
        if (v === undefined) return '';
        const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
        if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
        shared.push(v);
        return `<c r="${ref}" t="s"><v>${shared.length - 1}</v></c>`;
      });
      return `<row r="${r + 1}">${cells.join('')}</row>`;
    });
    const merge = merges[name] ? `<mergeCells>${merges[name].map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      `${XML}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData>${merge}</worksheet>`,
    );
  });
  const types = names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
  files['[Content_Types].xml'] = strToU8(
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${types.join('')}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  files['xl/workbook.xml'] = strToU8(
    `${XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ${R}><sheets>${names
      .map((n, i) => `<sheet name="${esc(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('')}</sheets></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join('')}</Relationships>`,
  );
  files['xl/sharedStrings.xml'] = strToU8(
    `${XML}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${shared
      .map((s) => `<si><t xml:space="preserve">${esc(s)}</t><rPh sb="0" eb="1"><t>ピン</t></rPh></si>`)
      .join('')}</sst>`,
  );
  return zipSync(files, { mtime: MTIME });
}
