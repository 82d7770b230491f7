import { hasUnsafe, replaceUnsafe } from './terminal-text';

/** A unified diff (as `diff -u` and `git diff` print it) between two versions of one file. */

type Op = { kind: ' ' | '-' | '+'; line: string };

const CONTEXT = 3;
/** Past this many changed lines the diff is no longer minimal: the changed middle is replaced whole. */
const MAX_EDIT_DISTANCE = 2000;

/** Empty when nothing changed; otherwise `--- a/<path>` / `+++ b/<path>` hunks for `patch -p1` or `git apply`. */
export function unifiedDiff(posixPath: string, before: string, after: string): string {
  if (before === after) return '';
  const ops = diffLines(linesOf(before), linesOf(after));
  let out = `--- ${diffPath(`a/${posixPath}`)}\n+++ ${diffPath(`b/${posixPath}`)}\n`;
  for (const [from, to] of hunkBounds(ops)) out += hunk(ops, from, to);
  return out;
}

const GIT_ESCAPES: Record<string, string> = { '\x07': '\\a', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\v': '\\v', '\f': '\\f', '\r': '\\r', '"': '\\"', '\\': '\\\\' };

/**
 * A path in a header, quoted as git quotes one when it has a control character, a quote or a
 * backslash (which `git apply` and GNU patch read back): a newline in a file name cannot start a
 * line of its own, and no escape sequence reaches the terminal.
 */
function diffPath(p: string): string {
  if (!hasUnsafe(p) && !/["\\]/.test(p)) return p;
  return `"${replaceUnsafe(p.replace(/["\\]/g, (c) => GIT_ESCAPES[c]), (c) => GIT_ESCAPES[c] ?? octalBytes(c))}"`;
}

function octalBytes(c: string): string {
  return [...Buffer.from(c, 'utf8')].map((b) => `\\${b.toString(8).padStart(3, '0')}`).join('');
}

/** Lines with their line breaks, so that a last line without one differs from the same line with one. */
function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const same = (lines: readonly string[]): Op[] => lines.map((line) => ({ kind: ' ', line }));
  const middle = myers(a.slice(head, a.length - tail), b.slice(head, b.length - tail));
  return [...same(a.slice(0, head)), ...middle, ...same(a.slice(a.length - tail))];
}

/** Myers' O(ND) shortest edit script, keeping each round's frontier to walk the path back. */
function myers(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const offset = n + m + 1;
  const v = new Int32Array(2 * offset + 1);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(n + m, MAX_EDIT_DISTANCE); d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        trace.push(v.slice(offset - d, offset + d + 1));
        return backtrack(trace, a, b);
      }
    }
    trace.push(v.slice(offset - d, offset + d + 1));
  }
  return [...a.map((line): Op => ({ kind: '-', line })), ...b.map((line): Op => ({ kind: '+', line }))];
}

function backtrack(trace: readonly Int32Array[], a: readonly string[], b: readonly string[]): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d > 0; d--) {
    const prev = trace[d - 1]; // the frontier after round d-1, indexed k + (d-1)
    const at = (k: number) => prev[k + d - 1];
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    const stepX = down ? prevX : prevX + 1;
    while (x > stepX) {
      ops.push({ kind: ' ', line: a[--x] });
      y--;
    }
    if (down) ops.push({ kind: '+', line: b[--y] });
    else ops.push({ kind: '-', line: a[--x] });
    x = prevX;
    y = prevY;
  }
  while (x > 0) ops.push({ kind: ' ', line: a[--x] });
  return ops.reverse();
}

/** [from, to) ranges of ops: each change with its context, changes close together sharing a hunk. */
function hunkBounds(ops: readonly Op[]): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  let i = 0;
  while (i < ops.length) {
    if (ops[i].kind === ' ') {
      i++;
      continue;
    }
    const from = Math.max(0, i - CONTEXT);
    let last = i;
    let j = i;
    while (j < ops.length) {
      if (ops[j].kind !== ' ') {
        last = j++;
        continue;
      }
      let run = j;
      while (run < ops.length && ops[run].kind === ' ') run++;
      if (run === ops.length || run - j > 2 * CONTEXT) break;
      j = run;
    }
    const to = Math.min(ops.length, last + 1 + CONTEXT);
    bounds.push([from, to]);
    i = to;
  }
  return bounds;
}

function hunk(ops: readonly Op[], from: number, to: number): string {
  let aBefore = 0;
  let bBefore = 0;
  for (let i = 0; i < from; i++) {
    if (ops[i].kind !== '+') aBefore++;
    if (ops[i].kind !== '-') bBefore++;
  }
  let aLen = 0;
  let bLen = 0;
  let body = '';
  for (let i = from; i < to; i++) {
    const { kind, line } = ops[i];
    if (kind !== '+') aLen++;
    if (kind !== '-') bLen++;
    body += line.endsWith('\n') ? `${kind}${line}` : `${kind}${line}\n\\ No newline at end of file\n`;
  }
  const start = (before: number, len: number) => (len === 0 ? before : before + 1);
  return `@@ -${start(aBefore, aLen)},${aLen} +${start(bBefore, bLen)},${bLen} @@\n${body}`;
}
