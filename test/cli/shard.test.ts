import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { filesOfShard, parseShard } from '../../server/src/cli/shard';
import { removeDir, runCli, tempDir } from './cli-harness';

describe('--shard i/n', () => {
  it('deals any list into n parts without overlap or loss, sizes within one file, the same every time', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 60 }), fc.integer({ min: 1, max: 12 }), (files, count) => {
        const sorted = [...files].sort();
        const parts = Array.from({ length: count }, (_, i) => filesOfShard(sorted, { index: i + 1, count }));
        assert.deepEqual(parts.flat().sort(), sorted);
        const sizes = parts.map((p) => p.length);
        assert.ok(Math.max(...sizes) - Math.min(...sizes) <= 1, String(sizes));
        assert.deepEqual(filesOfShard(sorted, { index: 1, count }), parts[0]);
      }),
    );
  });

  it('takes i/n with 1 ≤ i ≤ n only', () => {
    assert.deepEqual(parseShard('2/4'), { index: 2, count: 4 });
    for (const bad of ['0/3', '4/3', '1/0', '1', '1/2/3', ' 1/2', 'a/b', '-1/2']) assert.throws(() => parseShard(bad), /--shard/, bad);
  });

  it('the CLI: the shards of a CI matrix check every file once between them', () => {
    const dir = tempDir();
    try {
      mkdirSync(path.join(dir, 'team'));
      const names = ['a.callscript', 'b.md', 'team/c.callscript', 'team/d.txt', 'e.callscript', 'f.csv', 'g.callscript'];
      for (const name of names) writeFileSync(path.join(dir, name), '坐席:您好。\n');
      const shard = (i: number) => {
        const run = runCli(['check', '.', '--format', 'json', '--shard', `${i}/3`], dir);
        assert.ok(run.code === 0 || run.code === 1, run.stderr);
        return (JSON.parse(run.stdout) as Array<{ file: string }>).map((r) => r.file);
      };
      const parts = [shard(1), shard(2), shard(3)];
      assert.deepEqual(parts.flat().sort(), [...names].sort());
      assert.deepEqual(parts.map((p) => p.length), [3, 2, 2]);
      const usage = runCli(['check', '.', '--shard', '4/3'], dir);
      assert.equal(usage.code, 2);
      assert.match(usage.stderr, /--shard/);
    } finally {
      removeDir(dir);
    }
  });
});
