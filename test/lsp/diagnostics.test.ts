import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentDiagnosticRequest, LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol/node';
import { RULES } from '../../server/src/engine';
import { asDocument } from '../helpers';
import { LINT_FILES_REQUEST, type LintFilesResult } from '../../server/src/lsp/protocol';
import { expectedDiagnostics, LspSession, NOW, scratchFolder } from './lsp-session';

const ROOT = path.resolve(__dirname, '../../..');
const EXAMPLE = path.join(ROOT, 'examples/broadband-renewal.callscript');
const SEVERITY_NAMES = ['', 'error', 'warning', 'info', 'hint'];

interface CliReport {
  file: string;
  diagnostics: Array<{ rule: string; severity: string; message: string; range: unknown }>;
}

describe('LSP diagnostics', () => {
  let session: LspSession;
  const scratch = scratchFolder();
  before(async () => {
    session = await LspSession.start();
  });
  after(async () => {
    await session.dispose();
    scratch.remove();
  });

  it('advertises pull diagnostics to a client that can pull', () => {
    assert.ok(session.initialized.capabilities.diagnosticProvider);
  });

  it('gives for an example script exactly what the engine finds, with code, source and doc link', async () => {
    const text = readFileSync(EXAMPLE, 'utf8');
    const uri = pathToFileURL(path.join(scratch.dir, 'example.callscript')).href;
    session.open(uri, text);
    const got = await session.pull(uri);
    assert.ok(got.length > 0, 'the example has findings');
    assert.deepEqual(got, expectedDiagnostics(text));
  });

  it('gives for every example exactly what `callscript check --format json` gives', async () => {
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'server/dist/cli.js'), 'check', 'examples', '--format', 'json', '--now', NOW], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.ok(cli.status === 0 || cli.status === 1, cli.stderr);
    // The editor serves .callscript files, and Markdown and plain text when opted in; not Word, Excel or CSV files.
    const LANGUAGES: Record<string, string> = { '.callscript': 'callscript', '.md': 'markdown', '.txt': 'plaintext' };
    const reports = (JSON.parse(cli.stdout) as CliReport[]).filter((r) => path.extname(r.file) in LANGUAGES);
    assert.ok(reports.length >= 2);
    for (const report of reports) {
      const uri = pathToFileURL(path.join(ROOT, report.file)).href;
      session.open(uri, readFileSync(path.join(ROOT, report.file), 'utf8'), LANGUAGES[path.extname(report.file)]);
      const got = await session.pull(uri);
      assert.deepEqual(
        got.map((d) => ({ rule: d.code, severity: SEVERITY_NAMES[d.severity ?? 0], message: d.message, range: d.range })),
        report.diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, message: d.message, range: d.range })),
        report.file,
      );
      session.close(uri);
    }
  });

  it('lints files that are not open (for the Problems panel), and open ones as they are edited', async () => {
    const closed = path.join(scratch.dir, 'closed.callscript');
    const gbk = path.join(scratch.dir, 'gbk.callscript');
    const text = readFileSync(EXAMPLE, 'utf8');
    writeFileSync(closed, `\ufeff${text}`);
    writeFileSync(gbk, Buffer.from([0xd7, 0xf8, 0xcf, 0xaf, 0x3a, 0xc4, 0xfa, 0xba, 0xc3, 0x0a]));
    const open = pathToFileURL(path.join(scratch.dir, 'open.callscript')).href;
    session.open(open, '坐席:喂!\n');
    const uris = [pathToFileURL(closed).href, open, pathToFileURL(gbk).href];
    const result: LintFilesResult = await session.connection.sendRequest(LINT_FILES_REQUEST, { uris });
    assert.deepEqual(
      result.files.map((f) => f.uri),
      uris,
    );
    assert.deepEqual(result.files[0].diagnostics, expectedDiagnostics(text));
    assert.deepEqual(result.files[1].diagnostics, expectedDiagnostics('坐席:喂!\n'));
    assert.equal(result.files[2].diagnostics.length, 1);
    assert.match(String(result.files[2].diagnostics[0].message), /UTF-8/);
  });

  describe('for every rule', () => {
    for (const rule of RULES) {
      it(`${rule.id}: each should-flag example`, async () => {
        const dir = path.join(scratch.dir, rule.id);
        mkdirSync(dir, { recursive: true });
        if (rule.examples.config) writeFileSync(path.join(dir, 'callscript.json'), JSON.stringify(rule.examples.config));
        for (const [i, example] of rule.examples.flag.entries()) {
          const text = asDocument(example);
          const uri = pathToFileURL(path.join(dir, `flag-${i}.callscript`)).href;
          session.open(uri, text);
          const got = await session.pull(uri);
          assert.ok(got.some((d) => d.code === rule.id || !RULES.some((r) => r.id === d.code)), `${rule.id} flags ${example}`);
          assert.deepEqual(got, expectedDiagnostics(text, { config: rule.examples.config }), example);
        }
      });
    }
  });

  it('cancels a pull whose document changed meanwhile, and the next pull sees the new text', async () => {
    const uri = pathToFileURL(path.join(scratch.dir, 'stale.callscript')).href;
    const before = '坐席:喂,讲话!\n';
    session.open(uri, before);
    // The server reads the document's settings first; the document changes before they arrive.
    session.beforeConfiguration = (scopeUri) => {
      if (scopeUri !== uri) return;
      session.beforeConfiguration = undefined;
      session.edit(uri, [{ range: { start: { line: 0, character: 3 }, end: { line: 0, character: 4 } }, newText: '您好' }]);
    };
    const stale = await session.pull(uri).then(
      () => assert.fail('a stale pull must not be answered'),
      (err: unknown) => err,
    );
    assert.ok(stale instanceof ResponseError);
    assert.equal(stale.code, LSPErrorCodes.ServerCancelled);
    assert.deepEqual(stale.data, { retriggerRequest: true });
    const now = session.documents.get(uri)!.getText();
    assert.notEqual(now, before);
    assert.deepEqual(await session.pull(uri), expectedDiagnostics(now));
  });

  it('tells a client that names its last result when an edit changed no diagnostic, and sends them all when one did', async () => {
    const uri = pathToFileURL(path.join(scratch.dir, 'unchanged.callscript')).href;
    const pull = (previousResultId?: string) =>
      session.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) });
    session.open(uri, '坐席:喂,讲话!\n客户:你好\n坐席:再见!\n');
    const first = await pull();
    assert.equal(first.kind, 'full');
    assert.ok(first.kind === 'full' && first.resultId && first.items.length > 0);
    // Customer lines are not checked: typing in one changes no diagnostic.
    session.edit(uri, [{ range: { start: { line: 1, character: 5 }, end: { line: 1, character: 5 } }, newText: '啊' }]);
    assert.deepEqual(await pull(first.resultId), { kind: 'unchanged', resultId: first.resultId });
    assert.equal((await pull('another')).kind, 'full', 'a result the server did not send last is answered in full');
    const fixed = session.edit(uri, [{ range: { start: { line: 0, character: 3 }, end: { line: 0, character: 7 } }, newText: '您好,请讲' }]);
    const second = await pull(first.resultId);
    assert.equal(second.kind, 'full');
    assert.deepEqual(second.kind === 'full' && second.items, expectedDiagnostics(fixed));
  });

  it('speaks English to an English client', async () => {
    const english = await LspSession.start({ locale: 'en-US' });
    try {
      const uri = pathToFileURL(path.join(scratch.dir, 'english.callscript')).href;
      const text = '坐席:喂,讲话!\n';
      english.open(uri, text);
      const got = await english.pull(uri);
      assert.ok(got.length > 0);
      assert.deepEqual(got, expectedDiagnostics(text, {}, 'en'));
    } finally {
      await english.dispose();
    }
  });
});

describe('LSP diagnostics pushed to a client that cannot pull', () => {
  let session: LspSession;
  const scratch = scratchFolder();
  before(async () => {
    session = await LspSession.start({ pull: false });
  });
  after(async () => {
    await session.dispose();
    scratch.remove();
  });

  it('publishes each version of an open document, and clears them on close', async () => {
    assert.equal(session.initialized.capabilities.diagnosticProvider, undefined);
    const uri = pathToFileURL(path.join(scratch.dir, 'pushed.callscript')).href;
    const text = readFileSync(EXAMPLE, 'utf8');
    const first = session.published(uri);
    session.open(uri, text);
    assert.deepEqual(await first, { uri, version: 1, diagnostics: expectedDiagnostics(text) });

    const second = session.published(uri);
    const changed = session.edit(uri, [{ range: { start: { line: 14, character: 3 }, end: { line: 14, character: 8 } }, newText: '您好,请讲!' }]);
    const p = await second;
    assert.equal(p.version, 2);
    assert.deepEqual(p.diagnostics, expectedDiagnostics(changed));

    const cleared = session.published(uri);
    session.close(uri);
    assert.deepEqual((await cleared).diagnostics, []);
  });
});
