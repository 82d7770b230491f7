import { strict as assert } from 'node:assert';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { fixText } from '../../server/src/host/fix-file';
import { lintFile, type FileJob } from '../../server/src/cli/lint-file';
import { fuzzParameters, fuzzing } from './fuzz-budget';
import { script } from './script-arbitraries';
import { untouchable } from './text-checks';

const NOW = new Date('2027-02-06T10:00:00+08:00');

/**
 * `callscript check --fix` as it writes a file (the CLI's own lintFile, in this process): what
 * lands on disk is the fixed text, with the file's BOM and mode, and nothing else changed.
 * The CLI's own tests (test/cli/fix.test.ts) cover fixed files, symlinks, --fix-dry-run and a
 * file that changes on disk meanwhile.
 */
describe('--fix writes exactly the fixed text, keeping what the file was', function () {
  if (fuzzing()) this.timeout(0);
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'callscript-fix-write-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('on random scripts: the file keeps its BOM and mode and holds exactly the fixed text; a second --fix writes nothing', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(script(), fc.constantFrom(0o600, 0o640, 0o644, 0o755), async ({ text }, mode) => {
        const file = path.join(dir, `script-${n++}.callscript`);
        // A BOM is not part of the text the editor (and fixText) sees, whether drawn as one or typed in as one.
        const bom = text.startsWith('\ufeff');
        const body = bom ? text.slice(1) : text;
        writeFileSync(file, text, 'utf8');
        chmodSync(file, mode);
        const job: FileJob = { file: { display: file, absolute: file }, config: {}, now: NOW, fix: 'write', cwd: dir };

        const outcome = await lintFile(job);
        assert.equal(outcome.kind, 'linted');
        const written = readFileSync(file);
        const expected = fixText(body, { now: NOW, trusted: true }).text;
        assert.ok(written.equals(Buffer.from((bom ? '\ufeff' : '') + expected, 'utf8')), 'the file holds its BOM and the fixed text, byte for byte');
        assert.equal(statSync(file).mode & 0o777, mode);
        assert.deepEqual(untouchable(expected), untouchable(body));

        const inode = statSync(file).ino;
        await lintFile(job);
        assert.equal(statSync(file).ino, inode, 'nothing left to fix: the file is not replaced');
        assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left behind');
      }),
      fuzzParameters(60),
    );
  });
});
