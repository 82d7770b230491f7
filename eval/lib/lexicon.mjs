// How many phrase entries the rule pack has, read from the engine's RULES so that the figure
// follows the lexicon wherever its entries are added.
import * as esbuild from 'esbuild';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export async function lexiconEntries(root) {
  const out = path.join(root, 'node_modules/.cache/callscript-eval/rules.cjs');
  mkdirSync(path.dirname(out), { recursive: true });
  await esbuild.build({
    entryPoints: [path.join(root, 'server/src/engine/rules/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    outfile: out,
    logLevel: 'error',
    define: { CALLSCRIPT_VERSION: '"eval"' },
  });
  const mod = await import(pathToFileURL(out).href);
  const rules = mod.RULES ?? mod.default.RULES;
  const byRule = {};
  for (const r of rules) if (r.phrases) byRule[r.id] = r.phrases.entries.length;
  return { total: Object.values(byRule).reduce((a, b) => a + b, 0), byRule };
}
