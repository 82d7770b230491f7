import { strict as assert } from 'node:assert';
import { once } from 'node:events';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FileChangeType } from 'vscode-languageserver-protocol/node';
import { TRUST_GRANTED_NOTIFICATION } from '../../server/src/lsp/protocol';
import { expectedDiagnostics, LspSession, scratchFolder } from './lsp-session';

const TEXT = '坐席:喂,讲话!你好。\n';
const PATTERNS = { patterns: [{ id: 'no-promise', regex: '保证.{0,4}(解决|退款)', severity: 'warning', message: '不要当场承诺' }] };
const PROMISE = '坐席:我保证马上解决。\n';

describe('LSP configuration', () => {
  const scratch = scratchFolder();
  let session: LspSession;
  before(async () => {
    session = await LspSession.start();
  });
  after(async () => {
    await session.dispose();
    scratch.remove();
  });

  function folder(name: string, config?: string): { configUri: string; scriptUri: string; configFile: string } {
    const dir = path.join(scratch.dir, name);
    const configFile = path.join(dir, 'callscript.json');
    mkdirSync(dir, { recursive: true });
    if (config !== undefined) writeFileSync(configFile, config);
    return { configFile, configUri: pathToFileURL(configFile).href, scriptUri: pathToFileURL(path.join(dir, 'script.callscript')).href };
  }

  it('re-lints when a callscript.json appears (client file watcher → refresh → pull)', async () => {
    const f = folder('watched');
    session.open(f.scriptUri, TEXT);
    assert.ok((await session.pull(f.scriptUri)).some((d) => d.code === 'taboo-phrase'));
    const config = { rules: { 'taboo-phrase': 'off' as const } };
    writeFileSync(f.configFile, JSON.stringify(config));
    const refreshed = once(session, 'refresh');
    void session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: f.configUri, type: FileChangeType.Created }] });
    await refreshed;
    const after = await session.pull(f.scriptUri);
    assert.ok(!after.some((d) => d.code === 'taboo-phrase'));
    assert.deepEqual(after, expectedDiagnostics(TEXT, { config }));
  });

  it('applies callscript.* settings under the project\'s callscript.json, and re-lints when they change', async () => {
    const f = folder('settings', JSON.stringify({ rules: { 'taboo-phrase': 'warning' } }));
    session.open(f.scriptUri, TEXT);
    const before = await session.pull(f.scriptUri);
    assert.ok(before.some((d) => d.code === 'polite-pronoun'));
    session.settings = { rules: { 'polite-pronoun': 'off', 'taboo-phrase': 'off' } };
    const refreshed = once(session, 'refresh');
    void session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await refreshed;
    const after = await session.pull(f.scriptUri);
    assert.ok(!after.some((d) => d.code === 'polite-pronoun'), 'the setting applies');
    assert.ok(after.some((d) => d.code === 'taboo-phrase' && d.severity === 2), 'the project file wins');

    session.settings = { enable: false };
    const again = once(session, 'refresh');
    void session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await again;
    assert.deepEqual(await session.pull(f.scriptUri), []);
    session.settings = {};
    void session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  });

  it('shows a broken callscript.json in that file, says so once, and lints with the defaults', async () => {
    const f = folder('broken', '{\n  "rules": {\n    "taboo-phrase": "of"\n  }\n}\n');
    const told = once(session, 'showMessage');
    session.open(f.scriptUri, TEXT);
    assert.deepEqual(await session.pull(f.scriptUri), expectedDiagnostics(TEXT));
    const [message] = (await told) as [{ message: string }];
    assert.match(message.message, /callscript\.json/);

    session.open(f.configUri, readFileSync(f.configFile, 'utf8'), 'json');
    const problems = await session.pull(f.configUri);
    assert.ok(problems.length > 0);
    assert.equal(problems[0].source, 'callscript');
    assert.equal(problems[0].range.start.line, 2);
    assert.match(String(problems[0].message), /默认配置/);
  });

  it('runs user regex patterns only in a trusted workspace, and once trust is granted', async () => {
    const f = folder('patterns', JSON.stringify(PATTERNS));
    session.open(f.scriptUri, PROMISE);
    const trusted = await session.pull(f.scriptUri);
    assert.ok(trusted.some((d) => d.code === 'no-promise'), JSON.stringify(trusted));

    const untrusted = await LspSession.start({ initializationOptions: { trusted: false } });
    try {
      untrusted.open(f.scriptUri, PROMISE);
      assert.ok(!(await untrusted.pull(f.scriptUri)).some((d) => d.code === 'no-promise'));
      const refreshed = once(untrusted, 'refresh');
      void untrusted.connection.sendNotification(TRUST_GRANTED_NOTIFICATION);
      await refreshed;
      assert.deepEqual(await untrusted.pull(f.scriptUri), trusted);
    } finally {
      await untrusted.dispose();
    }
  });
});
