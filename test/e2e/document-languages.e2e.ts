import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { startCodeServer, type CodeServer } from './code-server';
import { SERVER_CLI, VSIX } from './paths';
import { scratchWorkspace } from './scratch-workspace';
import { installedServerScript, nodeProcessesRunning } from './server-process';
import { tearDown } from './teardown';
import { until } from './until';
import { USER_SETTINGS } from './user-settings';
import { Workbench, type Marker } from './workbench';

/**
 * A user who keeps scripts in Markdown opts in (`callscript.documentLanguages`) and opens one,
 * with no `.callscript` file opened before: the extension activates for Markdown, starts the
 * language server, and the Problems panel shows what `callscript check` reports for the file.
 * Plain text, not opted in, activates the extension too, but neither starts a server nor gets
 * findings.
 */

const FOLDER = 'documents';
const MARKDOWN = `${FOLDER}/投诉话术.md`;
const PLAIN = `${FOLDER}/notes.txt`;
const MARKDOWN_TEXT = [
  '# 投诉来电话术',
  '',
  '本话术适用于投诉来电。',
  '',
  '## 开场',
  '',
  '- **坐席:**您好,工号10203为您服务,请问有什么可以帮您?',
  '- 客户:我要投诉。',
  '- 坐席:喂,讲话!',
  '',
  '| 场景 | 客户问题 | 标准话术 |',
  '| --- | --- | --- |',
  '| 解释 | 为什么扣费? | 这是我们公司的规定。 |',
  '',
].join('\n');
const PLAIN_TEXT = '坐席:喂,讲话!\n';

/** `rule [Ln l, Col c]`, as the Problems panel shows a finding. */
const shown = (markers: Marker[]): string[] => markers.map((m) => `${m.code} ${m.position}`).sort();

/** The same, for what `callscript check` reports on the file (its JSON ranges are 0-based UTF-16, as VS Code's columns). */
function cliFindings(folder: string, file: string): string[] {
  const run = spawnSync(process.execPath, [SERVER_CLI, 'check', file, '--format', 'json'], { cwd: folder, encoding: 'utf8' });
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  const [report] = JSON.parse(run.stdout) as Array<{ diagnostics: Array<{ rule: string; range: { start: { line: number; character: number } } }> }>;
  return (report?.diagnostics ?? []).map((d) => `${d.rule} [Ln ${d.range.start.line + 1}, Col ${d.range.start.character + 1}]`).sort();
}

describe('callscript in VS Code: an opted-in Markdown script (code-server in Chromium)', function () {
  this.timeout(180_000);

  let workspace: ReturnType<typeof scratchWorkspace> | undefined;
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let vscode: Workbench | undefined;
  let failed = false;

  before(async function () {
    workspace = scratchWorkspace();
    fs.mkdirSync(path.join(workspace.folder, FOLDER));
    fs.writeFileSync(path.join(workspace.folder, MARKDOWN), MARKDOWN_TEXT);
    fs.writeFileSync(path.join(workspace.folder, PLAIN), PLAIN_TEXT);
    server = await startCodeServer({
      vsix: VSIX,
      workspace: workspace.folder,
      userSettings: { ...USER_SETTINGS, 'callscript.documentLanguages': ['markdown'] },
    });
    browser = await launchChromium();
    vscode = await Workbench.open(browser, server.url, workspace.folder);
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed' || !vscode) return;
    failed = true;
    const shot = await vscode.screenshot('document-languages').catch((e) => `(no screenshot: ${e})`);
    console.error(`\n[e2e] "${this.currentTest.title}" failed. The page showed:\n${await vscode.describe()}\n[e2e] screenshot: ${shot}\n`);
  });

  after(() => tearDown({ browser, server, workspace, failed }));

  it('plain text, not opted in, starts no server; the Markdown script gets the CLI\'s findings without any .callscript opened', async () => {
    if (!vscode || !server || !workspace) throw new Error('code-server or the workbench did not start');
    const script = installedServerScript(server.pid);
    await vscode.openFile(PLAIN);
    await vscode.showProblemsOf(FOLDER);
    await vscode.waitForEditorText('to show the plain-text file', (t) => t.includes('喂,讲话'));
    assert.deepEqual(nodeProcessesRunning(script), [], 'a plain-text file the user did not opt in to starts no language server');

    await vscode.openFile(MARKDOWN);
    const expected = cliFindings(workspace.folder, MARKDOWN);
    assert.ok(expected.some((f) => f.startsWith('taboo-phrase [Ln 9,')), `the CLI flags 喂,讲话 in the list item: ${expected.join(', ')}`);
    assert.ok(expected.some((f) => f.startsWith('taboo-phrase [Ln 13,')), `the CLI flags the 话术 cell of the table: ${expected.join(', ')}`);
    await vscode.waitForMarkers(MARKDOWN, 'the findings callscript check reports', (m) => shown(m).join() === expected.join());
    await until('one language server process', async () => nodeProcessesRunning(script), (pids) => pids.length === 1);
    assert.deepEqual(await vscode.markersOf(PLAIN), [], 'plain text is not served: it was not opted in');
    await vscode.screenshot('document-languages');
  });
});
