import { ruleSettings, type CallscriptConfig, type HolidayConfig, type RuleSetting } from './config';
import { BUILT_IN_HOLIDAYS } from './holidays';
import { ruleById } from './rules';
import type { SeveritySetting } from './types';

/**
 * What a workspace's own `callscript.json` may do before the user trusts the workspace: add
 * checks, never take one away. A cloned repository could otherwise switch off exactly the rules
 * that would flag it, which is why `callscript.rules` is a restricted setting. So, untrusted:
 *
 * - a rule's severity may be raised, never lowered below what it is without the file (the
 *   user's settings, else the rule's default), and never `off`;
 * - `remove` (phrases taken off a rule's list) is ignored; `add` and `replacements` apply;
 * - `holidays` may add a holiday, but not change a built-in one or give a built-in greeting a
 *   window of its own (either would let a greeting through out of season);
 * - `patterns` are not run (user regexes, see lint.ts); `require` and `placeholders` apply.
 *
 * Trusting the workspace lifts all of it.
 */
export function untrustedView(file: CallscriptConfig, below: CallscriptConfig): CallscriptConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(file.rules ?? {})) {
    const without = ruleSettings(below, id, ruleById(id)?.defaultSeverity ?? 'warning').severity;
    const asked = (typeof setting === 'string' ? setting : setting.severity) ?? without;
    const severity = RANK[asked] < RANK[without] ? without : asked;
    rules[id] = typeof setting === 'string' ? severity : { ...setting, severity, ...(setting.remove ? { remove: [] } : {}) };
  }
  return { ...file, rules, holidays: (file.holidays ?? []).filter(addsOnly) };
}

const RANK: Record<SeveritySetting, number> = { off: 0, hint: 1, info: 2, warning: 3, error: 4 };

const BUILT_IN_NAMES = new Set(BUILT_IN_HOLIDAYS.map((h) => h.name));
const BUILT_IN_GREETINGS = new Set(BUILT_IN_HOLIDAYS.flatMap((h) => [h.greeting, ...(h.also ?? [])].map(bare)));

function addsOnly(holiday: HolidayConfig): boolean {
  if (BUILT_IN_NAMES.has(holiday.name)) return false;
  return ![holiday.greeting, ...(holiday.also ?? [])].some((g) => BUILT_IN_GREETINGS.has(bare(g)));
}

/** A greeting without its punctuation: 新春快乐! and 新春快乐 are one greeting. */
function bare(greeting: string): string {
  return greeting.replace(/[!!。.~~\s]/g, '');
}
