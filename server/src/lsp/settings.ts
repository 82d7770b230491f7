import type { Connection } from 'vscode-languageserver/node';
import type { RuleSetting } from '../engine/config';
import type { Locale } from '../engine';
import { LOCALES } from '../messages';
import { MAX_CONFIG_DEPTH, parseConfigText } from '../engine/config-file';
import { parseNow, type Now } from '../engine/time';

const TOO_DEEP = { zh: `设置嵌套过深(超过 ${MAX_CONFIG_DEPTH} 层)`, en: `The setting is nested too deeply (over ${MAX_CONFIG_DEPTH} levels)` };

/** The `callscript.*` settings of VS Code (or any client that answers `workspace/configuration`). */
export interface CallscriptSettings {
  /** Lint at all. */
  enable: boolean;
  /** `auto` follows the client's display language. */
  locale: 'auto' | Locale;
  /** Severity overrides, the shape of `rules` in `callscript.json`; the config files win over them. */
  rules: Record<string, RuleSetting>;
  /** An ISO-8601 instant used as "now" for scripts without `valid` (for tests and reviews); empty: the clock. */
  now: string;
  /** Diagnostics sent per document at most; past them, one that says how many more there are. */
  maxProblems: number;
  /** Why `rules` was set aside (it is then empty): a setting that the config file's schema refuses. */
  rulesProblem?: string;
}

export const DEFAULT_SETTINGS: CallscriptSettings = { enable: true, locale: 'auto', rules: {}, now: '', maxProblems: 1000 };

/**
 * Settings per document URI, fetched once with `workspace/configuration` and kept until the
 * client says they changed. A client that cannot be asked sends them with
 * `workspace/didChangeConfiguration` instead, and they hold for every document.
 */
export class SettingsCache {
  private readonly byUri = new Map<string, Promise<CallscriptSettings>>();
  private pushed: CallscriptSettings = DEFAULT_SETTINGS;

  /** Problems of `callscript.rules` already told, so that each is told once, not on every document. */
  private readonly told = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly canAsk: boolean,
    private readonly tell: (problem: string) => void,
  ) {}

  get(uri: string): Promise<CallscriptSettings> {
    if (!this.canAsk) return Promise.resolve(this.pushed);
    let settings = this.byUri.get(uri);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'callscript' }).then((v) => this.checked(v), () => DEFAULT_SETTINGS);
      this.byUri.set(uri, settings);
    }
    return settings;
  }

  /** After `workspace/didChangeConfiguration`: `pushed` is its `settings` payload. */
  changed(pushed: unknown): void {
    this.byUri.clear();
    this.told.clear();
    const section = (pushed as { callscript?: unknown } | null | undefined)?.callscript;
    this.pushed = this.checked(section);
  }

  private checked(value: unknown): CallscriptSettings {
    const settings = sanitize(value);
    if (settings.rulesProblem !== undefined && !this.told.has(settings.rulesProblem)) {
      this.told.add(settings.rulesProblem);
      this.tell(settings.rulesProblem);
    }
    return settings;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}

/** Whatever the client sent, as settings: a wrong type falls back to the default, key by key. */
export function sanitize(value: unknown): CallscriptSettings {
  if (typeof value !== 'object' || value === null) return DEFAULT_SETTINGS;
  const v = value as Record<string, unknown>;
  const { rules, problem } = rulesOf(v.rules);
  return {
    enable: typeof v.enable === 'boolean' ? v.enable : DEFAULT_SETTINGS.enable,
    locale: LOCALES.find((l) => l === v.locale) ?? 'auto',
    rules,
    now: typeof v.now === 'string' ? v.now.trim() : '',
    maxProblems: Number.isInteger(v.maxProblems) && (v.maxProblems as number) >= 1 ? (v.maxProblems as number) : DEFAULT_SETTINGS.maxProblems,
    ...(problem === undefined ? {} : { rulesProblem: problem }),
  };
}

/**
 * `callscript.rules`, checked as `rules` of a config file is (the same schema, depth and size
 * limits): a setting the file would refuse is set aside whole, so that one bad entry neither
 * stops linting nor half-applies.
 */
function rulesOf(value: unknown): { rules: Record<string, RuleSetting>; problem?: string } {
  if (value === undefined || value === null) return { rules: {} };
  // The default, and what most users have: nothing to check (and no schema to load for it).
  if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) return { rules: {} };
  let text: string;
  try {
    text = JSON.stringify({ rules: value });
  } catch {
    // JSON.stringify recurses: a RangeError here is a setting far too deep to be one.
    return { rules: {}, problem: `callscript.rules: ${TOO_DEEP.zh} / ${TOO_DEEP.en}` };
  }
  const { config, problems } = parseConfigText(text);
  if (problems.length === 0) return { rules: config.rules ?? {} };
  return { rules: {}, problem: `callscript.rules: ${problems[0].message}` };
}

/**
 * `auto` follows the client: English for an English client, traditional Chinese for a zh-TW or
 * zh-HK one (VS Code's 中文(繁體) is zh-tw), simplified Chinese otherwise (the scripts are Chinese).
 */
export function localeOf(settings: CallscriptSettings, clientLocale: string | undefined): Locale {
  if (settings.locale !== 'auto') return settings.locale;
  const client = clientLocale?.toLowerCase() ?? '';
  if (client.startsWith('en')) return 'en';
  if (client === 'zh-hk' || client === 'zh-mo') return 'zh-HK';
  if (client === 'zh-tw' || client.startsWith('zh-hant')) return 'zh-TW';
  return 'zh-CN';
}

/** The setting's time when it parses (read as `--now` is), else the server's `--now`, else undefined (the clock). */
export function nowOf(settings: CallscriptSettings, serverNow: Now | undefined): Now | undefined {
  return (settings.now !== '' ? parseNow(settings.now) : undefined) ?? serverNow;
}
