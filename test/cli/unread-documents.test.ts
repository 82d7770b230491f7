import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { lintLineDocument } from '../../server/src/formats';
import { xlsx } from '../office-files';
import { removeDir, runCli, tempDir } from './cli-harness';

describe('documents in which no agent was found', () => {
  let dir: string;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => removeDir(dir));

  const check = (...extra: string[]) => runCli(['check', '.', '--format', 'json', '--now', '2027-03-10T10:00+08:00', ...extra], dir);

  it('are named on stderr, with how to have them read, and the exit code and report stay as they were', () => {
    writeFileSync(path.join(dir, 'sales.txt'), '销售：你好,这不归我管。\n客户：嗯\n');
    writeFileSync(path.join(dir, 'kb.xlsx'), xlsx({ Sheet1: [['编号', '内容'], [1, '这不归我管']] }));
    writeFileSync(path.join(dir, 'empty.md'), '\n');
    const run = check();
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual((JSON.parse(run.stdout) as Array<{ diagnostics: unknown[] }>).flatMap((r) => r.diagnostics), []);
    const note = run.stderr.trim().split('\n');
    assert.equal(note.length, 1, run.stderr);
    assert.match(note[0], /^callscript: .*kb\.xlsx.*sales\.txt|^callscript: .*sales\.txt.*kb\.xlsx/);
    assert.match(note[0], /documents\.agentLabels/);
    assert.doesNotMatch(note[0], /empty\.md/);
    assert.match(check('--locale', 'en').stderr, /so the agent's words there were not checked/);
    // A .callscript file's text before any label is the agent's: it is always read.
    writeFileSync(path.join(dir, 'a.callscript'), '备注:您好。\n');
    assert.doesNotMatch(check().stderr, /a\.callscript/);
  });

  it('are told from what the lint read, after --fix too', () => {
    // The lint returns the `.callscript` text it read, so a file is not read a second time to ask.
    const options = { now: new Date('2027-03-10T10:00+08:00'), trusted: true, config: {} };
    assert.equal(lintLineDocument('# 话术\n\n销售：你好。\n坐席：您好!\n', 'markdown', options).read, '# 话术\n\n\n坐席：您好!\n');
    writeFileSync(path.join(dir, 'sales.md'), '# 销售话术\n\n销售：你好,这不归我管。\n');
    const run = check('--fix');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /sales\.md/);
  });

  it('are read once the config names their labels, and then nothing is said of them', () => {
    writeFileSync(path.join(dir, 'sales.txt'), '销售：你好,这不归我管。\n客户：嗯\n');
    writeFileSync(path.join(dir, 'callscript.json'), JSON.stringify({ documents: { agentLabels: ['销售'] } }));
    const run = check();
    assert.equal(run.stderr, '');
    const rules = (JSON.parse(run.stdout) as Array<{ diagnostics: Array<{ rule: string }> }>).flatMap((r) => r.diagnostics.map((d) => d.rule));
    assert.ok(rules.includes('negative-wording') && rules.includes('polite-pronoun'), rules.join(' '));
  });
});
