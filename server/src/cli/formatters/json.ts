import { lineStartsOf, rangeOf } from '../../engine';
import { messageIn } from '../../messages';
import type { FormatInput } from './index';
import { locate } from './place';
import { fixableWithFix } from './tally';

/** Spec §4: one JSON array, ranges exactly as the language server publishes them; `fixable`: by --fix. */
export function formatJson(input: FormatInput): string {
  const out = input.reports.map((r) => {
    const starts = lineStartsOf(r.text);
    return {
      file: r.file.display,
      diagnostics: r.findings.map((f) => {
        const located = locate(r, starts, f);
        const common = { rule: f.rule, severity: f.severity, message: messageIn(f.message, input.locale) };
        if (!located) return { ...common, range: rangeOf(starts, f.start, f.end), fixable: fixableWithFix(f) };
        // A Word, Excel or CSV file has no lines to point at, and --fix never writes one.
        const { kind, name, label } = located.place;
        return { ...common, location: { kind, name, label: messageIn(label, input.locale) }, quote: located.quote, fixable: false };
      }),
    };
  });
  return `${JSON.stringify(out, null, 2)}\n`;
}
