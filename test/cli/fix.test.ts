import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isTraditional } from '../../server/src/engine/chinese-script';
import { writeAtomically } from '../../server/src/host/fix-file';
import { copyFixtures, FIXTURES, removeDir, ROOT, runCli, tempDir, writeOnlyRulesConfig } from './cli-harness';

const NOW = '2027-02-06T10:00+08:00';

function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out.set(path.join(entry.parentPath, entry.name), readFileSync(path.join(entry.parentPath, entry.name)));
  }
  return out;
}

describe('callscript check --fix', () => {
  let dir: string;

  beforeEach(() => {
    dir = path.join(copyFixtures('fix'), 'fix');
    writeOnlyRulesConfig(dir);
  });
  afterEach(() => removeDir(path.dirname(dir)));

  it('keeps the BOM and CRLF line endings and touches only the flagged text', () => {
    const file = path.join(dir, 'bom-crlf.callscript');
    const before = readFileSync(file);
    const run = runCli(['check', '--fix', 'bom-crlf.callscript'], dir);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const after = readFileSync(file);
    assert.deepEqual([...after.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the BOM is kept');
    const text = after.toString('utf8').slice(1);
    assert.doesNotMatch(text, /(^|[^\r])\n/, 'every line still ends in CRLF');
    const oldLines = before.toString('utf8').slice(1).split('\r\n');
    const newLines = text.split('\r\n');
    assert.equal(newLines.length, oldLines.length);
    // Only the two agent lines with taboo phrases change; front matter, heading and customer line do not.
    const changed = newLines.map((l, i) => (l === oldLines[i] ? -1 : i)).filter((i) => i >= 0);
    assert.deepEqual(changed, [5, 7]);
    assert.equal(newLines[6], '客户:喂?');
    assert.doesNotMatch(text, /讲话|这是我们公司的规定|你别激动/);
  });

  it('writes fixes for traditional text in traditional characters, never in customer lines, comments or stage directions', () => {
    const file = path.join(dir, 'traditional.callscript');
    const lines = readFileSync(file, 'utf8').split('\n');
    assert.equal(runCli(['check', '--fix', 'traditional.callscript'], dir).code, 0);
    const fixed = readFileSync(file, 'utf8').split('\n');
    assert.equal(fixed[1], lines[1].replace('你別激動', '請您不要著急'));
    assert.deepEqual([fixed[0], fixed[2], fixed[3]], [lines[0], lines[2], lines[3]]);
    const inserted = fixed[4].slice('坐席:'.length, fixed[4].indexOf('。【喂】'));
    assert.ok(fixed[4].endsWith('。【喂】'), fixed[4]);
    assert.ok(isTraditional(inserted) && !/[这们规据为说关]/.test(inserted), inserted);
  });

  it('keeps a missing final line break missing, and the file mode', () => {
    const file = path.join(dir, 'no-final-newline.callscript');
    chmodSync(file, 0o640);
    assert.equal(runCli(['check', '--fix', 'no-final-newline.callscript'], dir).code, 0);
    const text = readFileSync(file, 'utf8');
    assert.ok(!text.endsWith('\n'));
    assert.ok(text.endsWith('坐席:请按时给宠物喂食。'), 'the guarded line is untouched');
    assert.equal(statSync(file).mode & 0o777, 0o640);
  });

  it('fixes the target of a symlink and leaves the link a link', () => {
    symlinkSync('bom-crlf.callscript', path.join(dir, 'link.callscript'));
    assert.equal(runCli(['check', '--fix', 'link.callscript'], dir).code, 0);
    assert.ok(lstatSync(path.join(dir, 'link.callscript')).isSymbolicLink());
    assert.doesNotMatch(readFileSync(path.join(dir, 'bom-crlf.callscript'), 'utf8'), /讲话/);
  });

  it('--fix-dry-run prints a diff that patch applies to give what --fix writes, and writes nothing', () => {
    const before = snapshot(dir);
    const dry = runCli(['check', '--fix-dry-run', '.'], dir);
    assert.equal(dry.code, 0, dry.stderr);
    assert.deepEqual(snapshot(dir), before, 'nothing written');
    assert.match(dry.stdout, /^--- a\/bom-crlf\.callscript\n\+\+\+ b\/bom-crlf\.callscript\n@@ /);
    assert.match(dry.stdout, /\\ No newline at end of file/);

    const patched = path.join(path.dirname(dir), 'patched');
    cpSync(dir, patched, { recursive: true });
    const patch = spawnSync('patch', ['-p1', '--quiet', '--batch'], { cwd: patched, input: dry.stdout, encoding: 'utf8' });
    assert.equal(patch.status, 0, patch.stdout + patch.stderr);
    assert.equal(runCli(['check', '--fix', '.'], dir).code, 0);
    for (const name of ['bom-crlf.callscript', 'traditional.callscript', 'no-final-newline.callscript']) {
      assert.ok(readFileSync(path.join(patched, name)).equals(readFileSync(path.join(dir, name))), name);
    }
  });

  it('with every rule on: --fix leaves no fixable finding, and a second --fix changes nothing', () => {
    const all = tempDir();
    try {
      for (const source of [path.join(ROOT, 'examples'), FIXTURES + '/fix', FIXTURES + '/project']) {
        cpSync(source, path.join(all, path.basename(source)), { recursive: true });
      }
      const first = runCli(['check', '--fix', '.', '--now', NOW], all);
      assert.ok(first.code === 0 || first.code === 1, first.stderr);
      const report = JSON.parse(runCli(['check', '.', '--format', 'json', '--now', NOW], all).stdout) as Array<{
        file: string;
        diagnostics: Array<{ rule: string; fixable: boolean }>;
      }>;
      const fixable = report.flatMap((r) => r.diagnostics.filter((d) => d.fixable).map((d) => `${r.file}: ${d.rule}`));
      assert.deepEqual(fixable, []);
      const once = snapshot(all);
      runCli(['check', '--fix', '.', '--now', NOW], all);
      assert.deepEqual(snapshot(all), once);
    } finally {
      removeDir(all);
    }
  });
});

describe('writeAtomically', () => {
  it('refuses to replace a file that changed since it was read, and leaves no temp file behind', async () => {
    const dir = tempDir();
    try {
      const file = path.join(dir, 'a.callscript');
      writeFileSync(file, '坐席:喂\n');
      const read = readFileSync(file);
      writeFileSync(file, '坐席:别人改过了\n');
      assert.equal(await writeAtomically(file, read, Buffer.from('坐席:您好\n')), 'changed-on-disk');
      assert.equal(readFileSync(file, 'utf8'), '坐席:别人改过了\n');
      assert.deepEqual(readdirSync(dir), ['a.callscript']);
      assert.equal(await writeAtomically(file, readFileSync(file), Buffer.from('坐席:您好\n')), 'written');
      assert.equal(readFileSync(file, 'utf8'), '坐席:您好\n');
      assert.deepEqual(readdirSync(dir), ['a.callscript']);
    } finally {
      removeDir(dir);
    }
  });
});
