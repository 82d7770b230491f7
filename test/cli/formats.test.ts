import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Log } from 'sarif';
import { CLI, copyFixtures, removeDir, ROOT, runCli, stdoutLines, writeOnlyRulesConfig } from './cli-harness';

interface JsonReport {
  file: string;
  diagnostics: Array<{
    rule: string;
    severity: string;
    message: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    fixable: boolean;
  }>;
}

/**
 * The SARIF 2.1.0 schema as Microsoft's SARIF test matchers ship it (a dev dependency, used for
 * nothing else). It is draft-04; its keywords mean the same to Ajv's draft-07 once `id` is `$id`.
 */
function sarifValidator() {
  const home = path.dirname(require.resolve('@microsoft/jest-sarif/package.json'));
  const schema = JSON.parse(readFileSync(path.join(home, 'lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  schema.$id = schema.id;
  delete schema.id;
  delete schema.$schema;
  // rtm.5's `language` pattern has a stray `]`, legal only without the u flag.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s) && URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(schema);
}

describe('callscript check: report formats', () => {
  let dir: string;
  const TABOO = ['喂,讲话', '这是我们公司的规定', '信不信由你', '你先听我说'];

  before(() => {
    dir = copyFixtures('project');
    dir = path.join(dir, 'project');
    writeOnlyRulesConfig(dir);
  });
  after(() => removeDir(path.dirname(dir)));

  it('json: one array, exactly the fields of spec §4, ranges that point at the flagged text', () => {
    const run = runCli(['check', 'scripts', '--format', 'json'], dir);
    assert.equal(run.code, 1, run.stderr);
    const reports = JSON.parse(run.stdout) as JsonReport[];
    assert.deepEqual(
      reports.map((r) => r.file),
      ['scripts/clean.callscript', 'scripts/nested/deep.callscript', 'scripts/renewal.callscript'].map((f) => path.normalize(f)),
    );
    const flagged: string[] = [];
    for (const r of reports) {
      const lines = readFileSync(path.join(dir, r.file), 'utf8').split('\n');
      for (const d of r.diagnostics) {
        assert.deepEqual(Object.keys(d), ['rule', 'severity', 'message', 'range', 'fixable']);
        assert.equal(d.range.start.line, d.range.end.line);
        flagged.push(lines[d.range.start.line].slice(d.range.start.character, d.range.end.character));
      }
    }
    assert.deepEqual([...flagged].sort(), [...TABOO].sort());
    const all = reports.flatMap((r) => r.diagnostics);
    assert.ok(all.every((d) => d.rule === 'taboo-phrase' && d.severity === 'error'));
    // 信不信由你 follows 这是我们公司的规定: both rewordings say 为您说明一下, so --fix applies only the first.
    assert.deepEqual(flagged.filter((_, i) => !all[i].fixable), ['信不信由你']);
  });

  it('sarif: valid against the official SARIF 2.1.0 schema, with rules, UTF-16 columns and fixes', () => {
    const run = runCli(['check', 'scripts', '--format', 'sarif', '--locale', 'en'], dir);
    assert.equal(run.code, 1, run.stderr);
    const log = JSON.parse(run.stdout) as Log;
    const validate = sarifValidator();
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    const sarifRun = log.runs[0];
    assert.equal(sarifRun.columnKind, 'utf16CodeUnits');
    const taboo = sarifRun.tool.driver.rules?.find((r) => r.id === 'taboo-phrase');
    assert.equal(taboo?.helpUri, 'https://github.com/callscript/callscript/blob/main/docs/rules/taboo-phrase.md');
    assert.equal(taboo?.defaultConfiguration?.level, 'error');
    assert.equal(taboo?.shortDescription?.text, 'Do not use taboo service phrases');
    assert.match(taboo?.help?.text ?? '', /^Sources:\n《2008年呼入服务质量规范\(V1\.0\)》 五、服务忌语/);
    assert.match(taboo?.help?.markdown ?? '', /- 《送培训到网格 课件4 客户服务》 3\.3/);
    const results = sarifRun.results ?? [];
    assert.equal(results.length, TABOO.length);
    const json = JSON.parse(runCli(['check', 'scripts', '--format', 'json'], dir).stdout) as JsonReport[];
    for (const r of results) {
      const loc = r.locations?.[0]?.physicalLocation;
      const file = decodeURIComponent(loc?.artifactLocation?.uri ?? '');
      assert.ok(!path.isAbsolute(file) && file.startsWith('scripts/'), file);
      const d = json.find((j) => j.file === path.normalize(file))?.diagnostics.find((x) => x.range.start.character + 1 === loc?.region?.startColumn);
      assert.ok(d, `no JSON diagnostic at ${file}:${loc?.region?.startLine}:${loc?.region?.startColumn}`);
      assert.equal(loc?.region?.startLine, d.range.start.line + 1);
      assert.equal(loc?.region?.endColumn, d.range.end.character + 1);
      assert.equal(r.ruleId, 'taboo-phrase');
      // Schema-valid but wrong for code scanning, were they off: the rule at ruleIndex, the base the path is relative to.
      assert.equal(sarifRun.tool.driver.rules?.[r.ruleIndex ?? -1]?.id, r.ruleId);
      const base = loc?.artifactLocation?.uriBaseId;
      assert.equal(base, 'SRCROOT');
      assert.equal(sarifRun.originalUriBaseIds?.[base ?? '']?.uri, pathToFileURL(dir + path.sep).href);
      assert.equal(r.level, 'error');
      assert.ok((r.fixes?.[0]?.artifactChanges[0].replacements.length ?? 0) > 0, 'a fixable finding carries its fix');
    }
  });

  it('sarif: every rule that reports on the examples still gives a valid log', () => {
    const run = runCli(['check', 'examples', 'test/fixtures/cli/project', 'test/fixtures/cli/fix', '--format', 'sarif', '--now', '2027-02-06T10:00+08:00'], ROOT);
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    const validate = sarifValidator();
    const log = JSON.parse(run.stdout) as Log;
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    const { results = [], tool } = log.runs[0];
    assert.ok(new Set(results.map((r) => r.ruleId)).size > 5, 'many rules report');
    for (const r of results) assert.equal(tool.driver.rules?.[r.ruleIndex ?? -1]?.id, r.ruleId, `ruleIndex of ${r.ruleId}`);
  });

  it('junit: parses as XML, one test case per file, a failure listing the findings of a failing file', () => {
    const run = runCli(['check', 'scripts', '--format', 'junit'], dir);
    assert.equal(run.code, 1, run.stderr);
    assert.equal(XMLValidator.validate(run.stdout), true);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testcase' }).parse(run.stdout);
    const suite = xml.testsuites.testsuite;
    const cases = suite.testcase as Array<{ name: string; failure?: { '#text': string; type: string } }>;
    assert.deepEqual(
      cases.map((c) => c.name),
      ['scripts/clean.callscript', 'scripts/nested/deep.callscript', 'scripts/renewal.callscript'].map((f) => path.normalize(f)),
    );
    assert.equal(suite.tests, '3');
    assert.equal(suite.failures, '2');
    const renewal = cases[2].failure;
    assert.equal(renewal?.type, 'error');
    for (const phrase of ['喂,讲话', '这是我们公司的规定', '信不信由你']) assert.ok(renewal?.['#text'].includes(phrase), phrase);
    assert.equal(cases[0].failure, undefined);
  });

  it('github: one workflow command per finding, with properties escaped', () => {
    // A comma and a percent sign in a file name must not break the command's property list.
    renameSync(path.join(dir, 'scripts/nested/deep.callscript'), path.join(dir, 'scripts/nested/a,b%.callscript'));
    try {
      const run = runCli(['check', 'scripts', '--format', 'github'], dir);
      assert.equal(run.code, 1, run.stderr);
      const lines = stdoutLines(run);
      assert.equal(lines.length, TABOO.length);
      const re = /^::error file=([^,]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=taboo-phrase::(.+)$/;
      for (const line of lines) assert.match(line, re);
      assert.ok(lines.some((l) => l.startsWith('::error file=scripts/nested/a%2Cb%25.callscript,line=1,col=4,endLine=1,endColumn=8,')));
    } finally {
      renameSync(path.join(dir, 'scripts/nested/a,b%.callscript'), path.join(dir, 'scripts/nested/deep.callscript'));
    }
  });

  it('stylish: a header line per file, then one line per finding that the problem matcher reads', () => {
    const run = runCli(['check', 'scripts', '--locale', 'en'], dir);
    assert.equal(run.code, 1, run.stderr);
    assert.doesNotMatch(run.stdout, /\u001b\[/, 'no colors when stdout is not a terminal');
    const lines = run.stdout.split('\n');
    const findingLine = /^ {2}(\d+):(\d+) {2,}(error|warning|info|hint) +(.+?) {2}(\S+)$/;
    const findings = lines.filter((l) => findingLine.test(l));
    assert.equal(findings.length, TABOO.length);
    const header = lines.indexOf(path.normalize('scripts/renewal.callscript'));
    assert.ok(header >= 0 && findingLine.test(lines[header + 1]));
    assert.match(run.stdout, /4 problems: 4 errors, 0 warnings, 0 info, 0 hints in 3 files checked/);
    assert.match(run.stdout, /by rule: taboo-phrase 4/);
  });

  it('stylish: colors on a terminal, none with NO_COLOR', () => {
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} check scripts`;
    const onTty = (env: NodeJS.ProcessEnv) => spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8', env }).stdout;
    const base = { ...process.env };
    delete base.NO_COLOR;
    delete base.FORCE_COLOR;
    assert.match(onTty(base), /\u001b\[31merror/);
    assert.doesNotMatch(onTty({ ...base, NO_COLOR: '1' }), /\u001b\[/);
  });

  it('stylish: colors with --color or FORCE_COLOR, none with --no-color', () => {
    assert.match(runCli(['check', 'scripts', '--color'], dir).stdout, /\u001b\[31merror/);
    assert.match(runCli(['check', 'scripts'], dir, { FORCE_COLOR: '1' }).stdout, /\u001b\[31merror/);
    assert.doesNotMatch(runCli(['check', 'scripts', '--no-color'], dir, { FORCE_COLOR: '1' }).stdout, /\u001b\[/);
  });

  it('html: one well-formed page, no script or outside resource, charts, findings in context, all escaped', () => {
    const run = runCli(['check', 'scripts', '--format', 'html', '--locale', 'en'], dir);
    assert.equal(run.code, 1, run.stderr);
    const page = run.stdout;
    assert.equal(XMLValidator.validate(page), true);
    assert.doesNotMatch(page, /<script|<link|<img|<iframe|\bsrc=|@import|url\(/i);
    assert.equal((page.match(/<svg /g) ?? []).length, 2, 'a chart by rule and one by file');
    assert.match(page, /<mark>信不信由你<\/mark>/);
    // The script's own markup is text on the page, not markup.
    assert.match(page, /&lt;b&gt;<mark>信不信由你<\/mark>&lt;\/b&gt; &amp; 再见/);
    assert.doesNotMatch(page, /<b>/);
    // The line before and after the flagged one are shown with their numbers.
    const context = /<span class="ln">8<\/span>.*<span class="ln">9<\/span>.*<span class="ln">10<\/span>/;
    assert.match(page, context);
    // Each rule is shown with the standards it comes from, by title.
    assert.match(page, /<div class="sources">《2008年呼入服务质量规范\(V1\.0\)》 五、服务忌语/);
  });
});
