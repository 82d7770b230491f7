import type { Connection } from 'vscode-languageserver/node';
import type { RuleSetting } from '../engine/config';
import type { Locale } from '../engine';
import { parseNow, type Now } from '../engine/time';

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
}

export const DEFAULT_SETTINGS: CallscriptSettings = { enable: true, locale: 'auto', rules: {}, now: '' };

/**
 * Settings per document URI, fetched once with `workspace/configuration` and kept until the
 * client says they changed. A client that cannot be asked sends them with
 * `workspace/didChangeConfiguration` instead, and they hold for every document.
 */
export class SettingsCache {
  private readonly byUri = new Map<string, Promise<CallscriptSettings>>();
  private pushed: CallscriptSettings = DEFAULT_SETTINGS;

  constructor(
    private readonly connection: Connection,
    private readonly canAsk: boolean,
  ) {}

  get(uri: string): Promise<CallscriptSettings> {
    if (!this.canAsk) return Promise.resolve(this.pushed);
    let settings = this.byUri.get(uri);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'callscript' }).then(sanitize, () => DEFAULT_SETTINGS);
      this.byUri.set(uri, settings);
    }
    return settings;
  }

  /** After `workspace/didChangeConfiguration`: `pushed` is its `settings` payload. */
  changed(pushed: unknown): void {
    this.byUri.clear();
    const section = (pushed as { callscript?: unknown } | null | undefined)?.callscript;
    this.pushed = sanitize(section);
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}

/** Whatever the client sent, as settings: a wrong type falls back to the default, key by key. */
export function sanitize(value: unknown): CallscriptSettings {
  if (typeof value !== 'object' || value === null) return DEFAULT_SETTINGS;
  const v = value as Record<string, unknown>;
  const rules = typeof v.rules === 'object' && v.rules !== null && !Array.isArray(v.rules) ? (v.rules as Record<string, RuleSetting>) : {};
  return {
    enable: typeof v.enable === 'boolean' ? v.enable : DEFAULT_SETTINGS.enable,
    locale: v.locale === 'en' || v.locale === 'zh-CN' ? v.locale : 'auto',
    rules,
    now: typeof v.now === 'string' ? v.now.trim() : '',
  };
}

/** `auto` is English for an English client and Chinese otherwise (the scripts are Chinese). */
export function localeOf(settings: CallscriptSettings, clientLocale: string | undefined): Locale {
  if (settings.locale !== 'auto') return settings.locale;
  return clientLocale?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

/** The setting's time when it parses (read as `--now` is), else the server's `--now`, else undefined (the clock). */
export function nowOf(settings: CallscriptSettings, serverNow: Now | undefined): Now | undefined {
  return (settings.now !== '' ? parseNow(settings.now) : undefined) ?? serverNow;
}
