import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { chmodSync, chownSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lintFile, type FileJob } from '../../server/src/cli/lint-file';
import { RULES } from '../../server/src/engine';
import { removeDir, tempDir, writeOnlyRulesConfig } from '../cli/cli-harness';
import { cannotRunAs, check, isRoot, NOBODY, problemLines, sharedTempDir } from './cli-runs';

/** 你 → 您: a preferred fix, so --fix writes. */
const FIXABLE = '坐席:你好。\n';
const FIXED = '坐席:您好。\n';
/** Only the rule that fixes 你, so that the fixed text is known. */
const ONLY_POLITE_PRONOUN = { 'polite-pronoun': 'warning' };

/** `--fix` writes what it promises and nothing it should not (docs/security.md, "Fixes never lose text"). */
describe('--fix: what it must not overwrite', () => {
  let dir: string;
  beforeEach(() => {
    dir = sharedTempDir();
    writeOnlyRulesConfig(dir, ONLY_POLITE_PRONOUN);
  });
  afterEach(() => removeDir(dir));

  it('skips a read-only file (mode 444 in a writable folder) and says so, as root too', () => {
    const file = path.join(dir, 'a.callscript');
    writeFileSync(file, FIXABLE);
    chmodSync(file, 0o444);
    const inode = statSync(file).ino;
    const run = check(['--fix', 'a.callscript'], dir);
    assert.equal(run.code, 2);
    assert.deepEqual(problemLines(run), ['callscript: a.callscript: read-only; the fixes were not written']);
    assert.equal(readFileSync(file, 'utf8'), FIXABLE);
    assert.equal(statSync(file).ino, inode);
  });

  it('skips a file this user may not write, though the folder is writable', function () {
    if (!isRoot() || cannotRunAs(NOBODY)) this.skip();
    const file = path.join(dir, 'a.callscript');
    writeFileSync(file, FIXABLE);
    chmodSync(file, 0o644);
    chmodSync(dir, 0o777);
    const run = check(['--fix', 'a.callscript'], dir, NOBODY);
    assert.deepEqual(problemLines(run), ['callscript: a.callscript: read-only; the fixes were not written']);
    assert.equal(readFileSync(file, 'utf8'), FIXABLE);
  });

  it('fixes a file whose name is 251 bytes long, the longest a temporary name beside it could not be', () => {
    const name = `${'话'.repeat(80)}.callscript`;
    assert.equal(Buffer.byteLength(name), 251);
    writeFileSync(path.join(dir, name), FIXABLE);
    const run = check(['--fix', '.'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(readFileSync(path.join(dir, name), 'utf8'), FIXED);
    assert.deepEqual(readdirSync(dir).sort(), [name, 'callscript.json'].sort());
  });

  it('keeps setuid and setgid bits, and the owner, when root fixes a file it does not own', function () {
    if (!isRoot()) this.skip();
    const file = path.join(dir, 'a.callscript');
    writeFileSync(file, FIXABLE);
    chownSync(file, 65534, 65534);
    chmodSync(file, 0o6755);
    assert.equal(check(['--fix', 'a.callscript'], dir).code, 0);
    const after = statSync(file);
    assert.equal(readFileSync(file, 'utf8'), FIXED);
    assert.equal(after.mode & 0o7777, 0o6755);
    assert.deepEqual([after.uid, after.gid], [65534, 65534]);
  });

  it('does not follow a symlink out of the folder being checked, and does not break a hard link', () => {
    const outside = tempDir();
    try {
      const target = path.join(outside, 'elsewhere.callscript');
      writeFileSync(target, FIXABLE);
      const project = path.join(dir, 'project');
      mkdirSync(project);
      writeOnlyRulesConfig(outside, ONLY_POLITE_PRONOUN);
      symlinkSync(target, path.join(project, 'out.callscript'));
      writeFileSync(path.join(project, 'in.callscript'), FIXABLE);
      symlinkSync('in.callscript', path.join(project, 'link.callscript'));
      writeFileSync(path.join(project, 'hard.callscript'), FIXABLE);
      linkSync(path.join(project, 'hard.callscript'), path.join(outside, 'hard-twin.callscript'));
      const run = check(['--fix', '.'], project);
      assert.deepEqual(problemLines(run), [
        'callscript: hard.callscript: the file has other hard links, which would keep the old text; the fixes were not written',
        'callscript: out.callscript: a symlink to a file outside the folder being checked; the fixes were not written (run callscript where the target is)',
      ]);
      assert.equal(readFileSync(target, 'utf8'), FIXABLE);
      assert.equal(readFileSync(path.join(outside, 'hard-twin.callscript'), 'utf8'), FIXABLE);
      assert.equal(readFileSync(path.join(project, 'in.callscript'), 'utf8'), FIXED, 'a link inside the folder is followed');
    } finally {
      removeDir(outside);
    }
  });

  it('loses no write of another process that appends while --fix replaces the file', async function () {
    this.timeout(120_000);
    const file = path.join(dir, 'busy.callscript');
    writeFileSync(file, FIXABLE);
    const APPENDS = 3000;
    // Comments, which no fix touches; each append opens, writes and closes, as a logger would.
    const appender = spawn(process.execPath, ['-e', `
      const fs = require('fs');
      for (let i = 0; i < ${APPENDS}; i++) {
        fs.appendFileSync(${JSON.stringify(file)}, '// line ' + i + '\\n');
        const until = Date.now() + (i % 3); while (Date.now() < until);
      }`]);
    const done = new Promise((resolve) => appender.on('exit', resolve));
    let running = true;
    void done.then(() => (running = false));
    const config = { rules: Object.fromEntries(RULES.map((r) => [r.id, r.id === 'polite-pronoun' ? 'warning' : 'off'] as const)) };
    const job: FileJob = { file: { display: file, absolute: file }, config, now: undefined, fix: 'write', cwd: dir };
    let rounds = 0;
    while (running) {
      // Our own append gives each round something to fix; it goes through the same path as the other writer's.
      writeFileSync(file, FIXABLE, { flag: 'a' });
      await lintFile(job);
      rounds++;
    }
    await done;
    const lines = readFileSync(file, 'utf8').split('\n');
    const missing = Array.from({ length: APPENDS }, (_, i) => `// line ${i}`).filter((l) => !lines.includes(l));
    // Before, about 1 in 200 was lost (16 of 3,000 here). A writer stalled between its open and its write
    // for longer than the re-check waits can still write to the replaced file: rare, and said in docs/security.md.
    assert.ok(missing.length <= 1, `${missing.length} of ${APPENDS} appends lost over ${rounds} fixes: ${missing.join(', ')}`);
    assert.ok(rounds > 50, `only ${rounds} fixes ran alongside the appends`);
    assert.deepEqual(readdirSync(dir).filter((f) => f.startsWith('.')), [], 'no temporary file left behind');
  });
});
