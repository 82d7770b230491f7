import path from 'node:path';
import { ConfigResolver } from '../../host/config-files';
import type { CallscriptConfig } from '../../engine';

/**
 * `callscript print-config <file>`: the configuration that applies to a script, merged as
 * `check` merges it, and where each value came from (a config file, or `file#index` for one of
 * its overrides), outermost first.
 */
export async function printConfigCommand(file: string, explicitConfig: string | undefined, cwd: string): Promise<string> {
  const resolver = new ConfigResolver(explicitConfig);
  const script = path.resolve(cwd, file);
  const [config, layers] = await Promise.all([resolver.configFor(script), resolver.layersFor(script)]);
  const shown = (key: string) => {
    const [file, override] = key.split('#');
    const rel = path.relative(cwd, file) || path.basename(file);
    return override === undefined ? rel : `${rel} overrides[${override}]`;
  };
  const from: Record<string, string[]> = {};
  const note = (what: string, key: string) => (from[what] ??= []).push(shown(key));
  for (const layer of layers) {
    for (const id of Object.keys(layer.config.rules ?? {})) note(`rules.${id}`, layer.key);
    for (const list of LISTS) if ((layer.config[list] ?? []).length > 0) note(list, layer.key);
    if (layer.config.files !== undefined) note('files', layer.key);
  }
  const { overrides: _applied, ...merged } = config;
  return `${JSON.stringify({ file: path.relative(cwd, script), layers: layers.map((l) => shown(l.key)), config: merged, from }, null, 2)}\n`;
}

const LISTS = ['holidays', 'patterns', 'require', 'placeholders'] as const satisfies ReadonlyArray<keyof CallscriptConfig>;
