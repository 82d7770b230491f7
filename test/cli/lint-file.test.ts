import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lintFile, type FileJob } from '../../server/src/cli/lint-file';

const NOW = new Date('2027-02-06T10:00:00+08:00');

describe('lintFile', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'callscript-lint-file-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const job = (name: string, text: string): FileJob => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return { file: { display: name, absolute: file }, config: {}, now: NOW, fix: 'off', cwd: dir };
  };

  it('keeps a script\'s text in its report only while a finding points into it (a run holds every report until the end)', async () => {
    const clean = await lintFile(job('clean.callscript', '坐席:您好!我是客服代表{工号},请问有什么可以帮您?\n坐席:感谢您的来电,再见!\n'));
    assert.equal(clean.kind, 'linted');
    assert.deepEqual(clean.kind === 'linted' && [clean.findings, clean.text], [[], '']);
    const text = '坐席:您好!我是客服代表{工号}。你到底想怎么样?\n';
    const flagged = await lintFile(job('flagged.callscript', text));
    assert.equal(flagged.kind === 'linted' && flagged.text, text);
    assert.ok(flagged.kind === 'linted' && flagged.findings.length > 0);
  });
});
