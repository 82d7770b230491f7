import { isUtf8 } from 'node:buffer';
import type { Message } from '../engine';
import { guessLegacyEncoding } from './encoding-guess';

export type Decoded = { ok: true; text: string; bom: boolean } | { ok: false; problem: Message };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * A script's bytes as an editor holds the text: UTF-8 only, the BOM kept aside (not part of the
 * text). A NUL byte is valid UTF-8 but never part of a script: the file is binary, or UTF-16
 * without its byte order mark, and its "findings" would be noise.
 */
export function decodeScript(bytes: Uint8Array): Decoded {
  const bom = UTF8_BOM.every((b, i) => bytes[i] === b);
  const body = bom ? bytes.subarray(3) : bytes;
  // Validated natively first: a fatal TextDecoder costs about twice as much on the CLI's hot path.
  if (!isUtf8(body)) return { ok: false, problem: notUtf8(bytes) };
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  const nul = text.indexOf('\0');
  if (nul >= 0) return { ok: false, problem: binary(lineOfOffset(text, nul)) };
  return { ok: true, text, bom };
}

function binary(line: number): Message {
  return {
    zh: `不是文本文件:第 ${line} 行有 NUL 字节(二进制文件,或没有 BOM 的 UTF-16?)`,
    en: `not a text file: a NUL byte on line ${line} (a binary file, or UTF-16 without a byte order mark?)`,
  };
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function notUtf8(bytes: Uint8Array): Message {
  const line = lineOfFirstBadByte(bytes);
  const guess = guessLegacyEncoding(bytes);
  if (guess === undefined) {
    return { zh: `不是 UTF-8 编码(第 ${line} 行起),请转为 UTF-8`, en: `not UTF-8 (from line ${line}); convert it to UTF-8` };
  }
  return {
    zh: `不是 UTF-8 编码,看起来是 ${guess}(第 ${line} 行起);请转为 UTF-8,例如 iconv -f ${guess} -t UTF-8`,
    en: `not UTF-8 — looks like ${guess} (from line ${line}); convert it, e.g. iconv -f ${guess} -t UTF-8`,
  };
}

/** 1-based line of the first byte that breaks UTF-8, so the writer can find the pasted-in part. */
function lineOfFirstBadByte(bytes: Uint8Array): number {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const n = utf8SequenceLength(bytes, i);
    if (n === 0) return line;
    if (bytes[i] === 0x0a) line++;
    i += n;
  }
  return line;
}

/** Length of a well-formed UTF-8 sequence at i (overlong forms and surrogates are not), or 0. */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (c === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (c >= 0xe1 && c <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (c === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xf1 && c <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}
