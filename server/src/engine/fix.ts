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
   * Rewordings side by side (喂喂, 新春快乐!中秋快乐您好) are applied one per pass: each was
   * worked out beside the other's old words, and only linted again beside its new ones does it
   * leave out what it would repeat. So `--fix` writes what fixing them one at a time would.
   */
  oneRewordingAtATime?: boolean;
}

/**
 * Applies edits that do not overlap; of overlapping ones the first (by position) wins and the
 * rest wait for the next pass, so no edit ever lands on text another edit already changed.
 * Two insertions at one offset count as overlapping: their order would be a guess. So does an
 * insertion at either end of another edit: it was worked out beside the words that edit replaces
 * (再见! after 说话大声点!, which becomes a question; {工号} before a mistyped {工好}, which
 * becomes {工号}), and is worked out again beside the new ones.
 */
export function applyFixes(text: string, edits: readonly TextEdit[], options: ApplyOptions = {}): { text: string; applied: number } {
  // An edit worked out from the whole call waits until the other fixes have changed what it read (喂 → 您好 opens the call).
  const others = edits.filter((e) => !e.afterOthers);
  const sorted = (others.length > 0 ? others : [...edits]).sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  let applied = 0;
  let lastInsertion = -1;
  let lastReplacedEnd = -1;
  let lastRewording = -1;
  let lastRewordingText = '';
  for (let k = 0; k < sorted.length; k++) {
    const e = sorted[k];
    if (e.start < pos) continue;
    if (e.start === e.end) {
      if (e.start === lastInsertion || e.start === lastReplacedEnd || replacementStartsAt(sorted, k + 1, e.start)) continue;
      lastInsertion = e.start;
    } else {
      lastReplacedEnd = e.end;
    }
    if (options.oneRewordingAtATime && e.rewording) {
      const between = lastRewording >= 0 ? text.slice(lastRewording, e.start) : undefined;
      const beside = between !== undefined && (besideEachOther(between) || (e.newText === lastRewordingText && sameClauseReach(between)));
      // One that waits is worked out again next pass: a rewording beside it waits for it in turn.
      lastRewording = e.end;
      lastRewordingText = e.newText;
      if (beside) continue;
    }
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
    applied++;
  }
  return { text: out + text.slice(pos), applied };
}

/** Whether an edit that replaces text starts at `offset`, among the sorted edits from index `from` on. */
function replacementStartsAt(sorted: readonly TextEdit[], from: number, offset: number): boolean {
  for (let k = from; k < sorted.length && sorted[k].start === offset; k++) if (sorted[k].end > offset) return true;
  return false;
}

/** Nothing but marks and spaces on one line: what stands between two words side by side. */
const BETWEEN_WORDS = /^[^\p{L}\p{N}\r\n]*$/u;
/** A stage direction on one line: not said, so the words either side of it are said side by side (中秋快乐【微笑】周末好). */
const STAGE_DIRECTION = /\u3010[^\u3011\r\n]*\u3011/g;

/**
 * Whether two rewordings that write the same words stand close enough on one line that the words
 * before each may say the same too (祝您中秋快乐,祝您新春快乐 → 祝您生活愉快,祝您生活愉快): the
 * second, worked out again beside the first's new words, then leaves out what it would repeat.
 */
function sameClauseReach(between: string): boolean {
  return between.length <= 16 && !/[\r\n]/.test(between);
}

/** Whether only marks, spaces and stage directions stand between two rewordings. */
function besideEachOther(between: string): boolean {
  return BETWEEN_WORDS.test(between.replace(STAGE_DIRECTION, ''));
}
