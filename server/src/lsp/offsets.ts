import type { LintedDocument } from './linter';

/** An LSP position in a linted text as an offset, clamped to its line (as clients expect). */
export function offsetAt(linted: LintedDocument, p: { line: number; character: number }): number {
  const { lineStarts, text } = linted;
  if (p.line >= lineStarts.length) return text.length;
  const next = p.line + 1 < lineStarts.length ? lineStarts[p.line + 1] : text.length;
  return Math.min(lineStarts[p.line] + p.character, next);
}
