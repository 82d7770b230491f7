import * as t2cn from 'opencc-js/t2cn';

/**
 * Traditional ↔ simplified from OpenCC's dictionaries (opencc-js), without paying for OpenCC's
 * converters where they are not needed. Building a converter loads every phrase of its
 * dictionaries into a trie (100–200 ms for traditional out, once per process) and converts at
 * ~12 MB/s; the linter needs only the character mappings for its normalized view, and phrase
 * conversion only for a few short fix texts.
 */

/** What opencc-js's bundles export besides `Converter` (their declaration file leaves it out). */
interface OpenCCConfig {
  normalizationChain?: string[][];
  segmentation?: string[];
  conversionChain: string[][];
}

type DictPairs = Array<[string, string]>;

interface OpenCCTrie {
  loadDictGroup(group: DictPairs[]): void;
  segment(text: string): string[];
  convert(text: string): string;
}

interface OpenCCBundle {
  Locale: { configs: Record<string, OpenCCConfig> };
  Trie: new () => OpenCCTrie;
}

const TO_SIMPLIFIED = (t2cn as unknown as OpenCCBundle).Locale.configs.t2s;
let toTraditionalBundle: OpenCCBundle | undefined;

/**
 * OpenCC's simplified → traditional data is half of the bundle: it is loaded (from a file of its
 * own beside the bundle) only when a fix has to be written in traditional script.
 */
function cn2t(): OpenCCBundle {
  toTraditionalBundle ??= require('opencc-js/cn2t') as OpenCCBundle;
  return toTraditionalBundle;
}

let table: Uint16Array | undefined;

const CJK_RANGES: Array<[number, number]> = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

/**
 * Traditional → simplified, one UTF-16 unit at a time: the 64K table of what OpenCC's `t2s` does
 * to each CJK character on its own. Only mappings that keep the length are kept, so that the
 * normalized view stays one unit per unit of the original.
 */
export function simplifiedTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(65536);
  for (let i = 0; i < 65536; i++) t[i] = i;
  // A character on its own can only match a dictionary entry of one character: read just those.
  const keys: number[] = [];
  const groups = [...(TO_SIMPLIFIED.normalizationChain ?? []), ...TO_SIMPLIFIED.conversionChain].map((g) => singleCharacterEntries(g, keys));
  for (const c of keys) {
    if (!CJK_RANGES.some(([lo, hi]) => lo <= c && c <= hi)) continue;
    let s = c;
    for (const group of groups) {
      const to = group[s];
      if (to === LONGER) {
        s = -1;
        break;
      }
      if (to !== NONE) s = to;
    }
    if (s >= 0) t[c] = s;
  }
  table = t;
  return t;
}

const NONE = -1;
const LONGER = -2;

/**
 * A dictionary group's one-character entries, by unit: the unit it becomes, NONE, or LONGER where
 * it becomes more than one unit. The first dictionary of a group wins, as in OpenCC. Every unit
 * that has an entry is added to `keys`: only those can change.
 */
function singleCharacterEntries(group: readonly string[], keys: number[]): Int32Array {
  const to = new Int32Array(65536).fill(NONE);
  for (let d = group.length - 1; d >= 0; d--) {
    // Entries are `source replacement[ alternative…]`, joined by `|`; most are phrases, skipped unsplit.
    const dict = group[d];
    for (let at = 0; at < dict.length; ) {
      let end = dict.indexOf('|', at);
      if (end < 0) end = dict.length;
      if (dict.charCodeAt(at + 1) === 0x20) {
        // OpenCC uses the first replacement.
        let next = dict.indexOf(' ', at + 2);
        if (next < 0 || next > end) next = end;
        to[dict.charCodeAt(at)] = next - (at + 2) === 1 ? dict.charCodeAt(at + 2) : LONGER;
        keys.push(dict.charCodeAt(at));
      }
      at = end + 1;
    }
  }
  return to;
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

/** Fix texts already converted: the same few rewordings come back for every finding. */
const traditional = new Map<string, string>();
const MAX_REMEMBERED = 4096;

/** A fix's text in the script of the text it replaces: traditional in, traditional out. */
export function inScriptOf(replacement: string, replaced: string): string {
  if (!isTraditional(replaced)) return replacement;
  let converted = traditional.get(replacement);
  if (converted === undefined) {
    if (traditional.size >= MAX_REMEMBERED) traditional.clear();
    converted = toTraditional(replacement);
    traditional.set(replacement, converted);
  }
  return converted;
}

/**
 * OpenCC's `cn → tw` conversion (segmentation by phrase, then phrases and characters, then
 * Taiwan variants), with each trie holding only the entries found in the text: a trie only ever
 * matches entries that occur in its input, so the result is the same, without loading the
 * tens of thousands of others.
 */
function toTraditional(text: string): string {
  const config = cn2t().Locale.configs.s2tw;
  let s = text;
  for (const group of config.normalizationChain ?? []) s = trieFor(group, s).convert(s);
  let segments = config.segmentation ? trieFor(config.segmentation, s).segment(s) : [s];
  for (const group of config.conversionChain) {
    const trie = trieFor(group, segments.join(''));
    segments = segments.map((segment) => trie.convert(segment));
  }
  return segments.join('');
}

function trieFor(group: readonly string[], text: string): OpenCCTrie {
  const trie = new (cn2t().Trie)();
  trie.loadDictGroup(group.map((dict) => entriesIn(dict, text)));
  return trie;
}

/**
 * Where each entry of a dictionary starts, sorted by its first UTF-16 unit (in dictionary order
 * within a unit, so that a later duplicate still wins). Entries are read only when looked up:
 * the phrase dictionary has tens of thousands, a fix text needs a few.
 */
interface DictIndex {
  units: Uint16Array;
  starts: Int32Array;
}

const indexes = new Map<string, DictIndex>();

function indexOfDict(dict: string): DictIndex {
  // Counting sort in two passes over the entries: no array of tens of thousands of numbers to grow.
  const count = new Int32Array(65537);
  let entries = 0;
  for (let at = 0; at < dict.length; entries++) {
    count[dict.charCodeAt(at) + 1]++;
    const bar = dict.indexOf('|', at);
    at = bar < 0 ? dict.length : bar + 1;
  }
  for (let u = 0; u < 65536; u++) count[u + 1] += count[u];
  const units = new Uint16Array(entries);
  const starts = new Int32Array(entries);
  for (let at = 0; at < dict.length; ) {
    const unit = dict.charCodeAt(at);
    const k = count[unit]++;
    units[k] = unit;
    starts[k] = at;
    const bar = dict.indexOf('|', at);
    at = bar < 0 ? dict.length : bar + 1;
  }
  return { units, starts };
}

/** The entries of `dict` whose source occurs in `text`, as OpenCC would read them. */
function entriesIn(dict: string, text: string): DictPairs {
  let index = indexes.get(dict);
  if (!index) indexes.set(dict, (index = indexOfDict(dict)));
  const { units, starts } = index;
  const found: DictPairs = [];
  const seen = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (seen.has(unit)) continue;
    seen.add(unit);
    let lo = 0;
    let hi = units.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (units[mid] < unit) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < units.length && units[k] === unit; k++) {
      const at = starts[k];
      const bar = dict.indexOf('|', at);
      const end = bar < 0 ? dict.length : bar;
      const space = dict.indexOf(' ', at);
      if (space <= at || space >= end) continue;
      const source = dict.slice(at, space);
      if (!text.includes(source)) continue;
      const next = dict.indexOf(' ', space + 1);
      found.push([source, dict.slice(space + 1, next < 0 || next > end ? end : next)]);
    }
  }
  return found;
}
