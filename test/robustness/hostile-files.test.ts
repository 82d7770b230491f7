import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../server/src/engine';
import { removeDir, tempDir } from '../cli/cli-harness';
import { cannotRunAs, check, isRoot, NOBODY, problemLines, sharedTempDir, type RunAs } from './cli-runs';

/**
 * `callscript check` on what a workspace may hold besides call scripts: every case ends with an
 * answer, and trouble is one line on stderr naming the file (exit 2) while the other files are
 * still checked. Covered elsewhere: invalid UTF-8, GB18030, Big5 and UTF-16 files
 * (test/cli/exit-codes.test.ts, "names a file that is not UTF-8"), a callscript.json that is not
 * JSON (same file, "exits 2 for a broken callscript.json"), a file changed on disk during --fix
 * (test/cli/fix.test.ts, writeAtomically), a regex with catastrophic backtracking
 * (test/engine/custom-patterns.test.ts, "(a+)+$ on 40,000 a's").
 */

interface Report {
  file: string;
  diagnostics: Array<{ rule: string; message: string; range: { start: { line: number; character: number } } }>;
}

const CLEAN = '坐席:您好!我是客服代表{工号},再见!\n';
const reports = (stdout: string) => JSON.parse(stdout) as Report[];
const files = (stdout: string) => reports(stdout).map((r) => r.file.split(path.sep).join('/'));

