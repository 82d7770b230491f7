import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CLI, copyFixtures, FIXTURES, removeDir, runCli, tempDir } from './cli-harness';

const NOW = '2027-02-06T10:00+08:00';

/** Scripts that differ from one another, so that a result landing on the wrong file would show. */
function manyScripts(dir: string, count: number): void {
  const lines = ['坐席:喂,讲话!', '坐席:您好,请问有什么可以帮您?', '坐席:这是我们公司的规定。', '客户:你们到底管不管?', '坐席:你先听我说。', '坐席:谢谢您的来电,再见!'];
  for (let i = 0; i < count; i++) {
    const text = lines.filter((_, j) => (i >> j) & 1).join('\n');
    writeFileSync(path.join(dir, `s${String(i).padStart(4, '0')}.callscript`), `${text}\n`);
  }
}

describe('callscript check: many files', () => {
  it('gives the same report and the same fixes in worker threads as on one thread', function () {
    // Eight runs of the CLI: on two cores shared with other work, more than the default 20 s.
    this.timeout(60_000);
    const dir = tempDir();
    try {
      manyScripts(dir, 64);
      cpSync(path.join(FIXTURES, 'fix'), path.join(dir, 'fix'), { recursive: true });
      for (const format of ['json', 'sarif', 'stylish']) {
        const serial = runCli(['check', '.', '--format', format, '--now', NOW, '--concurrency', 'off'], dir);
        const parallel = runCli(['check', '.', '--format', format, '--now', NOW, '--concurrency', '3'], dir);
        assert.equal(parallel.stdout, serial.stdout, format);
        assert.equal(parallel.code, serial.code);
      }
      const copy = tempDir();
      try {
        cpSync(dir, copy, { recursive: true });
        runCli(['check', '.', '--fix', '--now', NOW, '--concurrency', 'off'], dir);
        runCli(['check', '.', '--fix', '--now', NOW, '--concurrency', '2'], copy);
        for (const name of readdirSync(dir, { recursive: true }) as string[]) {
          if (name.endsWith('.callscript')) assert.ok(readFileSync(path.join(dir, name)).equals(readFileSync(path.join(copy, name))), name);
        }
      } finally {
        removeDir(copy);
      }
    } finally {
      removeDir(dir);
    }
  });

  it('shows a progress bar on a terminal for long runs, and clears it before the report', () => {
    const dir = tempDir();
    try {
      manyScripts(dir, 210);
      // `script` gives the CLI a terminal; stdout goes to a file so that only stderr is on it.
      const out = path.join(dir, 'report.json');
      const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} check . --format json > ${JSON.stringify(out)}`;
      const tty = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8' });
      assert.match(tty.stdout, /\r\[#{30}\] 210\/210/);
      assert.match(tty.stdout, /\r\u001b\[K/);
      assert.equal(JSON.parse(readFileSync(out, 'utf8')).length, 210);
      const piped = runCli(['check', '.', '--format', 'json'], dir);
      assert.doesNotMatch(piped.stderr, /#/, 'no bar when stderr is not a terminal');
    } finally {
      removeDir(dir);
    }
  });

  it('shows no progress bar for a short run on a terminal', () => {
    const dir = copyFixtures('project');
    try {
      const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} check . --format json > /dev/null`;
      const tty = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8' });
      assert.doesNotMatch(tty.stdout, /\[#/);
    } finally {
      removeDir(dir);
    }
  });
});
