import * as path from 'node:path';

/** Compiled to out/test/e2e/, three levels below the repository root. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

export const FIXTURE_WORKSPACE = path.join(REPO_ROOT, 'test', 'e2e', 'workspace');
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results', 'e2e');
export const VSIX = path.join(REPO_ROOT, 'callscript.vsix');
export const SERVER_CLI = path.join(REPO_ROOT, 'server', 'dist', 'cli.js');
export const NEOVIM_DIR = path.join(REPO_ROOT, 'test', 'e2e', 'neovim');

/** Installed by scripts/e2e-setup.sh, outside the extension's dependency tree. */
export const CODE_SERVER_ENTRY = path.join(
  REPO_ROOT, '.vscode-test', 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js',
);

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const NEOVIM = process.env.NVIM_PATH ?? 'nvim';

export function screenshotPath(scenario: string): string {
  return path.join(RESULTS_DIR, `${scenario}.png`);
}