describe('callscript check on hostile files', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  it('a binary file: "not a text file" (or "not UTF-8"), exit 2, and the other files still checked', () => {
    writeFileSync(path.join(dir, 'nul.callscript'), Buffer.from('坐席:您好\n\0\0\x01\x02binary', 'utf8'));
    writeFileSync(path.join(dir, 'image.callscript'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xd8]));
    writeFileSync(path.join(dir, 'good.callscript'), CLEAN);
    const run = check(['.', '--format', 'json'], dir);
    assert.equal(run.code, 2);
    assert.deepEqual(problemLines(run).sort(), [
      'callscript: image.callscript: not UTF-8 (from line 1); convert it to UTF-8',
      'callscript: nul.callscript: not a text file: a NUL byte on line 2 (a binary file, or UTF-16 without a byte order mark?)',
    ]);
    assert.deepEqual(files(run.stdout), ['good.callscript']);
  });

  it('a 20 MB script: checked, and the one phrase hidden in its middle found on its line', function () {
    this.timeout(60_000);
    const block = '坐席:您好!我是XX移动10086客服代表{工号},请问有什么可以帮您?\n客户:我想查一下话费。\n坐席:好的,请您稍等。感谢您的等候,您的话费余额是五十元。\n';
    const half = Math.ceil(10_000_000 / Buffer.byteLength(block));
    writeFileSync(path.join(dir, 'big.callscript'), `${block.repeat(half)}坐席:这是我们公司的规定\n${block.repeat(half)}坐席:感谢您的来电,再见!\n`);
    const run = check(['big.callscript', '--format', 'json'], dir);
    assert.equal(run.code, 1, run.stderr);
    const found = reports(run.stdout)[0].diagnostics.map((d) => [d.rule, d.range.start.line, d.range.start.character]);
    assert.deepEqual(found, [['taboo-phrase', half * 3, 3]]);
  });

  it('a 1 MB single line full of findings: checked, and fixed by --fix', function () {
    this.timeout(60_000);
    const unit = RULES.flatMap((r) => r.examples.flag.filter((e) => !e.includes('\n'))).join(',');
    const line = `坐席:${unit.repeat(Math.ceil(1_000_000 / Buffer.byteLength(unit)))}`;
    writeFileSync(path.join(dir, 'line.callscript'), `${line}\n`);
    const run = check(['line.callscript', '--format', 'json'], dir);
    assert.equal(run.code, 1, run.stderr);
    const diagnostics = reports(run.stdout)[0].diagnostics;
    assert.ok(diagnostics.length > 10_000, `${diagnostics.length} findings`);
    assert.ok(diagnostics.every((d) => d.range.start.line === 0));

    const fixed = check(['line.callscript', '--fix', '--format', 'json'], dir);
    assert.ok(fixed.code === 0 || fixed.code === 1, fixed.stderr);
    const after = readFileSync(path.join(dir, 'line.callscript'), 'utf8');
    assert.notEqual(after, `${line}\n`);
    assert.equal(after.replace(/^---\n(?:.*\n)*?---\n/, '').split('\n').length, 2, 'below the front matter a fix may add, still one line');
    assert.ok(reports(fixed.stdout)[0].diagnostics.length < diagnostics.length);
  });

  it('10,000 files: every one checked, listed in code-unit order', function () {
    this.timeout(60_000);
    const written: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const folder = `d${i % 100}`;
      if (i < 100) mkdirSync(path.join(dir, folder));
      const name = `${folder}/s${i}.callscript`;
      writeFileSync(path.join(dir, name), i === 7777 ? '坐席:喂,讲话!\n' : CLEAN);
      written.push(name);
    }
    const run = check(['.', '--format', 'json'], dir);
    assert.equal(run.code, 1, run.stderr);
    const listed = files(run.stdout);
    assert.deepEqual(listed, [...written].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    assert.deepEqual(
      reports(run.stdout).filter((r) => r.diagnostics.length > 0).map((r) => r.file.split(path.sep).join('/')),
      ['d77/s7777.callscript'],
    );
  });

  it('symlink loops: a folder walk passes them by; named outright, one line and exit 2', () => {
    writeFileSync(path.join(dir, 'real.callscript'), CLEAN);
    symlinkSync('self.callscript', path.join(dir, 'self.callscript'));
    symlinkSync('pong', path.join(dir, 'ping'));
    symlinkSync('ping', path.join(dir, 'pong'));
    mkdirSync(path.join(dir, 'deep/er'), { recursive: true });
    symlinkSync('../..', path.join(dir, 'deep/er/up'));
    const run = check(['.', '--format', 'json'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(files(run.stdout), ['real.callscript']);
    const named = check(['self.callscript'], dir);
    assert.equal(named.code, 2);
    assert.deepEqual(problemLines(named), ['callscript: cannot read self.callscript: ELOOP']);
  });

  it('unreadable files and folders: named on stderr, exit 2, and the readable files still checked', function () {
    const shared = sharedTempDir();
    try {
      const as: RunAs = isRoot() ? NOBODY : {};
      writeFileSync(path.join(shared, 'good.callscript'), CLEAN);
      writeFileSync(path.join(shared, 'secret.callscript'), CLEAN);
      chmodSync(path.join(shared, 'secret.callscript'), 0o000);
      mkdirSync(path.join(shared, 'locked'));
      writeFileSync(path.join(shared, 'locked', 'inside.callscript'), CLEAN);
      chmodSync(path.join(shared, 'locked'), 0o000);
      const cannot = cannotRunAs(as);
      if (cannot) {
        console.log(`      (skipped: cannot run the CLI as another user, for whom a file can be unreadable: ${cannot})`);
        this.skip();
      }
      const files = check(['good.callscript', 'secret.callscript', '--format', 'json'], shared, as);
      assert.equal(files.code, 2);
      assert.deepEqual(problemLines(files), ['callscript: secret.callscript: cannot read: EACCES']);
      assert.equal(reports(files.stdout).length, 1);
      const folder = check(['.', '--format', 'json'], shared, as);
      assert.equal(folder.code, 2);
      assert.deepEqual(problemLines(folder), ['callscript: cannot read folder locked: EACCES']);
    } finally {
      chmodSync(path.join(shared, 'locked'), 0o755);
      removeDir(shared);
    }
  });

  it('FIFOs: passed by in a folder, refused when named, never waited on as callscript.json or .gitignore', function () {
    if (spawnSync('mkfifo', ['--help']).error) {
      console.log('      (skipped: no mkfifo on this system)');
      this.skip();
    }
    const fifo = (name: string) => assert.equal(spawnSync('mkfifo', [path.join(dir, name)]).status, 0);
    writeFileSync(path.join(dir, 'good.callscript'), CLEAN);
    fifo('pipe.callscript');
    fifo('.gitignore');
    mkdirSync(path.join(dir, '.git'));
    const walked = check(['.', '--format', 'json'], dir);
    assert.equal(walked.code, 0, walked.stderr);
    assert.deepEqual(files(walked.stdout), ['good.callscript']);
    assert.deepEqual(problemLines(check(['pipe.callscript'], dir)), ['callscript: not a file or folder: pipe.callscript']);
    fifo('callscript.json');
    const config = check(['good.callscript'], dir);
    assert.equal(config.code, 2);
    assert.match(problemLines(config).join('\n'), /callscript\.json:1:1: .*Cannot read the config file \(not a regular file\)/);
  });

  it('a callscript.json with a wrong type or an unknown key: exit 2, naming the file and the line', () => {
    writeFileSync(path.join(dir, 'good.callscript'), CLEAN);
    const config = path.join(dir, 'callscript.json');
    writeFileSync(config, '{\n  "rules": {\n    "taboo-phrase": 3\n  }\n}\n');
    const wrongType = check(['good.callscript'], dir);
    assert.equal(wrongType.code, 2);
    assert.match(problemLines(wrongType)[0], new RegExp(`^callscript: bad config: ${config}:3:`));
    writeFileSync(config, '{\n  "rules": {},\n  "rulez": {}\n}\n');
    const unknownKey = check(['good.callscript'], dir);
    assert.equal(unknownKey.code, 2);
    assert.match(problemLines(unknownKey)[0], new RegExp(`^callscript: bad config: ${config}:3:`));
  });
});
