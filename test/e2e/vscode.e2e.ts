import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { startCodeServer, type CodeServer } from './code-server';
import { VSIX } from './paths';
import { scratchWorkspace } from './scratch-workspace';
import { tearDown } from './teardown';
import { until } from './until';
import { USER_SETTINGS } from './user-settings';
import { Workbench, type Marker } from './workbench';

/**
 * VS Code itself (code-server's workbench in Chromium) with the packaged .vsix installed, checked
 * the way a script writer sees it. Each scenario leaves a screenshot in test-results/e2e/.
 */

const summary = (markers: Marker[]): string[] => markers.map((m) => `${m.severity} ${m.code} ${m.position} ${/“.*?”/.exec(m.message)?.[0] ?? m.message}`);
/** 您好, then the self-introduction with the employee ID (the snippet's punctuation may vary). */
const isStandardGreeting = (line: string | undefined): boolean =>
  line !== undefined && /^坐席[:：]您好[!！]?我是\{公司\}\{热线\}客服代表\{工号\}/.test(line);
const withCode = (markers: Marker[], code: string): Marker[] => markers.filter((m) => m.code === code);

describe('VS Code (code-server in Chromium) with callscript.vsix', function () {
  this.timeout(180_000);

  let workspace: ReturnType<typeof scratchWorkspace> | undefined;
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let vscode: Workbench;
  /** The running scenario's name: its screenshot's file name. */
  let current = '';
  let anyFailed = false;

  before(async function () {
    workspace = scratchWorkspace();
    server = await startCodeServer({ vsix: VSIX, workspace: workspace.folder, userSettings: USER_SETTINGS });
    browser = await launchChromium();
    vscode = await Workbench.open(browser, server.url, workspace.folder);
  });

  afterEach(async function () {
    const test = this.currentTest;
    if (test?.state !== 'failed' || !vscode) return;
    anyFailed = true;
    const shot = await vscode.screenshot(current).catch((e) => `(no screenshot: ${e})`);
    console.error(`\n[e2e] "${test.title}" failed. The page showed:\n${await vscode.describe()}\n[e2e] screenshot: ${shot}\n`);
  });

  after(() => tearDown({ browser, server, workspace, failed: anyFailed }));

  /** A test whose screenshots are named after the scenario; it starts with no menu or widget open. */
  function scenario(name: string, title: string, body: () => Promise<void>): void {
    it(title, async () => {
      current = name;
      await vscode.page.keyboard.press('Escape');
      await body();
    });
  }

  scenario('problems-and-squiggles', 'a faulty script shows its findings in the Problems panel and squiggles in the editor', async () => {
    await vscode.openFile('faulty.callscript');
    await vscode.showProblemsOf('faulty.callscript');
    const markers = await vscode.waitForMarkers('faulty.callscript', '7 findings', (m) => m.length === 7);
    // Errors first, then by position, as the panel sorts them; each message quotes what it flags.
    assert.deepEqual(summary(markers), [
      'error taboo-phrase [Ln 12, Col 4] “喂,讲话”',
      'error taboo-phrase [Ln 12, Col 9] “这是我们公司的规定”',
      'error taboo-phrase [Ln 14, Col 4] “信不信由你”',
      // The customer said 我要投诉 and the answer's rewording apologises for nothing: the apology is still owed.
      'warning apology-first [Ln 14, Col 4] “非常抱歉给您带来不便”',
      // The 你 of 信不信由你 is a reviewer's mark of its own (您 is offered, the taboo phrase's rewording preferred).
      'warning polite-pronoun [Ln 14, Col 8] “您”',
      'warning polite-pronoun [Ln 15, Col 4] “您”',
      'warning negative-wording [Ln 16, Col 4] “但是”',
    ]);
    assert.ok(markers.every((m) => m.source === 'callscript'), JSON.stringify(markers));
    assert.ok(withCode(markers, 'taboo-phrase').every((m) => m.message.startsWith('服务忌语')), JSON.stringify(markers));
    // apology-first's squiggle on 信不信由你 covers polite-pronoun's on its 你: the editor draws the two as one.
    await until('3 error and 3 warning squiggles in the editor', async () => [await vscode.squiggles('error').count(), await vscode.squiggles('warning').count()], ([e, w]) => e === 3 && w === 3);
    await vscode.screenshot(current);
  });

  scenario('hover', 'hovering a finding shows why it is one', async () => {
    await vscode.openFile('faulty.callscript');
    await vscode.waitForMarkers('faulty.callscript', 'its findings', (m) => m.length > 0);
    await vscode.hoverOver(vscode.squiggles('error').first());
    const hover = vscode.hover();
    await until(
      'a hover with the rule, its message and its sources',
      () => hover.innerText(),
      (text) => text.includes('不得使用服务忌语') && text.includes('“喂,讲话”') && text.includes('依据'),
    );
    await vscode.screenshot(current);
  });

  scenario('quick-fix', 'the quick-fix (Ctrl+.) changes the text and the finding disappears', async () => {
    await vscode.openFile('quick-fix.callscript');
    await vscode.showProblemsOf('quick-fix.callscript');
    await vscode.waitForMarkers('quick-fix.callscript', 'the taboo phrase', (m) => withCode(m, 'taboo-phrase').length === 1);
    await vscode.goTo(9, 6);
    await vscode.lightBulb().waitFor();
    await vscode.page.keyboard.press('Control+.');
    const fix = vscode.codeActions().filter({ hasText: '改为“根据相关规定' });
    await fix.waitFor();
    await vscode.screenshot(`${current}-menu`);
    await vscode.applyCodeAction(fix);
    const fixed = await vscode.waitForEditorText('to hold the fixed line', (t) => t.includes('坐席:根据相关规定'));
    assert.ok(!fixed.includes('这是我们公司的规定'), fixed);
    await vscode.waitForMarkers('quick-fix.callscript', 'no findings', (m) => m.length === 0);
    await vscode.screenshot(current);
  });

  scenario('fix-all-on-save', '"fix all" on save cleans a file (editor.codeActionsOnSave)', async () => {
    await vscode.openFile('fix-on-save.callscript');
    await vscode.showProblemsOf('fix-on-save.callscript');
    await vscode.waitForMarkers('fix-on-save.callscript', 'the taboo phrase', (m) => withCode(m, 'taboo-phrase').length === 1);
    // The writer adds one more faulty line, then saves.
    await vscode.goTo(10, 1);
    await vscode.page.keyboard.press('End');
    await vscode.page.keyboard.press('Enter');
    await vscode.page.keyboard.type('坐席:你先听我说。');
    await vscode.page.keyboard.press('Escape');
    await vscode.waitForMarkers('fix-on-save.callscript', 'two taboo phrases', (m) => withCode(m, 'taboo-phrase').length === 2);
    await vscode.page.keyboard.press('Control+S');
    const onDisk = path.join(vscode.folder, 'fix-on-save.callscript');
    const saved = await until(
      'the saved file to hold both fixes',
      async () => fs.readFileSync(onDisk, 'utf8'),
      (t) => t.includes('坐席:我再为您说明一下') && t.includes('坐席:我来为您说明一下'),
    );
    assert.ok(!saved.includes('我已经解释很多次了') && !saved.includes('你先听我说'), saved);
    await vscode.waitForEditorText('to show the fixed lines', (t) => t.includes('坐席:我再为您说明一下') && t.includes('坐席:我来为您说明一下'));
    await vscode.waitForMarkers('fix-on-save.callscript', 'no findings', (m) => m.length === 0);
    await until('the tab to be saved (not dirty)', () => vscode.page.locator('.part.editor .tab.active.dirty').count(), (n) => n === 0);
    await vscode.screenshot(current);
  });

  scenario('snippet', 'typing a snippet prefix inserts the standard greeting', async () => {
    await vscode.openFile('greeting.callscript');
    await vscode.showProblemsOf('greeting.callscript');
    await vscode.goTo(7, 1);
    await vscode.page.keyboard.type('首问语');
    await vscode.page.keyboard.press('Control+Space');
    const item = vscode.suggestions().filter({ has: vscode.page.locator('.label-name', { hasText: /^首问语$/ }) });
    await item.waitFor();
    await vscode.screenshot(`${current}-menu`);
    await item.click();
    await vscode.waitForEditorText('to hold the standard greeting on line 7', (t) => isStandardGreeting(t.split('\n')[6]));
    await vscode.page.keyboard.press('Escape');
    await vscode.screenshot(current);
  });

  scenario('completion', 'completion in a 春节 script offers 新春快乐', async () => {
    await vscode.openFile('spring-festival.callscript');
    await vscode.showProblemsOf('spring-festival.callscript');
    await vscode.goTo(10, 4);
    await vscode.page.keyboard.press('Control+Space');
    const item = vscode.suggestions().filter({ hasText: '新春快乐' }).first();
    await item.waitFor();
    await vscode.screenshot(`${current}-menu`);
    await item.click();
    await vscode.waitForEditorText('to greet with 新春快乐', (t) => t.split('\n').some((l) => l.startsWith('坐席:新春快乐')));
    await vscode.screenshot(current);
  });

  scenario('broken-config', 'a broken callscript.json shows its error and the script is still checked with the defaults', async () => {
    await vscode.openFile('broken-config/checked.callscript');
    await vscode.showProblemsOf('broken-config');
    // The broken file tries to switch taboo-phrase off: the defaults keep it on.
    await vscode.waitForMarkers('broken-config/checked.callscript', 'the taboo phrase', (m) => withCode(m, 'taboo-phrase').length === 1);
    await vscode.openFile('broken-config/callscript.json');
    const errors = await vscode.waitForMarkers(
      'broken-config/callscript.json',
      "callscript's error about the file",
      (m) => m.some((x) => x.source === 'callscript' && x.severity === 'error'),
    );
    assert.ok(errors.some((x) => x.source === 'callscript' && /Ln 5\b/.test(x.position)), JSON.stringify(errors));
    await vscode.screenshot(current);
  });

  scenario('outline', 'the Outline view shows the sections', async () => {
    await vscode.openFile('outline.callscript');
    await vscode.showProblemsOf('outline.callscript');
    await vscode.runCommand('Explorer: Focus on Outline View');
    // Fold the file tree away so the Outline gets the side bar's height, as a person would.
    await vscode.collapseSideBarSection(path.basename(vscode.folder));
    const labels = await until(
      'the sections in the Outline',
      () => vscode.page.locator('.outline-pane .monaco-list-row .label-name').allInnerTexts(),
      (names) => ['开场', '介绍优惠', '处理异议', '结束'].every((s) => names.includes(s)),
    );
    const sections = labels.filter((n) => ['开场', '介绍优惠', '处理异议', '结束'].includes(n));
    assert.deepEqual(sections, ['开场', '介绍优惠', '处理异议', '结束']);
    await vscode.screenshot(current);
  });
});
