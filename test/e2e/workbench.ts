import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { RESULTS_DIR, screenshotPath } from './paths';
import { until } from './until';

export interface Marker {
  severity: 'error' | 'warning' | 'info' | 'hint' | 'unknown';
  message: string;
  /** The rule id VS Code shows after the source, e.g. `taboo-phrase`. */
  code: string;
  source: string;
  /** As the panel prints it: `[Ln 15, Col 4]`. */
  position: string;
}

export interface ProblemFile {
  /** Absolute path of the file, as the Problems panel knows it. */
  path: string;
  markers: Marker[];
}

// Browser-side scripts are strings: the test code is compiled without the DOM library.
const READ_PROBLEMS = `(() => {
  const rows = [...document.querySelectorAll('.markers-panel .monaco-list-row')]
    .sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index));
  const files = [];
  for (const row of rows) {
    if (row.getAttribute('aria-level') === '1') {
      const label = row.querySelector('.monaco-icon-label');
      files.push({ path: label ? label.getAttribute('aria-label') : row.innerText, markers: [] });
      continue;
    }
    const file = files[files.length - 1];
    if (!file) continue;
    const icon = row.querySelector('.marker-icon');
    const severity = ['error', 'warning', 'info', 'hint'].find((s) => icon && icon.classList.contains(s)) || 'unknown';
    const text = (selector) => { const e = row.querySelector(selector); return e ? e.textContent.trim() : ''; };
    file.markers.push({
      severity,
      message: text('.marker-message'),
      code: text('.marker-code'),
      source: text('.marker-source'),
      position: text('.marker-line'),
    });
  }
  return files;
})()`;

const READ_EDITOR_LINES = `(() => {
  const lines = [...document.querySelectorAll('.part.editor .editor-group-container.active .monaco-editor .view-lines .view-line')];
  return lines
    .map((l) => ({ top: parseFloat(l.style.top) || 0, text: l.textContent.replace(/\\u00a0/g, ' ') }))
    .sort((a, b) => a.top - b.top)
    .map((l) => l.text)
    .join('\\n');
})()`;

const ACTIVE_EDITOR = '.part.editor .editor-group-container.active .monaco-editor';

/** VS Code's workbench in Chromium, driven the way a person uses it: keyboard, mouse, panels. */
export class Workbench {
  private constructor(
    readonly page: Page,
    /** The folder VS Code has open (a scratch copy of the fixture workspace). */
    readonly folder: string,
  ) {}

