// What a fix did to a script's text, line by line: which output line came from which input line,
// the doubled words it created, and punctuation of the other width it brought into a line.

/** How alike two lines are: the characters they share, counted with repeats. */
function overlap(a, b) {
  const counts = new Map();
  for (const c of a) counts.set(c, (counts.get(c) ?? 0) + 1);
  let shared = 0;
  for (const c of b) {
    const n = counts.get(c) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(c, n - 1);
    }
  }
  return shared;
}

/**
 * Pairs the lines of `before` and `after` (arrays of strings): lines both keep are matched by a
 * longest common subsequence; between two such anchors, each changed line of `before` is paired,
 * in order, with the most alike line of `after` still free, and the `after` lines left over are
 * inserted lines. Returns `{ pairs: [[b, a]], inserted: [a] }` (indexes, pairs in order).
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
    let from = 0;
    for (const b of pendingB) {
      let best = -1;
      for (let k = from; k < pendingA.length; k++) {
        if (overlap(before[b], after[pendingA[k]]) > (best === -1 ? 0 : overlap(before[b], after[pendingA[best]]))) best = k;
      }
      if (best === -1) continue;
      inserted.push(...pendingA.slice(from, best));
      pairs.push([b, pendingA[best]]);
      from = best + 1;
    }
    inserted.push(...pendingA.slice(from));
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

// 。 and 、 are neither: a line typed with ASCII marks ends its sentences with 。 too (55 of the
// corpora's 202 ASCII-marked lines do; none uses `.`), as the engine's typedWidths reads them.
const FULL = /[，？！；：]/u;
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
