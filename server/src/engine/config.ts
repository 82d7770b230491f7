import type { Severity, SeveritySetting } from './types';

/** The configuration model of spec §5, as read from `callscript.json`. Every key is optional. */

export interface RuleOptions {
  severity?: SeveritySetting;
  /** Phrases added to the rule's list. */
  add?: string[];
  /** Phrases taken out of the rule's list. */
  remove?: string[];
  /** Fix text for a phrase, replacing the rule's own. */
  replacements?: Record<string, string>;
  /** greeting-employee-id: a name (`{姓名}`, 客服代表小李) may stand for the employee ID. */
  acceptName?: boolean;
}

export type RuleSetting = SeveritySetting | RuleOptions;

export interface HolidayConfig {
  name: string;
  /** `MM-DD` of the Gregorian calendar. */
  solar?: string;
  /** `MM-DD` of the lunar calendar, or `除夕` for the last day of the lunar year. */
  lunar?: string;
  from?: string;
  to?: string;
  /** Days from the anchor day to the day the window ends (0: the same day). */
  days?: number;
  greeting: string;
  also?: string[];
}

export interface PatternConfig {
  id: string;
  regex: string;
  severity?: SeveritySetting;
  message: string;
  role?: 'agent' | 'customer' | 'any';
}

export interface RequireConfig {
  id: string;
  /** `opening`, `closing`, a heading's name, or `script` (the default). */
  section?: string;
  role?: 'agent' | 'customer' | 'any';
  phrases: string[];
  severity?: SeveritySetting;
  message?: string;
}

export interface OverrideConfig {
  files: string[];
  rules?: Record<string, RuleSetting>;
}

/** How scripts kept in Markdown, plain text, Word, Excel and CSV files are read (docs/formats.md). */
export interface DocumentsConfig {
  /** Text before a section's first speaker label: not checked (`skip`, the default) or the agent's. */
  unlabeled?: 'skip' | 'agent';
  /** Spreadsheet and table columns holding the agent's words, by header or column letter. */
  agentColumns?: string[];
  /** Columns naming a row's scene, read as its section. */
  sceneColumns?: string[];
  /** Columns holding the customer's question, read as the customer's turn. */
  questionColumns?: string[];
  /** Speaker labels a team's documents use for the agent besides the format's (话务员, 客服代表 … are known). */
  agentLabels?: string[];
  /** Speaker labels a team's documents use for the customer besides the format's (顾客, 来电人 … are known). */
  customerLabels?: string[];
}

export interface CallscriptConfig {
  /** Shared configs merged before this one's own settings; resolved by the host (config-files.ts), never by the engine. */
  extends?: string | string[];
  rules?: Record<string, RuleSetting>;
  holidays?: HolidayConfig[];
  patterns?: PatternConfig[];
  require?: RequireConfig[];
  placeholders?: string[];
  files?: string[];
  overrides?: OverrideConfig[];
  documents?: DocumentsConfig;
}

/** A rule's settings once config and defaults are merged. */
export interface RuleSettings {
  severity: SeveritySetting;
  add: string[];
  remove: string[];
  replacements: Record<string, string>;
}

export function ruleSettings(config: CallscriptConfig, id: string, fallback: Severity): RuleSettings {
  const s = config.rules?.[id];
  if (s === undefined) return { severity: fallback, add: [], remove: [], replacements: {} };
  if (typeof s === 'string') return { severity: s, add: [], remove: [], replacements: {} };
  return {
    severity: s.severity ?? fallback,
    add: s.add ?? [],
    remove: s.remove ?? [],
    replacements: s.replacements ?? {},
  };
}

/** `over` merged onto `base`: lists of phrase data concatenate, rule settings merge per rule. */
export function mergeConfig(base: CallscriptConfig, over: CallscriptConfig): CallscriptConfig {
  const rules: Record<string, RuleSetting> = { ...base.rules };
  for (const [id, s] of Object.entries(over.rules ?? {})) rules[id] = mergeRule(rules[id], s);
  return {
    rules,
    holidays: [...(base.holidays ?? []), ...(over.holidays ?? [])],
    patterns: [...(base.patterns ?? []), ...(over.patterns ?? [])],
    require: [...(base.require ?? []), ...(over.require ?? [])],
    placeholders: [...(base.placeholders ?? []), ...(over.placeholders ?? [])],
    files: over.files ?? base.files,
    overrides: [...(base.overrides ?? []), ...(over.overrides ?? [])],
    ...(base.documents || over.documents ? { documents: { ...base.documents, ...over.documents } } : {}),
  };
}

function mergeRule(base: RuleSetting | undefined, over: RuleSetting): RuleSetting {
  if (base === undefined || typeof over === 'string' && typeof base === 'string') return over;
  const b: RuleOptions = typeof base === 'string' ? { severity: base } : base;
  const o: RuleOptions = typeof over === 'string' ? { severity: over } : over;
  return {
    ...b,
    ...o,
    add: [...(b.add ?? []), ...(o.add ?? [])],
    remove: [...(b.remove ?? []), ...(o.remove ?? [])],
    replacements: { ...b.replacements, ...o.replacements },
  };
}
