import { lineStartsOf, rangeOf } from '../../engine';
import { messageIn } from '../../messages';
import type { FormatInput } from './index';
import { fixableWithFix } from './tally';

/** Spec §4: one JSON array, ranges exactly as the language server publishes them; `fixable`: by --fix. */
export function formatJson(input: FormatInput): string {
  const out = input.reports.map((r) => {
    const starts = lineStartsOf(r.text);
    return {
      file: r.file.display,
      diagnostics: r.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        message: messageIn(f.message, input.locale),
        range: rangeOf(starts, f.start, f.end),
        fixable: fixableWithFix(f),
      })),
    };
  });
  return `${JSON.stringify(out, null, 2)}\n`;
}
