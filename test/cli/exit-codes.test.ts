import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyFixtures, FIXTURES, removeDir, runCli, writeOnlyRulesConfig } from './cli-harness';

/** Spec §4: 0 clean, 1 findings, 2 trouble — and trouble is one line on stderr, never a stack trace. */
describe('callscript check: exit codes and errors', () => {
  let dir: string;

  before(() => {
    dir = path.join(copyFixtures('project'), 'project');
  });
  after(() => removeDir(path.dirname(dir)));

  const oneLine = (stderr: string) => {
    const lines = stderr.split('\n').filter((l) => l !== '');
    assert.equal(lines.length, 1, stderr);
    assert.match(lines[0], /^callscript: /);
    assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
    return lines[0];
  };

  it('exits 0 for a clean script, 1 for lint errors', () => {
    writeOnlyRulesConfig(dir);
    assert.equal(runCli(['check', 'scripts/clean.callscript'], dir).code, 0);
    assert.equal(runCli(['check', 'scripts/renewal.callscript'], dir).code, 1);
  });

  it('counts warnings against --max-warnings, and --quiet shows errors only', () => {
    writeOnlyRulesConfig(dir, { 'taboo-phrase': 'warning' });
    const file = 'scripts/renewal.callscript';
    assert.equal(runCli(['check', file], dir).code, 0, 'warnings alone pass');
    assert.equal(runCli(['check', file, '--max-warnings', '3'], dir).code, 0);
    const over = runCli(['check', file, '--max-warnings', '2', '--locale', 'en'], dir);
    assert.equal(over.code, 1);
    assert.equal(oneLine(over.stderr), 'callscript: 3 warnings, more than --max-warnings 2');
    const quiet = runCli(['check', file, '--quiet', '--format', 'json'], dir);
    assert.deepEqual(JSON.parse(quiet.stdout)[0].diagnostics, []);
  });

  it('exits 2 with one line for an unknown flag, a bad value, a missing path or an unknown command', () => {
    const cases: Array<[string[], RegExp]> = [
      [['check', '--frobnicate'], /unknown option --frobnicate/],
      [['check', 'scripts', '--format', 'xml'], /unknown --format "xml" \(one of: stylish, json, sarif, junit, github, html\)/],
      [['check', 'scripts', '--format'], /option --format is missing its value/],
      [['check', 'scripts', '--max-warnings', 'many'], /--max-warnings takes a whole number/],
      [['check', 'scripts', '--now', 'tomorrow'], /--now takes an ISO-8601 time/],
      [['check', 'no/such/folder'], /no such file or directory: no\/such\/folder/],
      [['check', 'scripts/**/*.txt'], /no files match "scripts\/\*\*\/\*\.txt"/],
      [['check', 'scripts', '--fix', '--fix-dry-run'], /either --fix or --fix-dry-run/],
      [['lint', 'scripts'], /unknown command "lint"/],
    ];
    for (const [args, message] of cases) {
      const run = runCli([...args, '--locale', 'en'], dir);
      assert.equal(run.code, 2, args.join(' '));
      assert.match(oneLine(run.stderr), message);
      assert.equal(run.stdout, '');
    }
  });

  it('tells usage mistakes in Chinese by default', () => {
    const run = runCli(['check', '--frobnicate'], dir);
    assert.equal(run.code, 2);
    assert.equal(oneLine(run.stderr), 'callscript: 未知选项 --frobnicate(见 callscript --help)');
  });

  it('exits 2 for a broken callscript.json, naming the file and the line', () => {
    const broken = copyFixtures('broken-config');
    try {
      const run = runCli(['check', 'broken-config', '--locale', 'en'], broken);
      assert.equal(run.code, 2);
      const line = oneLine(run.stderr);
      assert.ok(line.includes(`${path.join(broken, 'broken-config', 'callscript.json')}:3:`), line);
      const explicit = runCli(['check', 'scripts', '--config', path.join(broken, 'broken-config', 'callscript.json')], dir);
      assert.equal(explicit.code, 2);
      assert.match(oneLine(explicit.stderr), /callscript\.json:3:/);
      const missing = runCli(['check', 'scripts', '--config', 'nowhere.json', '--locale', 'en'], dir);
      assert.equal(missing.code, 2);
      assert.match(oneLine(missing.stderr), /nowhere\.json/);
    } finally {
      removeDir(broken);
    }
  });

  it('names a file that is not UTF-8 and its likely encoding, checks the rest, and exits 2', () => {
    const run = runCli(['check', path.join(FIXTURES, 'encoding'), path.join(FIXTURES, 'project/scripts/clean.callscript'), '--format', 'json', '--locale', 'en'], dir);
    assert.equal(run.code, 2);
    const lines = run.stderr.trim().split('\n');
    const about = (name: string) => lines.find((l) => l.includes(`${name}.callscript: `)) ?? '';
    assert.match(about('gb18030'), /not UTF-8 — looks like GB18030 \(from line 1\)/);
    assert.match(about('big5'), /not UTF-8 — looks like Big5/);
    assert.match(about('utf16'), /not UTF-8 — looks like UTF-16/);
    assert.match(about('half'), /not UTF-8 \(from line 2\)/);
    assert.equal(lines.length, 4);
    assert.deepEqual(
      JSON.parse(run.stdout).map((r: { file: string }) => path.basename(r.file)),
      ['clean.callscript'],
      'the readable file is still checked',
    );
  });

  it('prints help with examples and the version, exiting 0', () => {
    const help = runCli(['--help', '--locale', 'en'], dir);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage:/);
    assert.match(help.stdout, /Examples:\n {2}npx callscript check examples\//);
    for (const flag of ['--format', '--fix', '--fix-dry-run', '--config', '--max-warnings', '--now', '--quiet', '--locale', '--version', '--help']) {
      assert.ok(help.stdout.includes(flag), flag);
    }
    assert.match(runCli(['check', '-h'], dir).stdout, /用法:/);
    const version = runCli(['--version'], dir);
    assert.equal(version.code, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
  });

  it('exits 0 with nothing to check in a folder without scripts', () => {
    mkdirSync(path.join(dir, 'notes'));
    writeFileSync(path.join(dir, 'notes', 'readme.log'), '坐席:喂,讲话!');
    const run = runCli(['check', 'notes', '--format', 'json'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), []);
  });
});
