import { lineStartsOf, rangeOf, type Locale } from '../../engine';
import { messageIn } from '../../messages';
import type { FileReport } from './index';

/** Spec §4: one JSON array, ranges exactly as the language server publishes them. */
export function formatJson(reports: readonly FileReport[], locale: Locale): string {
  const out = reports.map((r) => {
    const starts = lineStartsOf(r.text);
    return {
      file: r.file,
      diagnostics: r.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        message: messageIn(f.message, locale),
        range: rangeOf(starts, f.start, f.end),
        fixable: f.fixes.length > 0,
      })),
    };
  });
  return `${JSON.stringify(out, null, 2)}\n`;
}
