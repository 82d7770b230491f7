// The construction tables' required literals, derived once when the bundles are built and written
// into each engine bundle's server/src/engine/baked-literals.ts (see that file for why).
import * as esbuild from 'esbuild';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RULES = 'server/src/engine/rules';

/** Every construction table's pattern (a rule module's exported array of entries with a `pattern`), keyed as the engine looks it up, with its literals. */
export async function bakeLiterals() {
  const modules = readdirSync(path.join(ROOT, RULES)).filter((f) => f.endsWith('.ts'));
  const contents = [
    `export { requiredLiterals } from './server/src/engine/required-literals';\nexport { bakedKey } from './server/src/engine/may-match';`,
    ...modules.map((f, i) => `export * as rules${i} from './${RULES}/${f.slice(0, -'.ts'.length)}';`),
  ].join('\n');
  const built = await esbuild.build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'warning',
    mainFields: ['module', 'main'],
    define: { CALLSCRIPT_VERSION: '"bake"' },
  });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'callscript-bake-'));
  try {
    const file = path.join(dir, 'tables.cjs');
    writeFileSync(file, built.outputFiles[0].text);
    const lib = createRequire(file)(file);
    const baked = {};
    for (const [name, exports] of Object.entries(lib)) {
      if (!name.startsWith('rules')) continue;
      for (const value of Object.values(exports)) {
        if (!Array.isArray(value)) continue;
        for (const entry of value) if (entry?.pattern instanceof RegExp) baked[lib.bakedKey(entry.pattern)] = lib.requiredLiterals(entry.pattern) ?? null;
      }
    }
    return baked;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let baking;

/** Fills baked-literals.ts in a bundle; the tables are read once for every bundle of a build. */
export const bakedLiterals = {
  name: 'baked-literals',
  setup(build) {
    build.onLoad({ filter: /[\\/]server[\\/]src[\\/]engine[\\/]baked-literals\.ts$/ }, async () => {
      baking ??= bakeLiterals();
      return { contents: `export const BAKED_LITERALS = ${JSON.stringify(await baking)};`, loader: 'js' };
    });
  },
};
