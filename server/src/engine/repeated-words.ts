import { buildView } from './normalize';

/**
 * A rewording must not say again what already stands next to it: 喂，您好 → 您好 (not 您好，您好),
 * 请问，谁告诉你的 → 请问，您是从哪里了解到的 (not 请问，请问…). Words are compared as the
 * phrase matcher reads them (traditional or simplified, 您 or 你, punctuation and spaces left out).
 */

/** What writing `newText` between `before` and `after` becomes once the repeated words are left out. */
export interface Unrepeated {
  /** How many characters at the end of `before` go as well (the marks between a deleted phrase and the words it repeats). */
  cutBefore: number;
  newText: string;
  /** How many characters at the start of `after` go as well. */
  cutAfter: number;
  /** Whether `newText` is long enough to repeat anything: a word of two characters or more. */
  words: boolean;
  /**
   * Whether, written there, it would make words said twice in a row of its own first or last words
   * and those beside it (好 + 您好 + 您看: 好您好您), which no cut mends: the fix is then only offered.
   */
  stutters?: true;
}

/** Words shorter than this may well stand twice (谢谢, 您您 never happens): only longer ones count. */
const SHORTEST = 2;

interface Words {
  text: string;
  /** Offset in the source of each unit of `text`. */
  origin: Int32Array;
}

function wordsOf(source: string): Words {
  const view = buildView(source, [{ start: 0, end: source.length }]);
  return { text: view.text.slice(0, -1), origin: view.origin };
}

/** Fix texts come from rule data and the config: a few dozen, each read once. */
const fixWords = new Map<string, Words>();

function fixWordsOf(text: string): Words {
  let words = fixWords.get(text);
  if (!words) fixWords.set(text, (words = wordsOf(text)));
  return words;
}

/**
 * `newText` less the words it would repeat: all of it (with the marks that join it to the words
 * it repeats) when it says only what stands before or after it, else its first words that end
 * `before` and its last words that begin `after`.
 */
export function unrepeated(before: string, newText: string, after: string): Unrepeated {
  const own = fixWordsOf(newText);
  const n = own.text.length;
  const same = { cutBefore: 0, newText, cutAfter: 0, words: n >= SHORTEST };
  if (n < SHORTEST) return same;
  const left = wordsOf(before.slice(-(n + 16)));
  const right = wordsOf(after.slice(0, n + 16));
  if (left.text.endsWith(own.text)) {
    const wordEnd = left.origin[left.text.length - 1] + 1;
    // Said on both sides (您好!喂您好): one of them goes too, or deleting the phrase would join them.
    const cutAfter = right.text.startsWith(own.text) ? right.origin[n - 1] + 1 : 0;
    return { cutBefore: Math.min(before.length, n + 16) - wordEnd, newText: '', cutAfter, words: true };
  }
  if (right.text.startsWith(own.text)) return { cutBefore: 0, newText: '', cutAfter: right.origin[0], words: true };
  const square = repeatedAround(left, own.text, right);
  if (square) {
    const { a, b, first } = square;
    const reach = Math.min(before.length, n + 16);
    const L = left.text.length;
    // The second copy: the marks after the words it repeats go with it. The first: those before it stay.
    const cutBefore = first ? (a > 0 ? reach - left.origin[L - a] : 0) : reach - (left.origin[L - a - 1] + 1);
    const cutAfter = first ? right.origin[b] : b > 0 ? right.origin[b - 1] + 1 : 0;
    return { cutBefore, newText: '', cutAfter, words: true };
  }
  let head = 0;
  for (let k = n - 1; k >= SHORTEST; k--) {
    if (left.text.endsWith(own.text.slice(0, k))) {
      head = k;
      break;
    }
  }
  let tail = 0;
  for (let k = n - 1 - head; k >= SHORTEST; k--) {
    if (right.text.startsWith(own.text.slice(n - k))) {
      tail = k;
      break;
    }
  }
  if (head === 0 && tail === 0) return stutters(left.text, own.text, right.text) ? { ...same, stutters: true } : same;
  const from = head > 0 ? own.origin[head] : 0;
  const to = tail > 0 ? own.origin[n - tail - 1] + 1 : newText.length;
  return { cutBefore: 0, newText: newText.slice(from, to), cutAfter: 0, words: true };
}

/** Words either side of a fix that, with it, would say one stretch twice (see repeatedAround). */
const MAX_AROUND = 8;

/**
 * Where `own`, written between `left` and `right`, would make a stretch said twice in a row with
 * words beside it (a + own + b): the `a` words that end `left` and the `b` that begin `right`,
 * and whether the written copy is the first (以[中秋快乐]以新春快乐 → 以新春快乐以新春快乐) or the
 * second (祝您生活愉快,祝您[新春快乐] → 祝您生活愉快,祝您生活愉快). The fix then deletes its phrase
 * and those words.
 */
function repeatedAround(left: Words, own: string, right: Words): { a: number; b: number; first: boolean } | undefined {
  const l = left.text;
  const r = right.text;
  for (let size = 1; size <= MAX_AROUND; size++) {
    for (let a = 0; a <= size; a++) {
      const b = size - a;
      if (a > l.length || b > r.length) continue;
      const wa = l.slice(l.length - a);
      const wb = r.slice(0, b);
      if (l.endsWith(wa + own + wb + wa)) return { a, b, first: false };
      if (r.startsWith(wb + wa + own + wb)) return { a, b, first: true };
    }
  }
  return undefined;
}

/** Whether `own` between `left` and `right` makes a stretch said twice in a row that takes in some of `own` and words beside it. */
function stutters(left: string, own: string, right: string): boolean {
  const l = left.slice(-MAX_AROUND);
  const said = l + own + right.slice(0, MAX_AROUND);
  const [from, to] = [l.length, l.length + own.length];
  for (let len = SHORTEST; len <= MAX_AROUND; len++) {
    for (let i = Math.max(0, from - 2 * len + 1); i < to && i + 2 * len <= said.length; i++) {
      // Inside `own` alone, or beside it only, it was no fix's doing.
      if (i >= from && i + 2 * len <= to) continue;
      if (said.startsWith(said.slice(i, i + len), i + len)) return true;
    }
  }
  return false;
}
