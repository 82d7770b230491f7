import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/**
 * Printed last, so that a harness that only sees the extension host's console (code-server's, in
 * test/e2e/vscode-api.e2e.ts) can tell how the run went.
 */
export const RESULT_MARKER = 'callscript-vscode-suite-result';

/** Called by VS Code's extension host (`--extensionTestsPath`): runs every *.test.js beside it. */
export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false });
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  const stats = await new Promise<{ passes: number; failures: number }>((resolve) => {
    const runner = mocha.run(() => resolve({ passes: runner.stats?.passes ?? 0, failures: runner.stats?.failures ?? 0 }));
  });
  console.log(`${RESULT_MARKER} ${JSON.stringify(stats)}`);
  if (stats.failures > 0) throw new Error(`${stats.failures} VS Code integration test(s) failed`);
}
