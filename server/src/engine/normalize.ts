import { simplifiedTable } from './chinese-script';
import type { Span } from './document';

/**
 * The normalized view that phrases are matched on: traditional → simplified, full-width →
 * half-width, 您 → 你, whitespace and punctuation dropped. Every unit keeps the offset of the
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
}

let kinds: Uint8Array | undefined;

function charKinds(): Uint8Array {
  if (kinds) return kinds;
  const k = new Uint8Array(65536);
  const mark = (chars: string, kind: Kind) => {
    for (const ch of chars) k[ch.charCodeAt(0)] = kind;
  };
  mark(' \t\u00a0\u3000\r\n\u200b\ufeff', Kind.Space);
  mark(',,、:;"\'“”‘’()()[]《》〈〉<>-—–·・~~/\\|…_*#`「」『』{}', Kind.Soft);
  mark('。.!?;!?;', Kind.Hard);
  kinds = k;
  return k;
}

/** The unit that a character normalizes to (after width folding and simplification). */
export function normalizeUnit(c: number, simplified: Uint16Array): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  else c = simplified[c];
  if (c === 0x60a8 /* 您 */) return 0x4f60 /* 你 */;
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  return c;
}

export function buildView(source: string, spans: readonly Span[]): NormalizedView {
  const simplified = simplifiedTable();
  const k = charKinds();
  let total = 0;
  for (const s of spans) total += s.end - s.start + 1;
  const units = new Uint16Array(total);
  const origin = new Int32Array(total + 1);
  const gap = new Uint8Array(total + 1);
  let n = 0;
  for (const span of spans) {
    let pending: number = GAP_NONE;
    for (let i = span.start; i < span.end; i++) {
      const c = source.charCodeAt(i);
      const kind = k[c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c] as Kind;
      if (kind !== Kind.Keep) {
        const strength = kind === Kind.Hard ? GAP_HARD : GAP_SOFT;
        if (strength > pending) pending = strength;
        continue;
      }
      units[n] = normalizeUnit(c, simplified);
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
  let text = '';
  const CHUNK = 8192;
  for (let i = 0; i < n; i += CHUNK) text += String.fromCharCode(...units.subarray(i, Math.min(n, i + CHUNK)));
  return { text, origin: origin.subarray(0, n + 1), gap: gap.subarray(0, n + 1) };
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
