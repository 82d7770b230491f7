import * as t2cn from 'opencc-js/t2cn';
import * as cn2t from 'opencc-js/cn2t';

/**
 * Traditional → simplified, one UTF-16 unit at a time, from OpenCC's dictionaries (opencc-js).
 * OpenCC converts whole phrases at ~12 MB/s, too slow for every keystroke, so its character
 * mappings are read once into a 64K table. Only mappings that keep the length are kept, so that
 * the normalized view stays one unit per unit of the original.
 */
let table: Uint16Array | undefined;

const CJK_RANGES: Array<[number, number]> = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

export function simplifiedTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(65536);
  for (let i = 0; i < 65536; i++) t[i] = i;
  const convert = t2cn.Converter({ from: 't', to: 'cn' });
  for (const [lo, hi] of CJK_RANGES) {
    const chars: string[] = [];
    for (let c = lo; c <= hi; c++) chars.push(String.fromCharCode(c));
    // One character a line, so that no dictionary phrase spans two characters.
    const out = convert(chars.join('\n')).split('\n');
    if (out.length !== chars.length) continue;
    for (let k = 0; k < out.length; k++) {
      if (out[k].length === 1) t[lo + k] = out[k].charCodeAt(0);
    }
  }
  table = t;
  return t;
}

export function toSimplified(s: string): string {
  const t = simplifiedTable();
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(t[s.charCodeAt(i)]);
  return out;
}

/** Whether a piece of text is written in traditional characters (any character that simplifies). */
export function isTraditional(s: string): boolean {
  const t = simplifiedTable();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (t[c] !== c) return true;
  }
  return false;
}

let toTraditionalConverter: ((s: string) => string) | undefined;

/** A fix's text in the script of the text it replaces: traditional in, traditional out. */
export function inScriptOf(replacement: string, replaced: string): string {
  if (!isTraditional(replaced)) return replacement;
  toTraditionalConverter ??= cn2t.Converter({ from: 'cn', to: 'tw' });
  return toTraditionalConverter(replacement);
}