  static async open(browser: Browser, url: string, folder: string): Promise<Workbench> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    return new Workbench(page, folder);
  }

  /** Quick Open (Ctrl+P), type the path, Enter: works for files in sub-folders too. */
  async openFile(relativePath: string): Promise<void> {
    const name = path.basename(relativePath);
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(relativePath);
    await this.page
      .locator('.quick-input-list .monaco-list-row', { hasText: name })
      .first()
      .waitFor({ timeout: 30_000 });
    await this.page.keyboard.press('Enter');
    await this.page
      .locator('.part.editor .tab.active', { hasText: name })
      .waitFor({ timeout: 30_000 });
    await this.page.locator(`${ACTIVE_EDITOR} .view-lines`).waitFor();
    await until(`the editor of ${relativePath} to have focus`, () => this.page.locator(`${ACTIVE_EDITOR}.focused`).count(), (n) => n > 0);
  }

  /** F1, type the command's title, run the entry whose label is exactly that title. */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    await this.page
      .locator('.quick-input-list .monaco-list-row .label-name', { hasText: title })
      .first()
      .waitFor({ timeout: 30_000 });
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  async closeAllEditors(): Promise<void> {
    await this.runCommand('View: Close All Editors');
    await until('every editor to close', () => this.page.locator('.part.editor .tab').count(), (n) => n === 0);
  }

  /** Ctrl+G `line:column` (1-based, as the status bar shows them). */
  async goTo(line: number, column: number): Promise<void> {
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await until(
      `the cursor at Ln ${line}, Col ${column}`,
      () => this.statusBarText(),
      (text) => text.includes(`Ln ${line}, Col ${column}`),
    );
  }

  /** Clicks an expanded section header of the side bar (e.g. the folder's) to fold it. */
  async collapseSideBarSection(title: string): Promise<void> {
    const header = this.page.locator('.part.sidebar .pane-header[aria-expanded="true"]', { hasText: new RegExp(`^${title}`, 'i') });
    if ((await header.count()) === 0) return;
    await header.first().click({ position: { x: 40, y: 10 } });
    await header.first().waitFor({ state: 'detached' });
  }

  async showProblems(): Promise<void> {
    if (!(await this.page.locator('.markers-panel').isVisible())) {
      await this.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
    }
    await this.page.locator('.markers-panel').waitFor();
  }

  /**
   * The Problems panel, filtered to one file or folder of the workspace (its glob filter), so the
   * other scenarios' files do not push it out of view.
   */
  async showProblemsOf(relativePath: string): Promise<void> {
    await this.showProblems();
    const filter = this.page.locator('.viewpane-filter input');
    await filter.fill(`**/${relativePath}${relativePath.endsWith('.callscript') || relativePath.endsWith('.json') ? '' : '/**'}`);
    await this.focusEditor();
  }

  async focusEditor(): Promise<void> {
    await this.runCommand('View: Focus Active Editor Group');
    await until('the editor to have focus', () => this.page.locator(`${ACTIVE_EDITOR}.focused`).count(), (n) => n > 0);
  }

  async problems(): Promise<ProblemFile[]> {
    return (await this.page.evaluate(READ_PROBLEMS)) as ProblemFile[];
  }

  /** The markers the Problems panel lists under one file of the workspace. */
  async markersOf(relativePath: string): Promise<Marker[]> {
    const wanted = path.join(this.folder, relativePath);
    return (await this.problems()).find((f) => f.path === wanted)?.markers ?? [];
  }

  async waitForMarkers(
    relativePath: string,
    description: string,
    holds: (markers: Marker[]) => boolean,
    timeoutMs = 60_000,
  ): Promise<Marker[]> {
    return until(`${relativePath}: ${description}`, () => this.markersOf(relativePath), holds, timeoutMs);
  }

  /** The text of the lines the active editor renders (the fixtures are short enough to fit). */
  async editorText(): Promise<string> {
    return (await this.page.evaluate(READ_EDITOR_LINES)) as string;
  }

  async waitForEditorText(description: string, holds: (text: string) => boolean, timeoutMs = 30_000): Promise<string> {
    return until(`the editor text ${description}`, () => this.editorText(), holds, timeoutMs);
  }

  /** Wavy underlines the editor draws, by severity class. */
  squiggles(severity: 'error' | 'warning' | 'info' | 'hint' = 'error'): Locator {
    return this.page.locator(`${ACTIVE_EDITOR} .view-overlays .squiggly-${severity}`);
  }

  async statusBarText(): Promise<string> {
    return this.page.locator('.part.statusbar').innerText();
  }

  /** Rests the mouse on the middle of an element (e.g. a squiggle, drawn under the text). */
  async hoverOver(target: Locator): Promise<void> {
    await target.waitFor();
    const box = await target.boundingBox();
    if (!box) throw new Error('the element to hover over is not on screen');
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** The editor's hover widget (markers and hover providers share it). */
  hover(): Locator {
    return this.page.locator('.monaco-hover:visible').first();
  }

  /** The light bulb the editor shows where the cursor has code actions. */
  lightBulb(): Locator {
    return this.page.locator(`${ACTIVE_EDITOR} .lightBulbWidget:visible`);
  }

  /** The code-action widget that Ctrl+. or the light bulb opens. */
  codeActions(): Locator {
    return this.page.locator('.action-widget .monaco-list-row');
  }

  /**
   * Picks an entry of the open code-action menu with the keyboard (the menu blocks the mouse
   * until it moves): down to the entry, then Enter.
   */
  async applyCodeAction(entry: Locator): Promise<void> {
    await entry.waitFor();
    const rows = await this.codeActions().count();
    for (let step = 0; step <= rows; step++) {
      if ((await entry.getAttribute('class'))?.split(' ').includes('focused')) {
        await this.page.keyboard.press('Enter');
        await entry.waitFor({ state: 'detached' });
        return;
      }
      await this.page.keyboard.press('ArrowDown');
    }
    throw new Error('the code action never got the focus in its menu');
  }

  /** The editor's suggest widget rows. */
  suggestions(): Locator {
    return this.page.locator(`${ACTIVE_EDITOR} .suggest-widget .monaco-list-row`);
  }

  async screenshot(scenario: string): Promise<string> {
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    const file = screenshotPath(scenario);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** What a person would have seen, for a failure report. */
  async describe(): Promise<string> {
    const section = async (title: string, selector: string): Promise<string> => {
      const parts = await this.page.locator(selector).allInnerTexts().catch(() => []);
      const text = parts.join('\n').trim();
      return text ? `--- ${title} ---\n${text}` : '';
    };
    const sections = [
      await section('Problems panel', '.markers-panel'),
      `--- editor ---\n${await this.editorText().catch(() => '')}`,
      await section('hover', '.monaco-hover:visible'),
      await section('code actions', '.action-widget:visible'),
      await section('suggestions', '.suggest-widget:visible'),
      await section('outline', '.outline-pane'),
      await section('notifications', '.notifications-toasts'),
      await section('status bar', '.part.statusbar'),
    ];
    return sections.filter(Boolean).join('\n');
  }
}
