import { fixText } from '../host/fix-file';
import type { LintOptions, TextEdit } from '../engine';
import { lintLineDocument, type LineDocumentKind } from '../formats';
import { diffEdits } from './text-diff';

/**
 * Every preferred fix, round after round until none is left — the very loop of `callscript check
 * --fix`, so that fix-on-save and CI agree — as narrow edits to the original text.
 */
export function fixAllEdits(text: string, options: LintOptions, lineDocument?: LineDocumentKind): TextEdit[] {
  const lintText = lineDocument === undefined ? undefined : (t: string) => lintLineDocument(t, lineDocument, options).findings;
  return diffEdits(text, fixText(text, options, lintText).text);
}
