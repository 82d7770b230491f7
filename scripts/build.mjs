// Bundles the CLI, the language server and the VS Code client with esbuild; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const serverPkg = JSON.parse(readFileSync(new URL('../server/package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: !watch,
  // Chinese phrase data stays UTF-8 instead of \u escapes: a smaller bundle that loads faster.
  charset: 'utf8',
  logLevel: 'warning',
  // jsonc-parser's UMD build requires its parts at run time; its ESM build bundles.
  mainFields: ['module', 'main'],
  define: { CALLSCRIPT_VERSION: JSON.stringify(serverPkg.version) },
};

/** `callscript --stdio` loads the language server from the bundle beside it at run time. */
const serverBesideCli = {
  name: 'server-beside-cli',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/lsp\/main\.js$/ }, () => ({ path: './lsp.js', external: true }));
  },
};

/** OpenCC's simplified → traditional data (1 MB) sits in a file of its own, read only when needed. */
const traditionalBesideBundle = {
  name: 'traditional-beside-bundle',
  setup(build) {
    build.onResolve({ filter: /^opencc-js\/cn2t$/ }, () => ({ path: './opencc-cn2t.js', external: true }));
  },
};

const builds = [
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'server/dist/cli.js', plugins: [serverBesideCli, traditionalBesideBundle] },
  { ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'server/dist/lsp.js', plugins: [traditionalBesideBundle] },
  // The same server inside the .vsix, next to the client that starts it over IPC.
  { ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', plugins: [traditionalBesideBundle] },
  { ...common, entryPoints: ['opencc-js/cn2t'], outfile: 'server/dist/opencc-cn2t.js', sourcemap: false },
  { ...common, entryPoints: ['opencc-js/cn2t'], outfile: 'dist/opencc-cn2t.js', sourcemap: false },
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
];

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
