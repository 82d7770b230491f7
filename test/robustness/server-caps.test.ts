import { strict as assert } from 'node:assert';
import { once } from 'node:events';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { expectedDiagnostics, LspSession, scratchFolder } from '../lsp/lsp-session';

/** A finding on every line: 你 (polite-pronoun) on each of them. */
const dense = (lines: number) => '坐席:你好,你的订单到了。\n'.repeat(lines);

/** The server sends a bounded number of diagnostics per document, and says how many it left out. */
describe('server: problems per document are capped', function () {
  this.timeout(60_000);
  const scratch = scratchFolder();
  let session: LspSession;
  before(async () => {
    session = await LspSession.start();
  });
  after(async () => {
    await session.dispose();
    scratch.remove();
  });
  const uri = (name: string) => pathToFileURL(path.join(scratch.dir, name)).href;

  it('sends at most 1,000 by default, then one that says how many more the CLI would show', async () => {
    const u = uri('dense.callscript');
    session.open(u, dense(1500));
    const all = await session.pull(u);
    assert.equal(all.length, 1001);
    const last = all[1000];
    assert.equal(last.severity, 3);
    assert.match(String(last.message), /^另有 \d+ 个问题未显示\(callscript\.maxProblems 为 1000\)/);
    const more = Number(/另有 (\d+) 个/.exec(String(last.message))?.[1]);
    assert.ok(more >= 500, `${more} more`);
    assert.deepEqual(all[999].range, last.range, 'the note sits on the last problem shown');
  });

  it('follows callscript.maxProblems, and a value that is not a positive whole number is the default', async () => {
    for (const [setting, shown] of [[20, 20], [0, 1000], [-5, 1000], ['20', 1000], [2.5, 1000]] as const) {
      session.settings = { maxProblems: setting, locale: 'en' };
      const u = uri(`dense-${String(setting)}.callscript`);
      session.open(u, dense(1200));
      const all = await session.pull(u);
      assert.equal(all.length, shown + 1, `maxProblems ${JSON.stringify(setting)}`);
      assert.match(String(all[shown].message), new RegExp(`more problems not shown \\(callscript\\.maxProblems is ${shown}\\)`));
      session.close(u);
    }
    session.settings = {};
  });

  it('sends the first 1,000 of a long dense document before linting the rest, then has them pulled again with the count', async () => {
    // 420,000 characters: past the first 1,000 findings, more than a lint counts before it answers.
    const text = dense(30_000);
    const u = uri('long-dense.callscript');
    const refreshed = once(session, 'refresh');
    session.open(u, text);
    const first = await session.pull(u);
    assert.equal(first.length, 1001);
    assert.match(String(first[1000].message), /^另有至少 \d+ 个问题未显示\(callscript\.maxProblems 为 1000\),其余部分仍在检查/);
    await refreshed;
    const counted = await session.pull(u);
    assert.deepEqual(counted.slice(0, 1000), first.slice(0, 1000));
    assert.match(String(counted[1000].message), new RegExp(`^另有 ${expectedDiagnostics(text).length - 1000} 个问题未显示\\(callscript\\.maxProblems 为 1000\\);`));
    session.close(u);
  });

  it('sends everything, and no note, when there are fewer', async () => {
    const u = uri('few.callscript');
    session.open(u, dense(3));
    assert.ok((await session.pull(u)).every((d) => !/maxProblems/.test(String(d.message))));
  });
});

/** Pushed diagnostics of a long dense document: every message bounded, the last one counted and right for the newest version. */
describe('server: a long dense document, pushed', function () {
  this.timeout(120_000);
  const scratch = scratchFolder();
  let session: LspSession;
  before(async () => {
    session = await LspSession.start({ pull: false });
  });
  after(async () => {
    await session.dispose();
    scratch.remove();
  });
  const uri = (name: string) => pathToFileURL(path.join(scratch.dir, name)).href;

  /** Publishes for `u` until one whose note no longer says the rest is being checked. */
  async function untilCounted(u: string): Promise<Array<{ version?: number; diagnostics: Diagnostic[] }>> {
    const all = [];
    for (;;) {
      const p = await session.published(u);
      all.push(p);
      if (!/仍在检查/.test(String(p.diagnostics.at(-1)?.message))) return all;
    }
  }

  it('publishes the first 1,000 at once, then the same with how many more there are; no message is larger', async () => {
    const text = dense(30_000);
    const u = uri('pushed.callscript');
    const published = untilCounted(u);
    session.open(u, text);
    const all = await published;
    assert.ok(all.length >= 2, `${all.length} publishes`);
    assert.match(String(all[0].diagnostics[1000].message), /仍在检查/);
    for (const p of all) assert.ok(p.diagnostics.length === 1001 && JSON.stringify(p).length < 400_000, `${p.diagnostics.length} diagnostics, ${JSON.stringify(p).length} characters`);
    const last = all.at(-1)!;
    const expected = expectedDiagnostics(text);
    assert.deepEqual(last.diagnostics.slice(0, 1000), expected.slice(0, 1000));
    assert.match(String(last.diagnostics[1000].message), new RegExp(`^另有 ${expected.length - 1000} 个问题未显示`));
  });

  it('an edit while the rest is counted: the newest version is counted, and its count is right', async () => {
    const text = dense(30_000);
    const u = uri('edited.callscript');
    const interim = session.published(u);
    session.open(u, text);
    assert.match(String((await interim).diagnostics[1000].message), /仍在检查/);
    const published = untilCounted(u);
    // The first 600 lines say 您: the first 1,000 findings now lie further down.
    const edited = session.edit(u, [{ range: { start: { line: 0, character: 0 }, end: { line: 600, character: 0 } }, newText: '坐席:您好,您的订单到了。\n'.repeat(600) }]);
    const all = await published;
    const last = all.at(-1)!;
    assert.equal(last.version, 2);
    const expected = expectedDiagnostics(edited);
    assert.deepEqual(last.diagnostics.slice(0, 1000), expected.slice(0, 1000));
    assert.match(String(last.diagnostics[1000].message), new RegExp(`^另有 ${expected.length - 1000} 个问题未显示`));
  });
});
