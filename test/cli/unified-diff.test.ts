import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { unifiedDiff } from '../../server/src/cli/unified-diff';
import { removeDir, tempDir } from './cli-harness';

/** Texts from a few distinct lines, so that random edits keep long runs of shared lines. */
const text = fc
  .tuple(fc.array(fc.constantFrom('坐席:您好\n', '客户:喂\n', '\n', '# 开场\n', 'a\r\n', 'b\n'), { maxLength: 30 }), fc.constantFrom('', 'end', '坐席:再见'))
  .map(([lines, last]) => lines.join('') + last);

/** Each hunk's old and new lines sit exactly at the lines its header names (patch alone would forgive an offset). */
function assertHunksInPlace(diff: string, before: string, after: string): void {
  const lines = (t: string) => t.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const oldLines = lines(before);
  const newLines = lines(after);
  const body = diff.split('\n').slice(2);
  for (let i = 0; i < body.length; i++) {
    const header = /^@@ -(\d+),(\d+) \+(\d+),(\d+) @@$/.exec(body[i]);
    if (!header) continue;
    const [oldStart, oldLen, newStart, newLen] = header.slice(1).map(Number);
    const old: string[] = [];
    const next: string[] = [];
    for (let j = i + 1; j < body.length && /^[ +\\-]/.test(body[j]); j++) {
      if (body[j][0] === '\\') continue;
      const eol = body[j + 1] === '\\ No newline at end of file' ? '' : '\n';
      if (body[j][0] !== '+') old.push(body[j].slice(1) + eol);
      if (body[j][0] !== '-') next.push(body[j].slice(1) + eol);
    }
    assert.deepEqual(old, oldLines.slice(oldLen === 0 ? oldStart : oldStart - 1).slice(0, oldLen), diff);
    assert.deepEqual(next, newLines.slice(newLen === 0 ? newStart : newStart - 1).slice(0, newLen), diff);
  }
}

describe('unifiedDiff', () => {
  it('is a patch that `patch` applies to turn the old text into the new', () => {
    const dir = tempDir();
    try {
      const file = path.join(dir, 'f.callscript');
      fc.assert(
        fc.property(text, text, (before, after) => {
          writeFileSync(file, before);
          const diff = unifiedDiff('f.callscript', before, after);
          if (before === after) return diff === '';
          assertHunksInPlace(diff, before, after);
          const r = spawnSync('patch', ['-p1', '--quiet', '--batch', '--no-backup-if-mismatch'], { cwd: dir, input: diff, encoding: 'utf8' });
          assert.equal(r.status, 0, `${r.stdout}${r.stderr}\n${diff}`);
          assert.equal(readFileSync(file, 'utf8'), after, diff);
          return true;
        }),
        { numRuns: 60 },
      );
    } finally {
      removeDir(dir);
    }
  });

  it('shows three lines of context and joins changes that are close', () => {
    const before = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20'].join('\n') + '\n';
    const after = before.replace('2\n', 'two\n').replace('7\n', 'seven\n').replace('18\n', 'eighteen\n');
    assert.equal(
      unifiedDiff('n.txt', before, after),
      [
        '--- a/n.txt',
        '+++ b/n.txt',
        '@@ -1,10 +1,10 @@',
        ' 1',
        '-2',
        '+two',
        ' 3',
        ' 4',
        ' 5',
        ' 6',
        '-7',
        '+seven',
        ' 8',
        ' 9',
        ' 10',
        '@@ -15,6 +15,6 @@',
        ' 15',
        ' 16',
        ' 17',
        '-18',
        '+eighteen',
        ' 19',
        ' 20',
        '',
      ].join('\n'),
    );
  });

  it('numbers an empty side by the line before it, as diff -u does', () => {
    assert.equal(unifiedDiff('f', '', 'a\n'), '--- a/f\n+++ b/f\n@@ -0,0 +1,1 @@\n+a\n');
    assert.equal(unifiedDiff('f', 'a\n', ''), '--- a/f\n+++ b/f\n@@ -1,1 +0,0 @@\n-a\n');
  });
});
