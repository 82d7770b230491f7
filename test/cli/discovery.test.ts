import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { removeDir, runCli, tempDir, writeOnlyRulesConfig } from './cli-harness';

const SCRIPT = '坐席:喂,讲话!\n';

function write(root: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
}

function checkedFiles(root: string, args: string[], cwd = root): string[] {
  const run = runCli(['check', ...args, '--format', 'json'], cwd);
  assert.ok(run.code === 0 || run.code === 1, run.stderr);
  return (JSON.parse(run.stdout) as Array<{ file: string }>).map((r) => r.file.split(path.sep).join('/'));
}

describe('callscript check: which files', () => {
  let root: string;

  beforeEach(() => {
    root = tempDir();
    writeOnlyRulesConfig(root);
  });
  afterEach(() => removeDir(root));

  it('skips exactly what git ignores', () => {
    write(root, {
      '.gitignore': [
        '# comment',
        '*.tmp.callscript',
        '/root-only.callscript',
        'build/',
        'drafts/**',
        '!drafts/keep.callscript',
        'a/**/z.callscript',
        'docs/*.callscript',
        '\\#hash.callscript',
        '[ab]x.callscript',
        'space.callscript   ',
        'out',
      ].join('\n'),
      'kept.callscript': SCRIPT,
      'x.tmp.callscript': SCRIPT,
      'root-only.callscript': SCRIPT,
      'sub/root-only.callscript': SCRIPT,
      'build/b.callscript': SCRIPT,
      'sub/build/b.callscript': SCRIPT,
      'drafts/d.callscript': SCRIPT,
      'drafts/keep.callscript': SCRIPT,
      'a/z.callscript': SCRIPT,
      'a/b/c/z.callscript': SCRIPT,
      'docs/d.callscript': SCRIPT,
      'docs/deep/d.callscript': SCRIPT,
      '#hash.callscript': SCRIPT,
      'ax.callscript': SCRIPT,
      'cx.callscript': SCRIPT,
      'space.callscript': SCRIPT,
      'out/o.callscript': SCRIPT,
      'sub/out': SCRIPT,
      'sub/.gitignore': '*.callscript\n!wanted.callscript\n',
      'sub/wanted.callscript': SCRIPT,
      'sub/unwanted.callscript': SCRIPT,
      'sub/deeper/wanted.callscript': SCRIPT,
    });
    const git = (args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
    assert.equal(git(['init', '--quiet']).status, 0);
    const notIgnored = git(['ls-files', '--others', '--exclude-standard']).stdout.split('\n').filter((f) => f.endsWith('.callscript'));
    assert.ok(notIgnored.length >= 5, 'the fixture leaves some files in');
    assert.deepEqual(checkedFiles(root, ['.']), notIgnored.sort());
  });

  it('reads the .gitignore files above the folder it is given, up to the repository root', () => {
    write(root, { '.gitignore': 'scripts/generated/\n', 'scripts/a.callscript': SCRIPT, 'scripts/generated/g.callscript': SCRIPT });
    mkdirSync(path.join(root, '.git'));
    assert.deepEqual(checkedFiles(root, ['scripts']), ['scripts/a.callscript']);
    assert.deepEqual(checkedFiles(root, ['.'], path.join(root, 'scripts')), ['a.callscript']);
  });

  it('always checks a file named outright, even an ignored one, and never twice', () => {
    write(root, { '.gitignore': 'ignored.callscript\n', 'ignored.callscript': SCRIPT, 'b.callscript': SCRIPT });
    assert.deepEqual(checkedFiles(root, ['ignored.callscript', '.', 'b.callscript', './b.callscript']), ['b.callscript', 'ignored.callscript']);
  });

  it('follows symlinks without looping, checks a file reached twice once, and lists files in a stable order', () => {
    const outside = tempDir();
    try {
      write(root, { 'z/b.callscript': SCRIPT, 'z/a.callscript': SCRIPT, 'A.callscript': SCRIPT, 'y/c.callscript': SCRIPT });
      write(outside, { 'e.callscript': SCRIPT });
      symlinkSync('..', path.join(root, 'z', 'loop'));
      symlinkSync(path.join(root, 'y'), path.join(root, 'linked'));
      symlinkSync(outside, path.join(root, 'ext'));
      symlinkSync('missing.callscript', path.join(root, 'dangling.callscript'));
      const files = checkedFiles(root, ['.']);
      assert.deepEqual(files, ['A.callscript', 'ext/e.callscript', 'y/c.callscript', 'z/a.callscript', 'z/b.callscript']);
    } finally {
      removeDir(outside);
    }
  });

  it('matches globs itself, whatever the extension, and the config\'s "files" inside folders', () => {
    write(root, {
      'scripts/a.callscript': SCRIPT,
      'scripts/deep/b.txt': SCRIPT,
      'scripts/deep/c.callscript': SCRIPT,
      'other/d.txt': SCRIPT,
      'other/e.md': SCRIPT,
    });
    assert.deepEqual(checkedFiles(root, ['scripts/**/*.txt']), ['scripts/deep/b.txt']);
    assert.deepEqual(checkedFiles(root, ['scripts/*.callscript']), ['scripts/a.callscript']);
    // Markdown and plain text are read by their extension, until a config's "files" says otherwise.
    assert.deepEqual(checkedFiles(root, ['other']), ['other/d.txt', 'other/e.md']);
    write(root, { 'other/callscript.json': JSON.stringify({ files: ['*.txt'] }) });
    assert.deepEqual(checkedFiles(root, ['.']), ['other/d.txt', 'scripts/a.callscript', 'scripts/deep/b.txt', 'scripts/deep/c.callscript']);
  });

  it('finds each script\'s config by walking up from its folder, nearer configs winning', () => {
    write(root, {
      'a.callscript': SCRIPT,
      'team/b.callscript': SCRIPT,
      'team/callscript.json': JSON.stringify({ rules: { 'taboo-phrase': 'warning' } }),
      'team/quiet/c.callscript': SCRIPT,
      'team/quiet/.callscript.json': JSON.stringify({ rules: { 'taboo-phrase': 'off' } }),
    });
    const run = runCli(['check', '.', '--format', 'json'], root);
    const severities = (JSON.parse(run.stdout) as Array<{ file: string; diagnostics: Array<{ severity: string }> }>).map((r) => [
      r.file.split(path.sep).join('/'),
      r.diagnostics.map((d) => d.severity).join(','),
    ]);
    assert.deepEqual(severities, [
      ['a.callscript', 'error'],
      ['team/b.callscript', 'warning'],
      ['team/quiet/c.callscript', ''],
    ]);
    assert.equal(run.code, 1);
    const explicit = runCli(['check', 'team', '--format', 'json', '--config', 'team/quiet/.callscript.json'], root);
    assert.equal(explicit.code, 0, 'with --config, that file alone applies');
  });
});
