import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseTree } from 'jsonc-parser';
import picomatch from 'picomatch';
import { mergeConfig, type CallscriptConfig } from '../engine/config';
import { parseConfigText, type ConfigProblem } from '../engine/config-file';
import { ConfigLocator } from '../engine/config-locator';
import type { Message } from '../engine/types';
import { readRegularFile } from './read-file';

/** The config file names looked for in each folder, in this order: the first found is the folder's. */
export const CONFIG_NAMES = ['callscript.json', '.callscript.json'];

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problem: ConfigProblem,
  ) {
    super(`${file}:${problem.line + 1}:${problem.character + 1}: ${problem.message}`);
  }
}

export interface ResolverOptions {
  /**
   * The editor's way: a broken config adds nothing (the defaults and the other configs carry on)
   * and its problems wait in `problemsIn`. Without it, the CLI's way: a `ConfigError` is thrown.
   */
  tolerant?: boolean;
}

/** One config merged for a script: a file's, or one of its overrides (`key` is then `file#index`). */
export interface ConfigLayer {
  config: CallscriptConfig;
  key: string;
}

interface LoadedConfig {
  file: string;
  config: CallscriptConfig;
  problems: ConfigProblem[];
}

/**
 * Finds and merges the config for each script: every `callscript.json` from the root down to the
 * script's folder, each merged over the ones above it, or the one file given with `--config`.
 * After each config come its `overrides` whose globs match the script's path relative to that
 * config's folder, later entries winning; so a nested config, overrides and all, beats its parents.
 */
export class ConfigResolver {
  private readonly byFile = new Map<string, Promise<LoadedConfig | typeof MISSING>>();
  private readonly byDir = new Map<string, Promise<LoadedConfig | undefined>>();
  /** The chain of configs over each folder: every script in it asks for the same one. */
  private readonly chains = new Map<string, Promise<LoadedConfig[]>>();
  /** By chain (one per folder), the config of a chain that has no overrides. */
  private readonly withoutOverrides = new WeakMap<LoadedConfig[], CallscriptConfig>();
  /** Each override's `files` globs, compiled once. */
  private readonly overrideMatchers = new WeakMap<object, (path: string) => boolean>();
  /** Scripts that share configs and matching overrides share one merged object, so the engine's per-config caches hold. */
  private readonly merged = new Map<string, CallscriptConfig>();

  constructor(
    private readonly explicit?: string,
    private readonly options: ResolverOptions = {},
  ) {}

  async configFor(scriptPath: string): Promise<CallscriptConfig> {
    const script = path.resolve(scriptPath);
    const chain = await this.chainFor(script);
    // Without overrides every script of a folder gets the same config: worked out once.
    if (!chain.some((c) => (c.config.overrides ?? []).length > 0)) {
      let config = this.withoutOverrides.get(chain);
      if (!config) this.withoutOverrides.set(chain, (config = this.mergedOf(chain.map((c) => ({ config: c.config, key: c.file })))));
      return config;
    }
    return this.mergedOf(this.layersOver(script, chain));
  }

  /**
   * What is merged for a script, outermost first: each config file, then its overrides that match
   * (keyed `file#index`). For `print-config`, which tells where each value came from.
   */
  async layersFor(scriptPath: string): Promise<ConfigLayer[]> {
    const script = path.resolve(scriptPath);
    return this.layersOver(script, await this.chainFor(script));
  }

  private layersOver(script: string, chain: readonly LoadedConfig[]): ConfigLayer[] {
    const parts: ConfigLayer[] = [];
    for (const c of chain) {
      parts.push({ config: c.config, key: c.file });
      const rel = relativeTo(c.file, script);
      (c.config.overrides ?? []).forEach((o, i) => {
        let matches = this.overrideMatchers.get(o);
        if (!matches) this.overrideMatchers.set(o, (matches = picomatch(o.files, { dot: true })));
        if (matches(rel)) parts.push({ config: { rules: o.rules ?? {} }, key: `${c.file}#${i}` });
      });
    }
    return parts;
  }

  private mergedOf(parts: readonly ConfigLayer[]): CallscriptConfig {
    const key = parts.map((p) => p.key).join('\n');
    let config = this.merged.get(key);
    if (!config) {
      config = { ...parts.reduce((m, p) => mergeConfig(m, p.config), {} as CallscriptConfig), overrides: [] };
      this.merged.set(key, config);
    }
    return config;
  }

  /** The config files that apply to a script, outermost first: what to watch for it. */
  async configFilesFor(scriptPath: string): Promise<string[]> {
    return (await this.chainFor(path.resolve(scriptPath))).map((c) => c.file);
  }

  /** The problems of a config file as last read (none when it is fine or absent). */
  async problemsIn(configFile: string): Promise<ConfigProblem[]> {
    const loaded = await this.read(path.resolve(configFile));
    return loaded === MISSING ? [] : loaded.problems;
  }

  /** Reads this config file again next time: it was changed, created or deleted. */
  forget(configFile: string): void {
    const file = path.resolve(configFile);
    this.byFile.delete(file);
    this.byDir.delete(path.dirname(file));
    this.chains.clear();
    this.merged.clear();
  }

  private chainFor(script: string): Promise<LoadedConfig[]> {
    const dir = path.dirname(script);
    let chain = this.chains.get(dir);
    if (!chain) this.chains.set(dir, (chain = this.chainOver(dir)));
    return chain;
  }

