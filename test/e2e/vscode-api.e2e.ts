import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import type { Browser, ConsoleMessage } from 'playwright-core';
import { launchChromium } from './browser';
import { startCodeServer, type CodeServer } from './code-server';
import { REPO_ROOT } from './paths';
import { scratchWorkspace } from './scratch-workspace';
import { USER_SETTINGS } from './user-settings';

/**
 * The VS Code integration suite of test/vscode (the one @vscode/test-electron runs where VS Code
 * can be downloaded) run here inside code-server's extension host: the workbench takes the
 * extension under development and the tests' path from its `payload` query parameter, as
 * @vscode/test-web passes them. The suite's result comes back through the browser console.
 */

const SUITE_INDEX = path.join(REPO_ROOT, 'out-vscode', 'suite', 'index.js');
// Must match RESULT_MARKER in test/vscode/suite/index.ts (that file imports `vscode`, so it cannot be imported here).
const RESULT_MARKER = 'callscript-vscode-suite-result';
const SUITE_TIMEOUT_MS = 240_000;

interface SuiteResult {
  passes: number;
  failures: number;
}

describe('the VS Code API suite (test/vscode) in code-server\'s extension host', function () {
  this.timeout(SUITE_TIMEOUT_MS + 60_000);

  let workspace: ReturnType<typeof scratchWorkspace> | undefined;
  let server: CodeServer | undefined;
  let browser: Browser | undefined;

  after(async () => {
    await browser?.close();
    await server?.stop();
    workspace?.remove();
  });

  it('passes', async () => {
    assert.ok(fs.existsSync(SUITE_INDEX), `${SUITE_INDEX} is missing: run \`tsc -p test/vscode/tsconfig.json\``);
    workspace = scratchWorkspace();
    server = await startCodeServer({ workspace: workspace.folder, userSettings: USER_SETTINGS });
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });

    const transcript: string[] = [];
    const result = new Promise<SuiteResult>((resolve) => {
      page.on('console', (message) => {
        void textOf(message).then((text) => {
          transcript.push(text);
          const at = text.indexOf(RESULT_MARKER);
          if (at >= 0) resolve(JSON.parse(text.slice(at + RESULT_MARKER.length)) as SuiteResult);
        });
      });
    });
    const authority = new URL(server.url).host;
    const remote = (file: string): string => `vscode-remote://${authority}${file}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(REPO_ROOT)],
      ['extensionTestsPath', remote(SUITE_INDEX.replace(/\.js$/, ''))],
    ]);
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace.folder)}&payload=${encodeURIComponent(payload)}`);

    const limit = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), SUITE_TIMEOUT_MS).unref());
    const outcome = await Promise.race([result, limit]);
    const report = `the extension host printed:\n${transcript.join('\n')}`;
    assert.notEqual(outcome, 'timeout', `the suite did not finish within ${SUITE_TIMEOUT_MS} ms; ${report}`);
    const { passes, failures } = outcome as SuiteResult;
    assert.equal(failures, 0, `${failures} test(s) failed; ${report}`);
    assert.ok(passes > 0, `no test ran; ${report}`);
    console.log(`      (${passes} VS Code API tests passed in the extension host)`);
  });
});

/** The console line as the extension host wrote it (the workbench prefixes a styled log level). */
async function textOf(message: ConsoleMessage): Promise<string> {
  const args = await Promise.all(message.args().map((a) => a.jsonValue().catch(() => '')));
  const [first, style, ...rest] = args;
  if (typeof first === 'string' && first.startsWith('%c') && typeof style === 'string') {
    return format(...rest);
  }
  return args.length > 0 ? format(...args) : message.text();
}
