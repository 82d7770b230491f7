import { simplifiedTable } from './chinese-script';
import type { Span } from './document';

/**
 * The normalized view that phrases are matched on: traditional → simplified, full-width →
 * half-width, 您 and 妳 → 你, whitespace and punctuation dropped. Every unit keeps the offset of the
 * original unit it came from (`origin`), so that findings point at the writer's own characters.
 * Where punctuation or space was dropped, `gap` keeps how strong the break was, so that a phrase
 * may be written with other punctuation but not glued across a sentence end or into a word.
 */
export interface NormalizedView {
  text: string;
  origin: Int32Array;
  /** Before each unit: 0 no break, 1 space or soft punctuation, 2 sentence end. */
  gap: Uint8Array;
}

/** Never produced from text: keeps matches inside one span. */
export const SPAN_SEPARATOR = '\n';

export const GAP_NONE = 0;
export const GAP_SOFT = 1;
export const GAP_HARD = 2;

const enum Kind {
  Keep = 0,
  Space = 1,
  Soft = 2,
  Hard = 3,
  Ignorable = 4,
}

/**
 * Unicode's default-ignorable code points in the BMP (DerivedCoreProperties.txt): invisible, so a
 * writer cannot see them and matching must not either. `这\u200c是` is 这是, not 这 and 是.
 */
export const DEFAULT_IGNORABLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad], [0x034f, 0x034f], [0x061c, 0x061c], [0x115f, 0x1160], [0x17b4, 0x17b5],
  [0x180b, 0x180f], [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x206f], [0x3164, 0x3164],
  [0xfe00, 0xfe0f], [0xfeff, 0xfeff], [0xffa0, 0xffa0], [0xfff0, 0xfff8],
];

/**
 * High surrogates of U+E0000–U+E0FFF (tags, variation selectors 17–256), the default-ignorable
 * plane-14 block; with their low surrogate they are skipped as a pair.
 */
export const IGNORABLE_HIGH_SURROGATES: readonly [number, number] = [0xdb40, 0xdb43];

/** `breakOf` of a unit matching skips without a break; any other non-zero value is a break's strength. */
const TRANSPARENT = 255;
/** `breakOf` of a high surrogate that is transparent when a low surrogate follows it. */
const TRANSPARENT_PAIR = 254;

let kinds: Uint8Array | undefined;

function charKinds(): Uint8Array {
  if (kinds) return kinds;
  const k = new Uint8Array(65536);
  const mark = (chars: string, kind: Kind) => {
    for (const ch of chars) k[ch.charCodeAt(0)] = kind;
  };
  mark(' \t\u00a0\u3000\r\n', Kind.Space);
  mark(',,、:;"\'“”‘’()()[]《》〈〉<>-—–·・~~/\\|…_*#`「」『』{}', Kind.Soft);
  mark('。.!?;!?;', Kind.Hard);
  for (const [from, to] of DEFAULT_IGNORABLE_RANGES) k.fill(Kind.Ignorable, from, to + 1);
  kinds = k;
  return k;
}

/** The unit that a character normalizes to (after width folding and simplification). */
export function normalizeUnit(c: number, simplified: Uint16Array): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  else c = simplified[c];
  // 妳 is the feminine 你 of traditional texts; OpenCC keeps it, as it is a character of its own.
  if (c === 0x60a8 /* 您 */ || c === 0x59b3 /* 妳 */) return 0x4f60 /* 你 */;
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  return c;
}

/** Per unit, what the view makes of it: the unit it becomes, and the break it is (GAP_NONE: kept). */
interface UnitTables {
  unit: Uint16Array;
  breakOf: Uint8Array;
}

let tables: UnitTables | undefined;

