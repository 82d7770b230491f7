import { readFile } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { mergeConfig, type CallscriptConfig } from './engine/config';
import { parseConfigText, type ConfigProblem } from './engine/config-file';

/** The config file names looked for in each folder, nearest first. */
export const CONFIG_NAMES = ['callscript.json', '.callscript.json'];

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problem: ConfigProblem,
  ) {
    super(`${file}:${problem.line + 1}:${problem.character + 1}: ${problem.message}`);
  }
}

interface LoadedConfig {
  file: string;
  config: CallscriptConfig;
}

/**
 * Finds and merges the config for each script: every `callscript.json` from the file's folder up
 * to the root (nearer ones win), or the one file given with `--config`; then the `overrides`
 * whose globs match the script's path relative to the config that declares them.
 */
export class ConfigResolver {
  private readonly byDir = new Map<string, Promise<LoadedConfig | undefined>>();

  constructor(private readonly explicit?: string) {}

  async configFor(scriptPath: string): Promise<CallscriptConfig> {
    const chain = this.explicit ? [await this.load(path.resolve(this.explicit), true)] : await this.chainFor(path.resolve(scriptPath));
    let merged: CallscriptConfig = {};
    for (const c of chain) if (c) merged = mergeConfig(merged, c.config);
    for (const c of chain) {
      if (!c) continue;
      const rel = path.relative(path.dirname(c.file), path.resolve(scriptPath)).split(path.sep).join('/');
      for (const o of c.config.overrides ?? []) {
        if (picomatch(o.files, { dot: true })(rel)) merged = mergeConfig(merged, { rules: o.rules ?? {} });
      }
    }
    return { ...merged, overrides: [] };
  }

  private async chainFor(file: string): Promise<Array<LoadedConfig | undefined>> {
    const dirs: string[] = [];
    for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
      dirs.unshift(dir);
      if (path.dirname(dir) === dir) break;
    }
    return Promise.all(dirs.map((d) => this.inDir(d)));
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
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      if (!required && (err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new ConfigError(file, { start: 0, end: 0, line: 0, character: 0, message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
    }
    const parsed = parseConfigText(text);
    if (parsed.problems.length > 0) throw new ConfigError(file, parsed.problems[0]);
    return { file, config: parsed.config };
  }
}
