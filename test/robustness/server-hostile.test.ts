import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { lineStartsOf, lint, RULES } from '../../server/src/engine';
import { codeActionsFor } from '../../server/src/lsp/code-actions';
import type { LintedDocument } from '../../server/src/lsp/linter';
import { FIX_ALL_KIND, LINT_FILES_REQUEST, type LintFilesResult } from '../../server/src/lsp/protocol';
import { removeDir } from '../cli/cli-harness';
import { expectedDiagnostics, LspSession, NOW, scratchFolder } from '../lsp/lsp-session';
import { cannotRunAs, isRoot, NOBODY, sharedTempDir } from './cli-runs';
import { aliasBomb, deeplyNested } from './hostile-yaml';
import { ServerProcess } from './server-process';

const CLI = path.resolve(__dirname, '../../../server/dist/cli.js');
const CLEAN = '坐席:您好!我是客服代表{工号},再见!\n';
/** 坐席:您好 in GB18030, as Windows Notepad saves it on a Chinese system. */
const GB18030 = Buffer.from([0xd7, 0xf8, 0xcf, 0xaf, 0x3a, 0xc4, 0xfa, 0xba, 0xc3, 0x0a]);

/** Every rule's should-flag agent lines, one after another on one line of so many megabytes. */
function megabyteLine(megabytes = 1): string {
  const unit = RULES.flatMap((r) => r.examples.flag.filter((e) => !e.includes('\n'))).join(',');
  return `坐席:${unit.repeat(Math.ceil((megabytes * 1_000_000) / Buffer.byteLength(unit)))}`;
}

/**
 * The language server on hostile input: files it is asked to lint from disk (the workspace lint of
 * the Problems panel) and documents the editor opens. A broken callscript.json in the editor is in
 * test/lsp/configuration.test.ts ("shows a broken callscript.json in that file … lints with the defaults").
 */
