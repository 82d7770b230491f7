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

/**
 * Applies edits that do not overlap; of overlapping ones the first (by position) wins and the
 * rest wait for the next pass, so no edit ever lands on text another edit already changed.
 * Two insertions at one offset count as overlapping: their order would be a guess.
 */
export function applyFixes(text: string, edits: readonly TextEdit[]): { text: string; applied: number } {
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
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
    applied++;
  }
  return { text: out + text.slice(pos), applied };
}
