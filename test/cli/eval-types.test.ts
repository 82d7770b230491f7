import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, removeDir, tempDir } from './cli-harness';

/** The eval runner's modules are plain ES modules, loaded as `npm run eval` loads them. */
type Module = any;
const load = (): Promise<Module> => import(pathToFileURL(path.join(ROOT, 'eval/lib/source-types.mjs')).href);

const SOURCES = [
  '# Sources',
  '',
  '| id | title | type | address |',
  '|---|---|---|---|',
  '| R01 | 某银行客服话术 | script | https://example.com/a |',
  '| R02 | 燃气公司回应 | `report` | https://example.com/b |',
  '',
  '| id | kind |',
  '|---|---|',
  '| R01 | not this table |',
].join('\n');

describe('eval: a held-out corpus read by kind of source', () => {
  it('reads each source id\'s type from the first table with an id and a type column', async () => {
    const { sourceTypes, excerptSource } = await load();
    const dir = tempDir();
    try {
      writeFileSync(path.join(dir, 'SOURCES.md'), SOURCES);
      assert.deepEqual([...sourceTypes(dir)], [['R01', 'script'], ['R02', 'report']]);
      assert.equal(excerptSource('---\nchannel: phone\n---\n// source: R02 · excerpt 1 (…)\n坐席:您好'), 'R02');
    } finally {
      removeDir(dir);
    }
  });

  it('gives no kinds where SOURCES.md has no type column', async () => {
    const { filesByType } = await load();
    const dir = tempDir();
    try {
      writeFileSync(path.join(dir, 'SOURCES.md'), '| id | title |\n|---|---|\n| R01 | x |\n');
      writeFileSync(path.join(dir, 'a.callscript'), '// source: R01\n// expect: clean\n坐席:您好。\n');
      assert.equal(filesByType(dir, [{ file: 'a.callscript' }]).size, 0);
    } finally {
      removeDir(dir);
    }
  });

  it('scores each kind apart in the run, and lists the kinds in accuracy.md', function () {
    this.timeout(120_000);
    const team = tempDir();
    const held = tempDir();
    const out = tempDir();
    try {
      writeFileSync(path.join(team, 'a.callscript'), ['// source: S00', '// expect: clean', '坐席:感谢您的来电,再见!'].join('\n'));
      writeFileSync(path.join(held, 'SOURCES.md'), SOURCES);
      writeFileSync(path.join(held, 's.callscript'), ['// source: R01', '// expect: taboo-phrase', '坐席:这是我们公司的规定。'].join('\n'));
      // Labeled clean, and flagged: the report kind's one false positive.
      writeFileSync(path.join(held, 'r.callscript'), ['// source: R02', '// expect: clean', '坐席:这是我们公司的规定。', '// expect: negative-wording', '坐席:感谢您的来电,再见!'].join('\n'));
      const r = spawnSync(process.execPath, [path.join(ROOT, 'eval/run.mjs'), '--corpus', team, '--holdout', held, '--out', out], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stdout + r.stderr);
      const { byType } = JSON.parse(readFileSync(path.join(out, 'results.json'), 'utf8')).holdout;
      assert.deepEqual(
        Object.entries(byType).map(([type, t]: [string, Module]) => [type, t.excerpts, t.flagged, t.caught, t.withFindings, t.falsePositives]),
        [['report', 1, 1, 0, 1, 1], ['script', 1, 1, 1, 1, 0]],
      );
      assert.match(r.stdout, /^by kind of source:$/m);
      const md = readFileSync(path.join(out, 'accuracy.md'), 'utf8');
      assert.match(md, /^\| script \| 1 \| 1 \/ 0 \| 100\.0% \(1 of 1\) \| 100\.0% \(1 of 1\) \|$/m);
      assert.match(md, /^\| report \| 1 \| 1 \/ 1 \| 0\.0% \(0 of 1\) \| 0\.0% \(0 of 1\) \|$/m);
    } finally {
      removeDir(team);
      removeDir(held);
      removeDir(out);
    }
  });
});