describe('the server on hostile input', () => {
  let session: LspSession;
  const scratch = scratchFolder();
  const file = (name: string) => path.join(scratch.dir, name);
  const uriOf = (name: string) => pathToFileURL(file(name)).href;
  before(async () => {
    session = await LspSession.start({ locale: 'en' });
  });
  after(async () => {
    await session.dispose();
    scratch.remove();
  });

  async function lintFiles(names: readonly string[]): Promise<Diagnostic[][]> {
    const result: LintFilesResult = await session.connection.sendRequest(LINT_FILES_REQUEST, { uris: names.map(uriOf) });
    return result.files.map((f) => f.diagnostics);
  }

  it('lints files from disk: each file it cannot lint gets one diagnostic saying why, the others their findings', async () => {
    writeFileSync(file('gb18030.callscript'), GB18030);
    writeFileSync(file('binary.callscript'), Buffer.from('坐席:您好\0\0\x7f', 'utf8'));
    writeFileSync(file('good.callscript'), CLEAN);
    mkdirSync(file('folder.callscript'));
    const [gb, binary, good, folder, missing] = await lintFiles(['gb18030.callscript', 'binary.callscript', 'good.callscript', 'folder.callscript', 'missing.callscript']);
    const only = (ds: Diagnostic[]) => {
      assert.equal(ds.length, 1);
      assert.deepEqual(ds[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
      return String(ds[0].message);
    };
    assert.equal(only(gb), 'not UTF-8 — looks like GB18030 (from line 1); convert it, e.g. iconv -f GB18030 -t UTF-8');
    assert.match(only(binary), /^not a text file: a NUL byte on line 1/);
    assert.deepEqual(good, expectedDiagnostics(CLEAN, {}, 'en'));
    assert.equal(only(folder), 'cannot read: not a regular file');
    assert.equal(only(missing), 'cannot read: ENOENT');
  });

  it('never waits on a FIFO named like a script', async function () {
    if (spawnSync('mkfifo', [file('pipe.callscript')]).status !== 0) {
      console.log('      (skipped: no mkfifo on this system)');
      this.skip();
    }
    const [pipe] = await lintFiles(['pipe.callscript']);
    assert.equal(pipe[0].message, 'cannot read: not a regular file');
  });

  it('lints an open 1 MB single line, and fixes all of it on request', async function () {
    this.timeout(60_000);
    const text = `${megabyteLine()}\n`;
    const uri = uriOf('line.callscript');
    // Every finding, past the default cap of callscript.maxProblems (test/robustness/server-caps.test.ts).
    session.settings = { maxProblems: 1_000_000 };
    session.open(uri, text);
    const diagnostics = await session.pull(uri);
    assert.ok(diagnostics.length > 10_000, `${diagnostics.length} diagnostics`);
    const end = { line: 1, character: 0 };
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end },
      context: { diagnostics: [], only: [FIX_ALL_KIND] },
    })) as CodeAction[];
    assert.equal(actions.length, 1);
    const fixed = session.edit(uri, actions[0].edit!.changes![uri]);
    assert.ok((await session.pull(uri)).length < diagnostics.length);
    assert.notEqual(fixed, text);
    session.close(uri);
    session.settings = {};
  });

  it('offers quick-fixes for every finding of a 2 MB single line that has no line break', () => {
    // Each finding's "disable" fix once searched the whole text for a line break: minutes, not a second.
    const text = megabyteLine(2);
    const options = { now: new Date(NOW), trusted: true };
    const linted: LintedDocument = { uri: 'file:///line.callscript', version: 1, text, lineStarts: lineStartsOf(text), result: lint(text, options), options, locale: 'en' };
    const actions = codeActionsFor(linted, { start: { line: 0, character: 0 }, end: { line: 0, character: text.length } }, ['quickfix']);
    assert.ok(actions.length > 10_000, `${actions.length} quick-fixes`);
    assert.ok(actions.some((a) => a.title === 'Disable taboo-phrase for this line'));
  });

  it('reads an alias bomb in the front matter without expanding it, and deep nesting as one finding', async () => {
    for (const [name, text] of [
      ['bomb', `---\n${aliasBomb()}title: *i\n---\n${CLEAN}`],
      ['deep', `---\ntitle: ${deeplyNested(10_000)}\n---\n${CLEAN}`],
    ]) {
      const uri = uriOf(`${name}.callscript`);
      session.open(uri, text);
      const got = await session.pull(uri);
      assert.deepEqual(got, expectedDiagnostics(text, {}, 'en'), name);
      assert.ok(got.some((d) => d.code === 'front-matter'), name);
    }
  });

  it('runs a user regex with catastrophic backtracking, (a+)+$, on 40,000 a\'s and answers', async () => {
    const folder = file('patterns');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'callscript.json'), JSON.stringify({ patterns: [{ id: 'evil', regex: '(a+)+$', message: 'm' }] }));
    const text = `坐席:${'a'.repeat(40_000)}!\n坐席:${'a'.repeat(40_000)}\n`;
    const uri = pathToFileURL(path.join(folder, 'evil.callscript')).href;
    session.open(uri, text);
    const evil = (await session.pull(uri)).filter((d) => d.code === 'evil');
    assert.deepEqual(evil.map((d) => d.range.start.line), [1]);
  });

  it('tells a file it may not read from the others, when running as a user who may not', async function () {
    const as = isRoot() ? NOBODY : {};
    const cannot = cannotRunAs(as);
    if (cannot) {
      console.log(`      (skipped: cannot run the server as another user, for whom a file can be unreadable: ${cannot})`);
      this.skip();
    }
    const shared = sharedTempDir();
    const server = await ServerProcess.start([CLI, '--stdio'], as);
    try {
      writeFileSync(path.join(shared, 'secret.callscript'), CLEAN);
      chmodSync(path.join(shared, 'secret.callscript'), 0o000);
      writeFileSync(path.join(shared, 'good.callscript'), '坐席:喂,讲话!\n');
      const uris = ['secret.callscript', 'good.callscript'].map((n) => pathToFileURL(path.join(shared, n)).href);
      const result: LintFilesResult = await server.connection.sendRequest(LINT_FILES_REQUEST, { uris });
      assert.deepEqual(result.files[0].diagnostics.map((d) => d.message), ['cannot read: EACCES']);
      assert.ok(result.files[1].diagnostics.length > 0);
    } finally {
      await server.dispose();
      removeDir(shared);
    }
  });
});
