import { lineStartsOf, type TextEdit } from '../engine';

/** Beyond this many differing lines, one edit for the whole changed stretch is good enough. */
const MAX_LINE_EDITS = 2000;

/**
 * The edits that turn `before` into `after`, each as narrow as the lines allow: a line diff
 * (Myers) finds the changed stretches, then each is trimmed to the characters that differ.
 * Fix-all sends these rather than one whole-document edit, so the cursor, folding and undo of
 * untouched text stay where they were.
 */
export function diffEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const a = linesOf(before);
  const b = linesOf(after);
  const edits: TextEdit[] = [];
  for (const [a0, a1, b0, b1] of changedStretches(a.lines, b.lines)) {
    edits.push(narrow(before, after, a.offsets[a0], a.offsets[a1], b.offsets[b0], b.offsets[b1]));
  }
  return edits;
}

/** Lines with their line breaks, and the offset of each line start (plus one past the end). */
function linesOf(text: string): { lines: string[]; offsets: number[] } {
  const offsets = lineStartsOf(text);
  if (offsets[offsets.length - 1] !== text.length) offsets.push(text.length);
  const lines: string[] = [];
  for (let i = 0; i + 1 < offsets.length; i++) lines.push(text.slice(offsets[i], offsets[i + 1]));
  return { lines, offsets };
}

/** Half-open [a0, a1) of `a` replaced by [b0, b1) of `b`, in order. */
function changedStretches(a: string[], b: string[]): Array<[number, number, number, number]> {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const ops = myers(a.slice(pre, a.length - suf), b.slice(pre, b.length - suf));
  if (ops === undefined) return [[pre, a.length - suf, pre, b.length - suf]];
  const out: Array<[number, number, number, number]> = [];
  for (const [x0, x1, y0, y1] of ops) out.push([pre + x0, pre + x1, pre + y0, pre + y1]);
  return out;
}

/**
 * Myers' O(ND) diff. Each round's furthest-reaching points are kept (only the 2d+1 that round
 * can touch), then walked back from the end to recover which lines were deleted and inserted.
 * Undefined when more than MAX_LINE_EDITS lines differ.
 */
function myers(a: string[], b: string[]): Array<[number, number, number, number]> | undefined {
  const n = a.length;
  const m = b.length;
  const off = n + m + 1;
  const v = new Int32Array(2 * off + 1);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= Math.min(n + m, MAX_LINE_EDITS) && found < 0; d++) {
    trace.push(v.slice(off - d, off + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return undefined;
  // Walk back: each round d undoes one deletion (x-1) or insertion (y-1) after a diagonal.
  const deleted = new Uint8Array(n);
  const inserted = new Uint8Array(m);
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d];
    const at = (k: number) => prev[k + d];
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    if (down) inserted[prevY] = 1;
    else deleted[prevX] = 1;
    x = prevX;
    y = prevY;
  }
  return stretches(deleted, inserted);
}

/** Runs of deleted and inserted lines between equal ones, as [a0, a1, b0, b1]. */
function stretches(deleted: Uint8Array, inserted: Uint8Array): Array<[number, number, number, number]> {
  const out: Array<[number, number, number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < deleted.length || j < inserted.length) {
    if (i < deleted.length && j < inserted.length && !deleted[i] && !inserted[j]) {
      i++;
      j++;
      continue;
    }
    const i0 = i;
    const j0 = j;
    while (i < deleted.length && deleted[i]) i++;
    while (j < inserted.length && inserted[j]) j++;
    out.push([i0, i, j0, j]);
  }
  return out;
}

/** One edit for a changed stretch, less the characters both sides share at its ends. */
function narrow(before: string, after: string, s: number, e: number, t: number, u: number): TextEdit {
  let p = 0;
  while (s + p < e && t + p < u && before.charCodeAt(s + p) === after.charCodeAt(t + p)) p++;
  let q = 0;
  while (e - q > s + p && u - q > t + p && before.charCodeAt(e - q - 1) === after.charCodeAt(u - q - 1)) q++;
  // Never cut between \r and \n or inside a surrogate pair: LSP positions cannot point there.
  while (p > 0 && splits(before, s + p)) p--;
  while (q > 0 && splits(before, e - q)) q--;
  return { start: s + p, end: e - q, newText: after.slice(t + p, u - q) };
}

function splits(text: string, at: number): boolean {
  const prev = text.charCodeAt(at - 1);
  const next = text.charCodeAt(at);
  return (prev === 13 && next === 10) || (prev >= 0xd800 && prev <= 0xdbff && next >= 0xdc00 && next <= 0xdfff);
}