  private async chainOver(folder: string): Promise<LoadedConfig[]> {
    if (this.explicit) {
      const one = await this.load(path.resolve(this.explicit), true);
      return one ? [one] : [];
    }
    const dirs: string[] = [];
    for (let dir = folder; ; dir = path.dirname(dir)) {
      dirs.unshift(dir);
      if (path.dirname(dir) === dir) break;
    }
    const found = await Promise.all(dirs.map((d) => this.inDir(d)));
    return found.filter((c): c is LoadedConfig => c !== undefined);
  }

  private inDir(dir: string): Promise<LoadedConfig | undefined> {
    let p = this.byDir.get(dir);
    if (!p) {
      p = (async () => {
        for (const name of CONFIG_NAMES) {
          const loaded = await this.load(path.join(dir, name), false);
          if (loaded) return loaded;
        }
        return undefined;
      })();
      this.byDir.set(dir, p);
    }
    return p;
  }

  private async load(file: string, required: boolean): Promise<LoadedConfig | undefined> {
    let loaded = await this.read(file);
    if (loaded === MISSING) {
      if (!required) return undefined;
      loaded = unreadable(file, 'ENOENT');
    }
    if (loaded.problems.length > 0 && !this.options.tolerant) throw new ConfigError(file, loaded.problems[0]);
    return loaded;
  }

  private read(file: string): Promise<LoadedConfig | typeof MISSING> {
    let p = this.byFile.get(file);
    if (!p) {
      p = readConfig(file);
      this.byFile.set(file, p);
    }
    return p;
  }
}

/** No such file: for a folder, nothing to read; for `--config`, a problem. */
const MISSING = Symbol('missing');

async function readConfig(file: string): Promise<LoadedConfig | typeof MISSING> {
  return readWithPresets(file, []);
}

/**
 * A config file with its `extends` merged in before its own settings, presets of presets first.
 * `via` is the chain of files that led here: meeting one of them again is a cycle. A preset's
 * problem is reported at the `extends` that names it, so the file the user opened shows it.
 */
async function readWithPresets(file: string, via: readonly string[]): Promise<LoadedConfig | typeof MISSING> {
  let text: string;
  try {
    text = (await readRegularFile(file)).toString('utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    return code === 'ENOENT' || code === 'ENOTDIR' ? MISSING : unreadable(file, code);
  }
  const parsed = parseConfigText(text);
  const names = parsed.config.extends === undefined ? [] : [parsed.config.extends].flat();
  if (parsed.problems.length > 0 || names.length === 0) return { file, ...parsed };
  let merged: CallscriptConfig = {};
  for (const [i, name] of names.entries()) {
    const at = (message: Message) => ({ file, config: {}, problems: [extendsProblem(text, Array.isArray(parsed.config.extends) ? i : undefined, message)] });
    const preset = resolvePreset(name, path.dirname(file));
    if (!preset) return at({ zh: `找不到 extends 指向的配置“${name}”`, en: `Cannot find the config "${name}" named in extends` });
    if (preset === file || via.includes(preset)) return at({ zh: `extends 形成循环:“${name}”又回到了自身`, en: `extends goes round in a circle: "${name}" leads back to itself` });
    const loaded = await readWithPresets(preset, [...via, file]);
    if (loaded === MISSING) return at({ zh: `找不到 extends 指向的配置“${name}”`, en: `Cannot find the config "${name}" named in extends` });
    const [first] = loaded.problems;
    if (first) {
      const where = `${path.basename(loaded.file)}:${first.line + 1}:${first.character + 1}`;
      return at({ zh: `extends 的配置“${name}”有误(${where}):${first.localized.zh}`, en: `The config "${name}" in extends is broken (${where}): ${first.localized.en}` });
    }
    merged = mergeConfig(merged, loaded.config);
  }
  const { extends: _names, ...own } = parsed.config;
  return { file, config: mergeConfig(merged, own), problems: [] };
}

/**
 * Where an `extends` entry points: a path (`./base.json`, `../shared/callscript.json`, absolute)
 * relative to the config's folder, or an npm package found in node_modules from that folder up,
 * whose `callscript.json` (or a JSON `main`) is the preset. Presets are data: nothing is run.
 */
function resolvePreset(name: string, folder: string): string | undefined {
  if (name.startsWith('.') || path.isAbsolute(name)) return path.resolve(folder, name);
  if (!/^(@[\w.-]+\/)?[\w.-]+$/.test(name)) return undefined;
  for (let dir = folder; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'node_modules', name);
    if (existsSync(pkg)) return path.join(pkg, presetFileOf(pkg));
    if (path.dirname(dir) === dir) return undefined;
  }
}

function presetFileOf(pkg: string): string {
  try {
    const { main } = JSON.parse(readFileSync(path.join(pkg, 'package.json'), 'utf8')) as { main?: unknown };
    if (typeof main === 'string' && main.endsWith('.json')) return main;
  } catch {
    // No readable package.json: the conventional file name is all there is to go on.
  }
  return 'callscript.json';
}

function extendsProblem(text: string, index: number | undefined, message: Message): ConfigProblem {
  const json = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const at = new ConfigLocator(text, parseTree(json, [], { allowTrailingComma: true }));
  const node = at.nodeAt(index === undefined ? ['extends'] : ['extends', index]);
  return node ? at.atValue(node, message) : at.problem(0, 0, message);
}

function unreadable(file: string, code: string): LoadedConfig {
  const localized = { zh: `无法读取配置文件(${code})`, en: `Cannot read the config file (${code})` };
  return { file, config: {}, problems: [{ start: 0, end: 0, line: 0, character: 0, message: `${localized.zh} / ${localized.en}`, localized }] };
}

/** A script's path relative to a config's folder, with `/` as globs expect. */
function relativeTo(configFile: string, script: string): string {
  return path.relative(path.dirname(configFile), script).split(path.sep).join('/');
}
