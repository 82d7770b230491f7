import { fixText } from '../cli/fix-file';
import type { LintOptions, TextEdit } from '../engine';
import { diffEdits } from './text-diff';

/**
 * Every preferred fix, round after round until none is left — the very loop of `callscript check
 * --fix`, so that fix-on-save and CI agree — as narrow edits to the original text.
 */
export function fixAllEdits(text: string, options: LintOptions): TextEdit[] {
  return diffEdits(text, fixText(text, options).text);
}
