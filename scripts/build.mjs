// Bundles the CLI, the language server and the VS Code client with esbuild; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bakedLiterals } from './bake-literals.mjs';

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
    build.onResolve({ filter: /^\.\/lsp\/main\.js$/ }, () => ({ path: './lsp.js', external: true }));
  },
};

/** OpenCC's simplified → traditional data (1 MB) sits in a file of its own, read only when needed. */
const traditionalBesideBundle = {
  name: 'traditional-beside-bundle',
  setup(build) {
    build.onResolve({ filter: /^opencc-js\/cn2t$/ }, () => ({ path: './opencc-cn2t.js', external: true }));
  },
};

/**
 * Packages the engine requires only when a script or config needs them (YAML that the flat reader
 * leaves to `yaml`, a config's own patterns, a config file to validate) sit in files of their own
 * too: every start of the CLI and the server would otherwise parse their 390 KB (about 14 ms).
 * So do the unzip and XML reader of Word and Excel files (server/src/formats/office-package.ts).
 */
const LOADED_WHEN_NEEDED = ['yaml', 're2js', 'ajv', 'fflate', 'saxes'];
const neededPackagesBesideBundle = {
  name: 'needed-packages-beside-bundle',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(${LOADED_WHEN_NEEDED.join('|')})$`) }, (args) => ({ path: `./${args.path}.js`, external: true }));
  },
};

/** Only the CLI reads Word and Excel files: the .vsix's server goes without these. */
const CLI_ONLY = new Set(['fflate', 'saxes']);

/** What sits beside each engine bundle in `dir`, each read only when first required. */
const besideBundles = (dir, names) => [
  { ...common, entryPoints: ['opencc-js/cn2t'], outfile: `${dir}/opencc-cn2t.js`, sourcemap: false },
  ...names.map((name) => ({ ...common, entryPoints: [name], outfile: `${dir}/${name}.js`, sourcemap: false })),
];

const engine = [traditionalBesideBundle, neededPackagesBesideBundle, bakedLiterals];
/** The CLI's bundle, exported for the bench, which builds it again without the document readers (bench/formats.mjs). */
export const cliBuild = { ...common, entryPoints: ['server/src/bin.ts'], outfile: 'server/dist/cli.js', plugins: [serverBesideCli, ...engine] };
const builds = [
  cliBuild,
  { ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'server/dist/lsp.js', plugins: engine },
  // The same server inside the .vsix, next to the client that starts it over IPC.
  { ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', plugins: engine },
  ...besideBundles('server/dist', LOADED_WHEN_NEEDED),
  ...besideBundles('dist', LOADED_WHEN_NEEDED.filter((name) => !CLI_ONLY.has(name))),
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
];

// Run as a script, it builds; imported (by the bench, for cliBuild), it builds nothing. Node gives
// a module its real path, so the script's path is compared through any symlink.
if (process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (watch) {
    for (const b of builds) await (await esbuild.context(b)).watch();
  } else {
    await Promise.all(builds.map((b) => esbuild.build(b)));
  }
}
