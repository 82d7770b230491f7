import { isUtf8 } from 'node:buffer';
import type { Message } from '../engine';
import { guessLegacyEncoding } from '../host/encoding-guess';
import type { SheetRows } from './sheet-rows';

/**
 * A CSV file's text: UTF-8 (with or without BOM, as Excel's "CSV UTF-8" writes it), or the
 * legacy encoding it reads as (Excel on a Chinese Windows saves "CSV" in GB18030's subset GBK;
 * on a Traditional one, in Big5), or UTF-16 with its byte order mark.
 */
export function decodeCsv(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: Message } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  if (isUtf8(bytes)) return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') };
  const encoding = guessLegacyEncoding(bytes);
  if (encoding === undefined) return { ok: false, problem: { zh: '无法识别的编码:不是 UTF-8、GB18030 或 Big5', en: 'unknown encoding: not UTF-8, GB18030 or Big5' } };
  const label = encoding === 'UTF-16' ? (bytes[0] === 0xff ? 'utf-16le' : 'utf-16be') : encoding;
  return { ok: true, text: new TextDecoder(label, { ignoreBOM: false }).decode(bytes) };
}

/**
 * RFC 4180 rows: fields in double quotes may hold commas, quotes doubled and line breaks. A file
 * whose first line has tabs and no commas is read as tab-separated, as Excel's "Unicode text" is.
 */
export function parseCsv(text: string): SheetRows {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const separator = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const rows: SheetRows['rows'] = [];
  let row: Array<string | undefined> = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field === '' ? undefined : field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === separator) endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return { name: undefined, rows };
}
