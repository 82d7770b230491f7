import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../server/src/engine';
import { parseConfigText } from '../../server/src/engine/config-file';
import { CLI, removeDir, runCli, tempDir, writeOnlyRulesConfig, type CliRun } from './cli-harness';

function runWithStdin(args: readonly string[], cwd: string, input: string | Buffer): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('callscript: the habits users bring from other linters', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  describe('check - / --stdin', () => {
    it('lints a script from standard input, named by --stdin-filename and configured from its path', () => {
      mkdirSync(path.join(dir, 'team'));
      writeOnlyRulesConfig(path.join(dir, 'team'));
      const run = runWithStdin(['check', '-', '--stdin-filename', 'team/a.callscript', '--format', 'json'], dir, '坐席:喂,你好。这是我们公司的规定。\n');
      assert.equal(run.code, 1, run.stderr);
      const [report] = JSON.parse(run.stdout) as Array<{ file: string; diagnostics: Array<{ rule: string }> }>;
      assert.equal(report.file, path.join('team', 'a.callscript'));
      // Only taboo-phrase is on in team/: the config came from the named path.
      assert.deepEqual([...new Set(report.diagnostics.map((d) => d.rule))], ['taboo-phrase']);
    });

    it('with --fix prints the fixed script on stdout (BOM kept) and the report on stderr, writing nothing', () => {
      writeOnlyRulesConfig(dir);
      const run = runWithStdin(['check', '--stdin', '--fix'], dir, '\ufeff坐席:这是我们公司的规定。\n');
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stdout, '\ufeff坐席:根据相关规定，我为您说明一下。\n');
      assert.match(run.stderr, /没有发现问题/);
    });

    it('refuses paths beside standard input, and --stdin-filename without it', () => {
      assert.equal(runWithStdin(['check', '-', 'a.callscript'], dir, '').code, 2);
      assert.equal(runCli(['check', 'a.callscript', '--stdin-filename', 'b.callscript'], dir).code, 2);
    });

    it('says plainly when standard input is not UTF-8', () => {
      const run = runWithStdin(['check', '-'], dir, Buffer.from([0xd7, 0xf8, 0xcf, 0xaf, 0x3a, 0xc4, 0xfa, 0xba, 0xc3]));
      assert.equal(run.code, 2);
      assert.match(run.stderr, /stdin\.callscript: .*UTF-8/);
    });
  });

  it('-o writes the report to a file and gives the terminal the summary', () => {
    writeOnlyRulesConfig(dir);
    writeFileSync(path.join(dir, 'a.callscript'), '坐席:信不信由你!\n');
    const run = runCli(['check', '.', '-o', 'report.json', '--format', 'json', '--locale', 'en'], dir);
    assert.equal(run.code, 1, run.stderr);
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as unknown[];
    assert.equal(report.length, 1);
    assert.match(run.stdout, /1 problem.*1 error/);
    assert.match(run.stdout, /report written to report\.json/);
    assert.doesNotMatch(run.stdout, /"diagnostics"/);
  });

  it('-q with warnings over --max-warnings does not claim there are no problems', () => {
    writeOnlyRulesConfig(dir, { 'polite-pronoun': 'warning' });
    writeFileSync(path.join(dir, 'a.callscript'), '坐席:你好。\n');
    const run = runCli(['check', '.', '-q', '--max-warnings', '0', '--locale', 'en'], dir);
    assert.equal(run.code, 1);
    assert.doesNotMatch(run.stdout, /no problems/);
    assert.match(run.stdout, /no errors \(--quiet left out 1 warning or note\)/);
    assert.match(run.stderr, /1 warnings, more than --max-warnings 0/);
  });

  describe('rules', () => {
    it('lists every rule with its severity, whether --fix fixes it, its title and page', () => {
      const run = runCli(['rules', '--locale', 'en'], dir);
      assert.equal(run.code, 0, run.stderr);
      for (const rule of RULES) assert.match(run.stdout, new RegExp(`^${rule.id} +${rule.defaultSeverity} `, 'm'));
      assert.match(run.stdout, /^taboo-phrase +error +auto-fix +Do not use taboo service phrases\n {2}https:\/\/\S+\/docs\/rules\/taboo-phrase\.md$/m);
    });

    it('as JSON for tools, with what the rule does to its own examples as "fixable"', () => {
      const rows = JSON.parse(runCli(['rules', '--format', 'json'], dir).stdout) as Array<{ id: string; fixable: string; docs: string }>;
      assert.deepEqual(rows.map((r) => r.id), RULES.map((r) => r.id));
      const by = new Map(rows.map((r) => [r.id, r.fixable]));
      assert.equal(by.get('taboo-phrase'), 'auto');
      assert.equal(by.get('vague-wording'), 'choice');
      assert.equal(by.get('required-phrases'), 'no');
      assert.equal(runCli(['rules', '--format', 'sarif'], dir).code, 2);
    });
  });

  describe('init', () => {
    it('writes a commented starter callscript.json that the linter reads without a problem, every rule at its default', () => {
      const run = runCli(['init', '--locale', 'en'], dir);
      assert.equal(run.code, 0, run.stderr);
      const text = readFileSync(path.join(dir, 'callscript.json'), 'utf8');
      assert.match(text, /^\/\/ /);
      const parsed = parseConfigText(text);
      assert.deepEqual(parsed.problems, []);
      for (const rule of RULES) assert.equal(parsed.config.rules?.[rule.id], rule.defaultSeverity);
    });

    it('refuses to overwrite a config', () => {
      writeFileSync(path.join(dir, 'callscript.json'), '{"rules": {}}');
      const run = runCli(['init'], dir);
      assert.equal(run.code, 2);
      assert.equal(readFileSync(path.join(dir, 'callscript.json'), 'utf8'), '{"rules": {}}');
    });
  });

  describe('print-config', () => {
    it('prints the merged config for a file and where each value came from, overrides included', () => {
      writeFileSync(path.join(dir, 'callscript.json'), JSON.stringify({ rules: { 'vague-wording': 'off' }, placeholders: ['订单号'] }));
      mkdirSync(path.join(dir, 'in'));
      writeFileSync(
        path.join(dir, 'in', 'callscript.json'),
        JSON.stringify({ rules: { 'vague-wording': 'warning' }, overrides: [{ files: ['*.callscript'], rules: { 'polite-pronoun': 'off' } }] }),
      );
      for (const args of [['print-config', 'in/a.callscript'], ['check', '--print-config', 'in/a.callscript']]) {
        const run = runCli(args, dir);
        assert.equal(run.code, 0, run.stderr);
        const out = JSON.parse(run.stdout) as { layers: string[]; config: { rules: Record<string, string>; placeholders: string[] }; from: Record<string, string[]> };
        assert.deepEqual(out.layers, ['callscript.json', path.join('in', 'callscript.json'), `${path.join('in', 'callscript.json')} overrides[0]`]);
        assert.equal(out.config.rules['vague-wording'], 'warning');
        assert.equal(out.config.rules['polite-pronoun'], 'off');
        assert.deepEqual(out.config.placeholders, ['订单号']);
        assert.deepEqual(out.from['rules.vague-wording'], ['callscript.json', path.join('in', 'callscript.json')]);
        assert.deepEqual(out.from['rules.polite-pronoun'], [`${path.join('in', 'callscript.json')} overrides[0]`]);
      }
    });
  });

  describe('extends', () => {
    it('merges a relative preset and an npm package preset before the file\'s own settings', () => {
      writeFileSync(path.join(dir, 'base.json'), JSON.stringify({ rules: { 'taboo-phrase': { add: ['恕不奉陪'] }, 'polite-pronoun': 'off' } }));
      const pkg = path.join(dir, 'node_modules', 'callscript-config-acme');
      mkdirSync(pkg, { recursive: true });
      writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: 'callscript-config-acme', version: '1.0.0' }));
      writeFileSync(path.join(pkg, 'callscript.json'), JSON.stringify({ rules: { 'closing-goodbye': 'off', 'polite-pronoun': 'error' } }));
      writeFileSync(path.join(dir, 'callscript.json'), JSON.stringify({ extends: ['callscript-config-acme', './base.json'], rules: { 'polite-pronoun': 'warning' } }));
      writeFileSync(path.join(dir, 'a.callscript'), '坐席:恕不奉陪,你好\n');
      const run = runCli(['check', 'a.callscript', '--format', 'json'], dir);
      assert.equal(run.code, 1, run.stderr);
      const rules = (JSON.parse(run.stdout) as Array<{ diagnostics: Array<{ rule: string; severity: string }> }>)[0].diagnostics.map((d) => `${d.rule}:${d.severity}`);
      assert.ok(rules.includes('taboo-phrase:error'), 'the preset added a phrase');
      assert.ok(rules.includes('polite-pronoun:warning'), 'the file\'s own setting wins over both presets');
      assert.ok(!rules.some((r) => r.startsWith('closing-goodbye')), 'the package preset turned a rule off');
    });

    it('reports a cycle, a missing preset and a broken preset as config errors at the extends entry', () => {
      writeFileSync(path.join(dir, 'a.json'), '{"extends": "./b.json"}');
      writeFileSync(path.join(dir, 'b.json'), '{"extends": "./a.json"}');
      writeFileSync(path.join(dir, 'a.callscript'), '坐席:您好\n');
      const cycle = runCli(['check', 'a.callscript', '--config', 'a.json', '--locale', 'en'], dir);
      assert.equal(cycle.code, 2);
      assert.match(cycle.stderr, /bad config: .*a\.json:1:13: .*circle/);
      writeFileSync(path.join(dir, 'c.json'), '{\n  "extends": ["./missing.json"]\n}');
      assert.match(runCli(['check', 'a.callscript', '--config', 'c.json', '--locale', 'en'], dir).stderr, /c\.json:2:15: .*Cannot find the config "\.\/missing\.json"/);
      writeFileSync(path.join(dir, 'broken.json'), '{"rules": {"polite-pronon": "off"}}');
      writeFileSync(path.join(dir, 'd.json'), '{"extends": "./broken.json"}');
      assert.match(runCli(['check', 'a.callscript', '--config', 'd.json', '--locale', 'en'], dir).stderr, /d\.json:1:13: .*"\.\/broken\.json" in extends is broken \(broken\.json:1:12\)/);
    });
  });
});