function unitTables(): UnitTables {
  if (tables) return tables;
  const simplified = simplifiedTable();
  const k = charKinds();
  const unit = new Uint16Array(65536);
  const breakOf = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    const kind = k[c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c] as Kind;
    breakOf[c] = kind === Kind.Keep ? GAP_NONE : kind === Kind.Hard ? GAP_HARD : kind === Kind.Ignorable ? TRANSPARENT : GAP_SOFT;
    unit[c] = normalizeUnit(c, simplified);
  }
  breakOf.fill(TRANSPARENT_PAIR, IGNORABLE_HIGH_SURROGATES[0], IGNORABLE_HIGH_SURROGATES[1] + 1);
  tables = { unit, breakOf };
  return tables;
}

/**
 * Working arrays, reused: the CLI and the rules build tens of thousands of small views, where
 * allocating three typed arrays each time costs more than filling them. A view longer than
 * SCRATCH_LIMIT gets arrays of its own, so that one huge document does not pin its size in memory.
 */
const SCRATCH_LIMIT = 1 << 16;
let scratch = { units: new Uint16Array(1024), origin: new Int32Array(1025), gap: new Uint8Array(1025) };

function workingArrays(total: number): typeof scratch {
  if (total > SCRATCH_LIMIT) return { units: new Uint16Array(total), origin: new Int32Array(total + 1), gap: new Uint8Array(total + 1) };
  if (total > scratch.units.length) {
    const size = Math.min(SCRATCH_LIMIT, Math.max(total, scratch.units.length * 2));
    scratch = { units: new Uint16Array(size), origin: new Int32Array(size + 1), gap: new Uint8Array(size + 1) };
  }
  return scratch;
}

export function buildView(source: string, spans: readonly Span[]): NormalizedView {
  const { unit, breakOf } = unitTables();
  let total = 0;
  for (const s of spans) total += s.end - s.start + 1;
  const { units, origin, gap } = workingArrays(total);
  let n = 0;
  let surrogates = false;
  for (const span of spans) {
    let pending: number = GAP_NONE;
    for (let i = span.start; i < span.end; i++) {
      const c = source.charCodeAt(i);
      const strength = breakOf[c];
      if (strength !== GAP_NONE) {
        if (strength < TRANSPARENT_PAIR) {
          if (strength > pending) pending = strength;
          continue;
        }
        if (strength === TRANSPARENT) continue;
        const next = i + 1 < span.end ? source.charCodeAt(i + 1) : 0;
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      const u = unit[c];
      if ((u & 0xf800) === 0xd800) surrogates = true;
      units[n] = u;
      origin[n] = i;
      gap[n] = pending;
      pending = GAP_NONE;
      n++;
    }
    units[n] = 10;
    origin[n] = span.end;
    gap[n] = GAP_HARD;
    n++;
  }
  origin[n] = source.length;
  gap[n] = GAP_NONE;
  return { text: textOf(units.subarray(0, n), surrogates), origin: origin.slice(0, n + 1), gap: gap.slice(0, n + 1) };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * The units as a string. The decoder copies them in one go; it would replace a lone surrogate with
 * U+FFFD, so text that has surrogates is built unit by unit instead.
 */
function textOf(units: Uint16Array, surrogates: boolean): string {
  if (LITTLE_ENDIAN && !surrogates) return utf16.decode(units);
  let text = '';
  const CHUNK = 8192;
  for (let i = 0; i < units.length; i += CHUNK) {
    text += String.fromCharCode.apply(null, units.subarray(i, Math.min(units.length, i + CHUNK)) as unknown as number[]);
  }
  return text;
}

/** A phrase from rule data or config, normalized as the view is, with its own breaks. */
export interface NormalizedPhrase {
  text: string;
  gap: Uint8Array;
}

export function normalizePhrase(phrase: string): NormalizedPhrase {
  const view = buildView(phrase, [{ start: 0, end: phrase.length }]);
  const len = view.text.length - 1;
  const gap = view.gap.slice(0, len);
  if (len > 0) gap[0] = GAP_NONE;
  return { text: view.text.slice(0, len), gap };
}

/** The view unit that came from original offset `offset` (the first one at or after it). */
export function unitAt(view: NormalizedView, offset: number): number {
  let lo = 0;
  let hi = view.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.origin[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
