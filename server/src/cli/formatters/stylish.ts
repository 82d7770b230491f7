import { lineStartsOf, positionAt, type Locale, type Severity } from '../../engine';
import { messageIn } from '../../messages';
import type { FileReport } from './index';

/** Findings grouped by file, for people at a terminal; color only on a TTY and without NO_COLOR. */
export function formatStylish(reports: readonly FileReport[], locale: Locale): string {
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  const paint = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const severityColor: Record<Severity, number> = { error: 31, warning: 33, info: 36, hint: 90 };
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const byRule = new Map<string, number>();
  let fixable = 0;
  let out = '';
  for (const r of reports) {
    if (r.findings.length === 0) continue;
    out += `\n${paint(4, r.file)}\n`;
    const starts = lineStartsOf(r.text);
    for (const f of r.findings) {
      const p = positionAt(starts, f.start);
      counts[f.severity]++;
      byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
      if (f.fixes.length > 0) fixable++;
      const where = `${p.line + 1}:${p.character + 1}`.padEnd(8);
      out += `  ${where}${paint(severityColor[f.severity], f.severity.padEnd(8))}${messageIn(f.message, locale)}  ${paint(90, f.rule)}\n`;
    }
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  if (total === 0) return `${reports.length} file(s) checked, no problems\n`;
  const summary = `${total} problem(s): ${counts.error} error(s), ${counts.warning} warning(s), ${counts.info} info, ${counts.hint} hint(s) in ${reports.length} file(s)`;
  const rules = [...byRule].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ${n}`).join(', ');
  out += `\n${paint(counts.error > 0 ? 31 : 33, summary)}\n  by rule: ${rules}\n`;
  if (fixable > 0) out += `  ${fixable} fixable with --fix\n`;
  return out;
}
