/**
 * Which other encoding a non-UTF-8 script is most likely in, to tell its writer how to convert it.
 * Big5 bytes mostly decode as GB18030 too (and the other way round), so each candidate that
 * decodes is scored by how much of its text is everyday Chinese: the right decoding reads as
 * common characters, the wrong one as rare ones.
 */

const CANDIDATES = ['GB18030', 'Big5'] as const;

// The most frequent characters of phone-service Chinese, in both scripts.
const COMMON = new Set(
  '的一是不了人我在有他这個这们們为為来來以个中上到说說会會可对對能好您请請问問电電话話务務客服谢謝时時么麼吗嗎帮幫助查办辦理号號码碼费費业業',
);

export function guessLegacyEncoding(bytes: Uint8Array): string | undefined {
  // Windows Notepad's "Unicode": told apart by its byte order mark.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'UTF-16';
  let best: { name: (typeof CANDIDATES)[number]; score: number } | undefined;
  for (const name of CANDIDATES) {
    const text = decodeStrictly(bytes, name);
    if (text === undefined) continue;
    const score = commonShare(text);
    if (!best || score > best.score) best = { name, score };
  }
  return best?.name;
}

function decodeStrictly(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function commonShare(text: string): number {
  let han = 0;
  let common = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x2e80) continue;
    han++;
    if (COMMON.has(ch)) common++;
  }
  return han === 0 ? 0 : common / han;
}
