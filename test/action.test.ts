import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { helpText } from '../server/src/cli/help';
import { removeDir, ROOT, tempDir } from './cli/cli-harness';

interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  'working-directory'?: string;
}
interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: Step[] };
}

/** The reusable GitHub Action (action.yml at the repository root), read as GitHub reads it. */
describe('the GitHub Action', () => {
  const text = readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
  const action = parse(text) as Action;
  const steps = action.runs.steps;
  const check = steps.find((s) => s.id === 'check');

  it('is a composite action with a name, a description and every input described with a default', () => {
    assert.equal(action.runs.using, 'composite');
    assert.ok(action.name && action.description.length <= 125, 'the Marketplace cuts descriptions at 125 characters');
    for (const [name, input] of Object.entries(action.inputs)) {
      assert.ok(input.description, name);
      assert.equal(typeof input.default, 'string', `${name}: a default, so that the action runs with no input given`);
    }
  });

  it('every input it declares is used, and every input and step output it uses is declared', () => {
    const used = new Set([...text.matchAll(/inputs\.([\w-]+)/g)].map((m) => m[1]));
    assert.deepEqual([...used].sort(), Object.keys(action.inputs).sort());
    const ids = new Set(steps.map((s) => s.id).filter(Boolean));
    for (const [, id] of text.matchAll(/steps\.([\w-]+)\.outputs/g)) assert.ok(ids.has(id), id);
  });

  it('runs shell steps with a shell, and never pastes an expression into a script (inputs come through the environment)', () => {
    for (const step of steps.filter((s) => s.run !== undefined)) {
      assert.equal(step.shell, 'bash', step.name);
      assert.doesNotMatch(step.run ?? '', /\$\{\{/, step.name);
    }
  });

  it('annotates with --format github, uploads the SARIF it wrote with upload-sarif even when the check failed, and uses only options the CLI has', () => {
    assert.ok(check?.run);
    assert.match(check.run, /--format github/);
    assert.match(check.run, /--format sarif > "\$sarif"/);
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    assert.ok(upload, 'an upload-sarif step');
    assert.match(upload.if ?? '', /always\(\)/);
    assert.equal(upload.with?.sarif_file, '${{ steps.check.outputs.sarif-file }}');
    const help = helpText('en');
    for (const [flag] of check.run.matchAll(/--[a-z][\w-]+/g)) assert.ok(help.includes(flag), `${flag} is an option of callscript check`);
  });

  it('its check step, run as GitHub runs it, writes the SARIF, prints annotations and sets its outputs', () => {
    const dir = tempDir();
    try {
      writeFileSync(path.join(dir, 'a.callscript'), '坐席:喂,讲话!\n');
      writeFileSync(path.join(dir, 'b.md'), '- 坐席:这不是我的职责。\n');
      const output = path.join(dir, 'github-output');
      writeFileSync(output, '');
      const env = {
        ...process.env,
        GITHUB_ACTION_PATH: ROOT,
        RUNNER_TEMP: dir,
        GITHUB_OUTPUT: output,
        CALLSCRIPT_PATHS: 'a.callscript\n*.md',
        CALLSCRIPT_NOW: '2027-03-10T10:00+08:00',
        CALLSCRIPT_SHARD: '',
        CALLSCRIPT_MAX_WARNINGS: '0',
        CALLSCRIPT_CONFIG: '',
      };
      const run = spawnSync('bash', ['-e', '-c', check?.run ?? ''], { cwd: dir, env, encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /^::error file=a\.callscript,line=1,/m);
      assert.match(run.stdout, /^::warning file=b\.md,line=1,col=6,.*title=negative-wording/m);
      assert.deepEqual(readFileSync(output, 'utf8').trim().split('\n'), ['exit-code=1', `sarif-file=${path.join(dir, 'callscript.sarif')}`]);
      const sarif = JSON.parse(readFileSync(path.join(dir, 'callscript.sarif'), 'utf8')) as { runs: Array<{ results: unknown[] }> };
      assert.ok(sarif.runs[0].results.length >= 2);
    } finally {
      removeDir(dir);
    }
  });
});
