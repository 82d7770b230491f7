import { strict as assert } from 'node:assert';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspSession, scratchFolder } from '../lsp/lsp-session';

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

  it('sends everything, and no note, when there are fewer', async () => {
    const u = uri('few.callscript');
    session.open(u, dense(3));
    assert.ok((await session.pull(u)).every((d) => !/maxProblems/.test(String(d.message))));
  });
});
