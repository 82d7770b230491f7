import { strict as assert } from 'node:assert';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expectedDiagnostics, LspSession, scratchFolder } from '../lsp/lsp-session';

const EDITS = 3000;
/** A script long enough that a lint takes a while: 2,000 lines, a finding every few. */
const SCRIPT = Array.from({ length: 2000 }, (_, i) => (i % 4 === 0 ? `坐席:你好,第${i}行。\n` : `客户:好的,第${i}行。\n`)).join('');

/** The server's peak resident set so far (Linux), in MB. */
function peakRssMb(session: LspSession): number | undefined {
  const pid = (session as unknown as { child: ChildProcess }).child.pid;
  try {
    const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * 3,000 keystrokes typed faster than the server lints: only a version that holds for a moment is
 * linted and published, so the server keeps up instead of linting one version per burst of edits.
 */
describe('server: a burst of quick edits', function () {
  this.timeout(120_000);
  const scratch = scratchFolder();
  after(() => scratch.remove());

  it(`publishes the newest of ${EDITS} quick edits, and only a few of the versions before it`, async () => {
    const session = await LspSession.start({ pull: false });
    try {
      const uri = pathToFileURL(path.join(scratch.dir, 'typed.callscript')).href;
      const versions: number[] = [];
      session.on('publish', (p: { uri: string; version?: number }) => {
        if (p.uri === uri) versions.push(p.version ?? -1);
      });
      session.open(uri, SCRIPT);
      await session.published(uri);
      versions.length = 0;
      let text = SCRIPT;
      const started = Date.now();
      for (let i = 0; i < EDITS; i++) {
        // Typing at the end of a line near the top: 你 (a finding) and 好 in turn.
        const line = 4 * (i % 50);
        const character = text.split('\n', line + 1)[line].length;
        text = session.edit(uri, [{ range: { start: { line, character }, end: { line, character } }, newText: i % 2 === 0 ? '你' : '好' }]);
        // A keystroke every few hundred microseconds: the socket sees them in many small bursts.
        if (i % 10 === 9) await new Promise((resolve) => setImmediate(resolve));
      }
      const typed = Date.now() - started;
      const final = EDITS + 1;
      let last: { version?: number; diagnostics: unknown[] };
      do last = await session.published(uri);
      while (last.version !== final);
      const lag = Date.now() - started - typed;
      console.log(`      ${EDITS} edits typed in ${typed} ms; ${versions.length} publishes; the newest ${lag} ms after the last edit; peak RSS ${peakRssMb(session) ?? '?'} MB`);
      // The first 1,000 (callscript.maxProblems) and a note on how many more.
      const want = expectedDiagnostics(text);
      assert.ok(want.length > 1000);
      assert.equal(last.diagnostics.length, 1001);
      assert.deepEqual(last.diagnostics.slice(0, 1000), want.slice(0, 1000));
      assert.deepEqual(
        versions.filter((v, i) => i > 0 && v < versions[i - 1]),
        [],
        'no older version is published after a newer one',
      );
      // Before versions had to hold a moment: 2,301 publishes, the newest 81 s late, 438 MB at the peak.
      assert.ok(versions.length <= EDITS / 5, `${versions.length} publishes for ${EDITS} edits`);
    } finally {
      await session.dispose();
    }
  });
});
