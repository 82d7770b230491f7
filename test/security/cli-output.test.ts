import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { removeDir, runCli, tempDir } from '../cli/cli-harness';

const TABOO = '坐席:这是我们公司的规定。\n';
/** A name that, printed raw, forges a GitHub Actions error and sets the terminal's title. */
const FORGING_NAME = 'x\n::error file=forged.ts,line=1::forged\u001b]0;owned\u0007\u202e.callscript';

/** Nothing in a repository — file names, config messages — can forge CI output or drive the terminal. */
describe('security: CLI output cannot be forged', () => {
  let dir: string;

  before(() => {
    dir = tempDir();
    writeFileSync(path.join(dir, FORGING_NAME), TABOO);
    const message = '\u001b[2J\u001b[H cleared\n::error file=a.ts::forged\r';
    writeFileSync(path.join(dir, 'callscript.json'), JSON.stringify({ patterns: [{ id: 'house-style', regex: '规定', message }] }));
  });
  after(() => removeDir(dir));

  /** No control character, and no workflow command but the report's own (in the github format, one per finding). */
  const assertInert = (out: string, what: string) => {
    assert.doesNotMatch(out, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/, `${what}: a control character got through`);
    for (const line of out.split('\n')) {
      if (what === 'github') assert.match(line, /^$|^::(error|warning|notice) file=x%0A%3A%3Aerror|^::(error|warning|notice) file=(callscript\.json|plain\.json)/, line);
      else assert.doesNotMatch(line, /^::/, `${what}: a line starts a workflow command: ${line}`);
    }
  };

  it('escapes control characters of file names and config messages in the stylish report', () => {
    const run = runCli(['check', '.', '--locale', 'en'], dir);
    assert.equal(run.code, 1, run.stderr);
    assertInert(run.stdout, 'stylish');
    assert.ok(run.stdout.includes('x\\n::error file=forged.ts,line=1::forged\\u001B]0;owned\\u0007\\u202E.callscript'), run.stdout);
    assert.ok(run.stdout.includes('\\u001B[2J\\u001B[H cleared ::error file=a.ts::forged'), run.stdout);
  });

  it('escapes them in the GitHub format, --fix-dry-run headers and lines on stderr', () => {
    assertInert(runCli(['check', '.', '--format', 'github'], dir).stdout, 'github');
    // Without the config's pattern, whose message is not the point here: the taboo phrase's fix makes a diff.
    writeFileSync(path.join(dir, 'plain.json'), '{}');
    const dry = runCli(['check', '.', '--fix-dry-run', '--config', 'plain.json'], dir);
    assert.match(dry.stdout, /^--- "a\/x\\n::error file=forged\.ts,line=1::forged\\033]0;owned\\a\\342\\200\\256\.callscript"$/m);
    for (const line of dry.stdout.split('\n')) assert.doesNotMatch(line, /^::/);
    writeFileSync(path.join(dir, `bad\u001b[2J.callscript`), Buffer.from([0x00, 0x01]));
    const failed = runCli(['check', '.', '--locale', 'en'], dir);
    assert.equal(failed.code, 2);
    assertInert(failed.stderr, 'stderr');
    assert.match(failed.stderr, /bad\\u001B\[2J\.callscript: not a text file/);
  });
});

describe('callscript: argument edge cases', () => {
  let dir: string;

  before(() => {
    dir = tempDir();
  });
  after(() => removeDir(dir));

  it('checks a file named --stdio after -- instead of starting the language server', () => {
    writeFileSync(path.join(dir, '--stdio'), TABOO);
    const run = runCli(['check', '--format', 'json', '--', '--stdio'], dir);
    assert.equal(run.code, 1, run.stderr);
    const [report] = JSON.parse(run.stdout) as Array<{ file: string; diagnostics: unknown[] }>;
    assert.equal(report.file, '--stdio');
    assert.ok(report.diagnostics.length > 0);
  });

  it('says plainly that a file name which is not UTF-8 cannot be opened, in a walk and named outright', () => {
    const sub = path.join(dir, 'latin1');
    require('node:fs').mkdirSync(sub);
    writeFileSync(Buffer.concat([Buffer.from(`${sub}/caf`), Buffer.from([0xe9]), Buffer.from('.callscript')]), TABOO);
    const walked = runCli(['check', 'latin1', '--locale', 'en'], dir);
    assert.equal(walked.code, 2);
    assert.match(walked.stderr, /caf\uFFFD\.callscript: the file name is not valid UTF-8, so it cannot be opened by name; rename it/);
    const named = runCli(['check', 'latin1/caf\uFFFD.callscript', '--locale', 'en'], dir);
    assert.equal(named.code, 2);
    assert.match(named.stderr, /the file name is not valid UTF-8/);
  });
});
