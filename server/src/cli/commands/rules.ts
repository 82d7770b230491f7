import { lint, RULES, ruleDocUrl, type Locale, type Message, type Severity } from '../../engine';
import type { Rule } from '../../engine/rule';
import { messageIn } from '../../messages';

/** How a rule's findings can be fixed: by `--fix` and fix-on-save, only by choosing in the editor, or not at all. */
export type Fixable = 'auto' | 'choice' | 'no';

export interface RuleRow {
  id: string;
  severity: Severity;
  fixable: Fixable;
  title: string;
  docs: string | undefined;
}

/** `callscript rules`: every rule of the pack, as text or (`--format json`) as data for tools. */
export function rulesCommand(json: boolean, locale: Locale): string {
  const rows = RULES.map((rule): RuleRow => ({
    id: rule.id,
    severity: rule.defaultSeverity,
    fixable: fixableOf(rule),
    title: messageIn(rule.title, locale),
    docs: ruleDocUrl(rule.id),
  }));
  if (json) return `${JSON.stringify(rows, null, 2)}\n`;
  const fixWord: Record<Fixable, Message> = {
    auto: { zh: '自动修复', en: 'auto-fix' },
    choice: { zh: '可选修复', en: 'choices' },
    no: { zh: '-', en: '-' },
  };
  const table = rows.map((r) => [r.id, r.severity, messageIn(fixWord[r.fixable], locale), r.title]);
  const widths = [0, 1, 2].map((c) => Math.max(...table.map((row) => displayWidth(row[c]))));
  const pad = (s: string, w: number) => s + ' '.repeat(w - displayWidth(s));
  const lines = table.map((row, i) => `${row.slice(0, 3).map((cell, c) => pad(cell, widths[c])).join('  ')}  ${row[3]}\n${' '.repeat(2)}${rows[i].docs ?? ''}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Read from what the rule does to its own should-flag examples, so the listing cannot drift from
 * the code: a rule whose findings there carry a preferred fix is auto-fixed, one whose findings
 * carry only other fixes offers choices.
 */
function fixableOf(rule: Rule): Fixable {
  let offered = false;
  for (const example of rule.examples.flag) {
    const text = example.includes('\n') ? example : `坐席:${example}\n`;
    const findings = lint(text, { rules: [rule], config: rule.examples.config, trusted: true, now: EXAMPLE_NOW }).findings;
    for (const f of findings) {
      if (f.fixes.some((x) => x.preferred && x.edits.length > 0)) return 'auto';
      if (f.fixes.some((x) => x.edits.length > 0)) offered = true;
    }
  }
  return offered ? 'choice' : 'no';
}

/** Examples without `valid` are read at a fixed time, so the listing is the same every day. */
const EXAMPLE_NOW = new Date('2027-03-03T10:00:00+08:00');

/** Columns on a terminal: a CJK character takes two. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
