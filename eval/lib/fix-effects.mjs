// What a fix did to a script's text, line by line: which output line came from which input line,
// the doubled words it created, and punctuation of the other width it brought into a line.

/**
 * Pairs the lines of `before` and `after` (arrays of strings): lines both keep are matched by a
 * longest common subsequence; between two such anchors, changed lines are paired in order and the
 * rest of `after` are inserted lines. Returns `{ pairs: [[b, a]], inserted: [a] }` (indexes).
 */
export function alignLines(before, after) {
  const n = before.length;
  const m = after.length;
  const lcs = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = before[i] === after[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const pairs = [];
  const inserted = [];
  let pendingB = [];
  let pendingA = [];
  const flush = () => {
    pendingA.forEach((a, k) => (k < pendingB.length ? pairs.push([pendingB[k], a]) : inserted.push(a)));
    pendingB = [];
    pendingA = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) {
      flush();
      pairs.push([i++, j++]);
    } else if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      pendingA.push(j++);
    } else {
      pendingB.push(i++);
    }
  }
  flush();
  return { pairs, inserted };
}

/** Letters of a word: CJK ideographs, Latin letters and digits (punctuation and spaces are not). */
const WORDLIKE = /^[\p{Script=Han}\p{L}\p{N}]+$/u;

/** Each `ww` in `line` (a word-like run `w` of at least two characters written twice in a row), with how often it occurs. */
function doubledRuns(line) {
  const chars = [...line];
  const counts = new Map();
  for (let i = 0; i < chars.length; i++) {
    for (let len = 2; i + 2 * len <= chars.length; len++) {
      const w = chars.slice(i, i + len).join('');
      if (!WORDLIKE.test(w)) break;
      if (w === chars.slice(i + len, i + 2 * len).join('')) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return counts;
}

/** The words of two or more characters that `after` has twice in a row more often than `before` had them. */
export function doubledWords(before, after) {
  const had = doubledRuns(before);
  return [...doubledRuns(after)].filter(([w, n]) => n > (had.get(w) ?? 0)).map(([w]) => w);
}

const FULL = /[，。？！；：]/u;
const HALF = /[,?!;]/;

/** The text a reader hears: the line less its speaker label, stage directions and placeholders. */
function spoken(line) {
  return line.replace(/^\s*[^\s:：]{1,8}[:：]/, '').replace(/【[^】]*】/g, '').replace(/\{[^}]*\}/g, '');
}

/**
 * `'full-into-half'` when `before` used only half-width punctuation and `after` has full-width
 * punctuation, `'half-into-full'` for the reverse, otherwise undefined. Lines with no
 * punctuation before have no width to keep.
 */
export function mixedWidth(before, after) {
  const b = spoken(before);
  const a = spoken(after);
  if (HALF.test(b) && !FULL.test(b) && FULL.test(a)) return 'full-into-half';
  if (FULL.test(b) && !HALF.test(b) && HALF.test(a)) return 'half-into-full';
  return undefined;
}
