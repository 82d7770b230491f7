import { messageIn } from '../messages';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { ConfigError, ConfigResolver, CONFIG_NAMES } from '../host/config-files';
import { mergeConfig, type CallscriptConfig, type RuleSetting } from '../engine/config';
import { parseConfigText } from '../engine/config-file';
import { untrustedView } from '../engine/config-trust';
import { lineStartsOf, rangeOf, type Locale } from '../engine';

/** Called when a config cannot be used and no open editor shows why. */
export type ConfigProblemReporter = (file: string, message: string) => void;

/**
 * The `callscript.json` files behind each script, read from disk and cached until the client's
 * file watcher reports a change. A broken file never stops linting: its scripts get the defaults.
 */
export class ConfigStore {
  private resolver = new ConfigResolver();
  private readonly reported = new Set<string>();
  private readonly merges = new WeakMap<CallscriptConfig, WeakMap<Record<string, RuleSetting>, { trusted?: CallscriptConfig; untrusted?: CallscriptConfig }>>();

  constructor(
    private readonly isOpen: (file: string) => boolean,
    private readonly report: ConfigProblemReporter,
  ) {}

  /**
   * The file configs for a script, over the client's `callscript.rules` (the project's files win).
   * In an untrusted workspace the files may add checks but not take any away (config-trust.ts).
   */
  async configFor(uri: string, settingsRules: Record<string, RuleSetting>, trusted: boolean): Promise<CallscriptConfig> {
    const base: CallscriptConfig = { rules: settingsRules };
    const file = filePathOf(uri);
    if (file === undefined) return base;
    try {
      return this.merged(settingsRules, await this.resolver.configFor(file), trusted);
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      this.reportOnce(err);
      return base;
    }
  }

  /**
   * The same merged object for the same inputs: the engine builds its phrase automaton once per
   * config object, so a fresh merge on every keystroke would rebuild it every time.
   */
  private merged(settingsRules: Record<string, RuleSetting>, fileConfig: CallscriptConfig, trusted: boolean): CallscriptConfig {
    let bySettings = this.merges.get(fileConfig);
    if (!bySettings) this.merges.set(fileConfig, (bySettings = new WeakMap()));
    let byTrust = bySettings.get(settingsRules);
    if (!byTrust) bySettings.set(settingsRules, (byTrust = {}));
    const key = trusted ? 'trusted' : 'untrusted';
    const below: CallscriptConfig = { rules: settingsRules };
    return (byTrust[key] ??= mergeConfig(below, trusted ? fileConfig : untrustedView(fileConfig, below)));
  }

  /** Forget every file read so far (a config file was created, changed or deleted). */
  reset(): void {
    this.resolver = new ConfigResolver();
    this.reported.clear();
  }

  private reportOnce(err: ConfigError): void {
    // An open config document shows its problems itself; say it once otherwise.
    if (this.isOpen(err.file) || this.reported.has(err.message)) return;
    this.reported.add(err.message);
    this.report(err.file, err.message);
  }
}

export function isConfigUri(uri: string): boolean {
  const file = filePathOf(uri);
  return file !== undefined && CONFIG_NAMES.includes(path.basename(file));
}

export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The problems of a config document's text, where they are in it. */
export function configDiagnostics(text: string, locale: Locale): Diagnostic[] {
  const { problems } = parseConfigText(text);
  if (problems.length === 0) return [];
  const starts = lineStartsOf(text);
  const note = messageIn({ zh: '——callscript 已忽略此文件,改用默认配置', en: ' — callscript ignores this file and uses the defaults' }, locale);
  return problems.map((p) => ({
    range: rangeOf(starts, p.start, Math.min(p.end, text.length)),
    severity: DiagnosticSeverity.Error,
    source: 'callscript',
    message: `${p.message}${note}`,
  }));
}
