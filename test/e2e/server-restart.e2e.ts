import * as assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { startCodeServer, type CodeServer } from './code-server';
import { VSIX } from './paths';
import { scratchWorkspace } from './scratch-workspace';
import { commandLineOf, installedServerScript, nodeProcessesRunning } from './server-process';
import { tearDown } from './teardown';
import { until } from './until';
import { USER_SETTINGS } from './user-settings';
import { Workbench, type Marker } from './workbench';

/**
 * The language server dies (kill -9) under a running VS Code: the client starts a new one, which
 * checks the open script again and keeps checking what the writer types.
 */

const SCRIPT = 'restart/restart.callscript';
/** 1-based, as the status bar counts: the line holding `坐席:喂,讲话!`. */
const TABOO_LINE = 11;
const AFTER_ROLE = '坐席:'.length + 1;
const RESTART_TIMEOUT_MS = 60_000;

const codes = (markers: Marker[]): string[] => markers.map((m) => `${m.code} ${m.position}`);
const BEFORE_EDIT = ['taboo-phrase [Ln 11, Col 4]', 'polite-pronoun [Ln 12, Col 4]'];
// The polite-pronoun warning on the next line stays after the edit: seeing it alone proves a live
// server checked the edited text (a dead one would leave the panel empty, a stale one both findings).
const AFTER_EDIT = ['polite-pronoun [Ln 12, Col 4]'];

/**
 * Logs every change of "the Problems panel shows a taboo-phrase finding" as the page renders it,
 * so that the gap between the killed server's findings being cleared and the new server's
 * arriving (about 0.3 s here) is seen however short it gets; polling could miss it. A string:
 * the test code is compiled without the DOM library.
 */
const WATCH_TABOO_FINDING = `(() => {
  const shown = () => [...document.querySelectorAll('.markers-panel .marker-code')].some((e) => e.textContent.includes('taboo-phrase'));
  const log = [shown()];
  new MutationObserver(() => { if (shown() !== log[log.length - 1]) log.push(shown()); })
    .observe(document.querySelector('.markers-panel'), { childList: true, subtree: true, characterData: true });
  window.callscriptTabooShown = log;
})()`;
const TABOO_FINDING_LOG = 'window.callscriptTabooShown';

describe('callscript language server restart in VS Code (code-server in Chromium)', function () {
  this.timeout(180_000);

  let workspace: ReturnType<typeof scratchWorkspace> | undefined;
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let vscode: Workbench | undefined;
  /** What the test saw of the language server's processes, for a failure report. */
  const seen: string[] = [];
  let failed = false;

  before(async function () {
    workspace = scratchWorkspace();
    server = await startCodeServer({ vsix: VSIX, workspace: workspace.folder, userSettings: USER_SETTINGS });
    browser = await launchChromium();
    vscode = await Workbench.open(browser, server.url, workspace.folder);
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed' || !vscode) return;
    failed = true;
    const shot = await vscode.screenshot('server-restart').catch((e) => `(no screenshot: ${e})`);
    const tabooShown = await vscode.page.evaluate(TABOO_FINDING_LOG).catch(() => 'not watched');
    console.error(
      `\n[e2e] "${this.currentTest.title}" failed. The page showed:\n${await vscode.describe()}\n` +
        `[e2e] language server processes: ${seen.join('; ') || '(none seen)'}\n` +
        `[e2e] taboo-phrase finding shown, change by change: ${JSON.stringify(tabooShown)}\n[e2e] screenshot: ${shot}\n`,
    );
  });

  after(() => tearDown({ browser, server, workspace, failed }));

  it('a killed server is started again, flags the script again and checks what is typed', async () => {
    if (!vscode || !server) throw new Error('code-server or the workbench did not start');
    const page = vscode.page;
    await vscode.openFile(SCRIPT);
    await vscode.showProblemsOf(SCRIPT);
    await vscode.waitForMarkers(SCRIPT, 'the taboo phrase and the pronoun', (m) => codes(m).join() === BEFORE_EDIT.join());

    const script = installedServerScript(server.pid);
    /** The pid of the one server process, once `holds` accepts it. */
    const theServer = async (description: string, holds: (pid: number) => boolean): Promise<number> => {
      const [pid] = await until(description, async () => nodeProcessesRunning(script), (pids) => pids.length === 1 && holds(pids[0] as number), RESTART_TIMEOUT_MS);
      seen.push(`${pid}: ${commandLineOf(pid as number)?.join(' ')}`);
      return pid as number;
    };
    const first = await theServer(`one node process running ${script}`, () => true);
    await page.evaluate(WATCH_TABOO_FINDING);
    process.kill(first, 'SIGKILL');
    const second = await theServer(`a new node process (not ${first}) running ${script}`, (pid) => pid !== first);
    // VS Code drops the killed server's findings: shown again, they come from the new server.
    await until(
      'the taboo-phrase finding to leave the Problems panel with the killed server and come back',
      async () => (await page.evaluate(TABOO_FINDING_LOG)) as boolean[],
      (log) => log.includes(false) && log[log.length - 1] === true,
      RESTART_TIMEOUT_MS,
    );
    await vscode.waitForMarkers(SCRIPT, 'the findings again', (m) => codes(m).join() === BEFORE_EDIT.join(), RESTART_TIMEOUT_MS);
    await vscode.screenshot('server-restart-restarted');

    await vscode.goTo(TABOO_LINE, AFTER_ROLE);
    await page.keyboard.press('Shift+End');
    await page.keyboard.type('您好!');
    await vscode.waitForEditorText(`to read 坐席:您好! on line ${TABOO_LINE}`, (t) => t.split('\n')[TABOO_LINE - 1] === '坐席:您好!');
    await vscode.waitForMarkers(SCRIPT, 'only the pronoun left', (m) => codes(m).join() === AFTER_EDIT.join());
    assert.deepEqual(nodeProcessesRunning(script), [second], 'the server that checked the edit is the restarted one');
    await vscode.screenshot('server-restart');
  });
});
