import { repeatsNeighbours, unrepeated } from './repeated-words';
import type { Finding, TextEdit } from './types';

/**
 * The preferred fix of every finding, as one list of edits. A fix that is only a suggestion (no
 * rewording is right wherever the phrase occurs) is never applied without the writer choosing it.
 */
export function preferredEdits(findings: readonly Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.preferred);
    if (fix) edits.push(...fix.edits);
  }
  return edits;
}

export interface ApplyOptions {
  /**
   * Fixes applied together read as one sentence: an edit that would repeat the words another
   * edit just wrote beside it (喂喂 → 您好您好) leaves them out, as its fix would had it been
   * applied alone and the text linted again. Not where the original already repeated itself
   * (two masked numbers in a row).
   */
  asOneSentence?: boolean;
}

/**
 * Applies edits that do not overlap; of overlapping ones the first (by position) wins and the
 * rest wait for the next pass, so no edit ever lands on text another edit already changed.
 * Two insertions at one offset count as overlapping: their order would be a guess.
 */
export function applyFixes(text: string, edits: readonly TextEdit[], options: ApplyOptions = {}): { text: string; applied: number } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  let applied = 0;
  let lastInsertion = -1;
  for (const e of sorted) {
    if (e.start < pos) continue;
    if (e.start === e.end) {
      if (e.start === lastInsertion) continue;
      lastInsertion = e.start;
    }
    out += text.slice(pos, e.start);
    pos = e.end;
    let newText = e.newText;
    if (options.asOneSentence && newText !== '' && !/[\r\n]/.test(newText)) {
      const before = lineBefore(out);
      const after = lineAfter(text, e.end);
      if (!repeatsNeighbours(lineBefore(text.slice(0, e.start)), text.slice(e.start, e.end), after)) {
        const u = unrepeated(before, newText, after);
        out = out.slice(0, out.length - u.cutBefore);
        pos += u.cutAfter;
        newText = u.newText;
      }
    }
    out += newText;
    applied++;
  }
  return { text: out + text.slice(pos), applied };
}

/** The words that stand before the end of `text` on its last line (a short stretch is enough). */
function lineBefore(text: string): string {
  const tail = text.slice(-64);
  const br = Math.max(tail.lastIndexOf('\n'), tail.lastIndexOf('\r'));
  return tail.slice(br + 1);
}

function lineAfter(text: string, at: number): string {
  const head = text.slice(at, at + 64);
  const br = head.search(/[\r\n]/);
  return br < 0 ? head : head.slice(0, br);
}
