import { lineStartsOf, positionAt, type Locale, type Message, type Severity } from '../../engine';
import { messageIn } from '../../messages';
import { terminalSafe } from '../terminal-text';
import type { FormatInput } from './index';
import { locate, suggestion } from './place';
import { fixableIn, tallyBy, tallyOf, type Tally } from './tally';

const COLOR: Record<Severity, number> = { error: 31, warning: 33, info: 36, hint: 90 };

/**
 * Findings grouped under a line naming each file, for people at a terminal. The VS Code problem
 * matcher `$callscript` reads these lines: keep `  <line>:<col>  <severity><message>  <rule>`.
 */
export function formatStylish(input: FormatInput): string {
  const paint = (code: number, s: string) => (input.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  let out = '';
  let any = false;
  for (const r of input.reports) {
    if (r.findings.length === 0) continue;
    any = true;
    out += `\n${paint(4, terminalSafe(r.file.display))}\n`;
    const starts = lineStartsOf(r.text);
    for (const f of r.findings) {
      const p = positionAt(starts, f.start);
      const located = locate(r, starts, f);
      const where = located ? messageIn(located.place.label, input.locale) : `${p.line + 1}:${p.character + 1}`;
      const message = terminalSafe(messageIn(f.message, input.locale).replace(/\s*[\r\n]+\s*/g, ' '));
      out += `  ${where.padEnd(Math.max(8, where.length + 2))}${paint(COLOR[f.severity], f.severity.padEnd(8))}${message}  ${paint(90, terminalSafe(f.rule))}\n`;
      if (located) out += placedDetail(terminalSafe(located.quote), suggestion(f), input.locale, paint);
    }
  }
  return any ? `${out}\n${stylishSummary(input)}` : stylishSummary(input);
}

/** The closing lines of the stylish report: counts by severity and rule, what --fix would fix. */
export function stylishSummary(input: FormatInput): string {
  const paint = (code: number, s: string) => (input.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const all = input.reports.flatMap((r) => r.findings);
  const tally = tallyOf(all);
  if (tally.total === 0) return `${messageIn(clean(input.reports.length, input.hidden ?? 0), input.locale)}\n`;
  const byRule = tallyBy(all, (f) => f.rule).map(([id, t]) => `${terminalSafe(id)} ${t.total}`);
  let out = `${paint(tally.bySeverity.error > 0 ? 31 : 33, messageIn(summary(tally, input.reports.length), input.locale))}\n`;
  out += `  ${messageIn({ zh: `按规则:${byRule.join('、')}`, en: `by rule: ${byRule.join(', ')}` }, input.locale)}\n`;
  const fixable = fixableIn(input.reports);
  if (fixable > 0) out += `  ${messageIn({ zh: `其中 ${fixable} 个可用 --fix 自动修复`, en: `${fixable} fixable with --fix` }, input.locale)}\n`;
  return out;
}

/** Under a finding in a Word, Excel or CSV file: its words, and the rewording to make by hand there. */
function placedDetail(quote: string, suggested: Message | undefined, locale: Locale, paint: (code: number, s: string) => string): string {
  let out = `          ${paint(90, `“${quote}”`)}\n`;
  if (suggested) out += `          ${messageIn({ zh: `建议:${suggested.zh}`, en: `suggested: ${suggested.en}` }, locale)}\n`;
  return out;
}

function clean(files: number, hidden: number) {
  if (hidden > 0) {
    return { zh: `已检查 ${files} 个文件,没有错误(--quiet 未显示 ${hidden} 个警告与提示)`, en: `${plural(files, 'file')} checked, no errors (--quiet left out ${plural(hidden, 'warning or note', 'warnings and notes')})` };
  }
  return { zh: `已检查 ${files} 个文件,没有发现问题`, en: `${plural(files, 'file')} checked, no problems` };
}

function summary(t: Tally, files: number) {
  const s = t.bySeverity;
  return {
    zh: `${t.total} 个问题:${s.error} 个错误、${s.warning} 个警告、${s.info} 条信息、${s.hint} 条提示(共检查 ${files} 个文件)`,
    en: `${plural(t.total, 'problem')}: ${plural(s.error, 'error')}, ${plural(s.warning, 'warning')}, ${s.info} info, ${plural(s.hint, 'hint')} in ${plural(files, 'file')} checked`,
  };
}

function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}

