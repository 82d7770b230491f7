import { strict as assert } from 'node:assert';
import { appendFileSync, closeSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeAtomically } from '../../server/src/host/fix-file';

const ORIGINAL = '坐席:你好\n';
const FIXED = '坐席:您好\n';

/**
 * Another process writes in the moments `--fix` replaces a file: just before the rename, after the
 * original was compared, and just after it. Each time the other write is kept and the fix is not
 * written (`changed-on-disk`, which the CLI reports with exit 2).
 */
describe('writeAtomically: a write in the replace window is never lost', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'callscript-fix-window-'));
    file = path.join(dir, 'a.callscript');
    writeFileSync(file, ORIGINAL);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const replace = (windows: Parameters<typeof writeAtomically>[4]) => writeAtomically(file, Buffer.from(ORIGINAL), Buffer.from(FIXED), undefined, windows);
  const leftovers = () => readdirSync(dir).filter((f) => f !== 'a.callscript');

  it('an append just before the rename: refused before replacing, the file (same inode) keeps the append', async () => {
    const inode = statSync(file).ino;
    const result = await replace({ beforeRename: () => appendFileSync(file, '// 另一个进程\n') });
    assert.equal(result, 'changed-on-disk');
    assert.equal(readFileSync(file, 'utf8'), `${ORIGINAL}// 另一个进程\n`);
    assert.equal(statSync(file).ino, inode, 'not replaced: a program holding the file open still writes to the file on disk');
    assert.deepEqual(leftovers(), []);
  });

  it('a write of the same length just before the rename, within one tick of the clock: the bytes tell', async () => {
    // Whole seconds, which utimes sets exactly: the clock of a file system that stamps coarsely.
    utimesSync(file, 1_800_000_000, 1_800_000_000);
    const result = await replace({
      beforeRename: () => {
        const fd = openSync(file, 'r+');
        writeSync(fd, Buffer.from('坐席:您好\n'), 0);
        closeSync(fd);
        // A coarse file-system clock: the write leaves mtime as it was.
        utimesSync(file, 1_800_000_000, 1_800_000_000);
      },
    });
    assert.equal(result, 'changed-on-disk');
    assert.equal(readFileSync(file, 'utf8'), '坐席:您好\n');
    assert.deepEqual(leftovers(), []);
  });

  it('another program renames its own save into place just before the rename: its save is kept', async () => {
    const result = await replace({
      beforeRename: () => {
        writeFileSync(path.join(dir, 'editor-save'), '坐席:编辑器保存的\n');
        renameSync(path.join(dir, 'editor-save'), file);
      },
    });
    assert.equal(result, 'changed-on-disk');
    assert.equal(readFileSync(file, 'utf8'), '坐席:编辑器保存的\n');
    assert.deepEqual(leftovers(), []);
  });

  it('a writer that opened the file before the rename and writes just after it: the original with its write goes back', async () => {
    let fd = -1;
    const result = await replace({
      beforeRename: () => {
        fd = openSync(file, 'a');
      },
      afterRename: () => {
        writeSync(fd, '// 迟到的写入\n');
        closeSync(fd);
      },
    });
    assert.equal(result, 'changed-on-disk');
    assert.equal(readFileSync(file, 'utf8'), `${ORIGINAL}// 迟到的写入\n`);
    assert.deepEqual(leftovers(), []);
  });

  it('with no other writer, the fix is written and nothing is left behind', async () => {
    assert.equal(await replace({}), 'written');
    assert.equal(readFileSync(file, 'utf8'), FIXED);
    assert.deepEqual(leftovers(), []);
  });
});
