import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NOW } from './lsp-session';

const ROOT = path.resolve(__dirname, '../../..');

interface PatternPart {
  regexp: string;
  file?: number;
  line?: number;
  column?: number;
  severity?: number;
  message?: number;
  code?: number;
  loop?: boolean;
}

interface Problem {
  file: string;
  line: number;
  column: number;
  severity: string;
  message: string;
  code: string;
}

/** What VS Code's multi-line problem matcher does: a file line, then location lines while they match (`loop`). */
function match(parts: PatternPart[], output: string): Problem[] {
  const [head, loop] = parts;
  const problems: Problem[] = [];
  let file: string | undefined;
  for (const line of output.split('\n')) {
    const m = file !== undefined ? new RegExp(loop.regexp).exec(line) : null;
    if (m) {
      problems.push({ file, line: Number(m[loop.line!]), column: Number(m[loop.column!]), severity: m[loop.severity!], message: m[loop.message!], code: m[loop.code!] } as Problem);
      continue;
    }
    const h = new RegExp(head.regexp).exec(line);
    file = h ? h[head.file!] : undefined;
  }
  return problems;
}

function check(format: string): string {
  const run = spawnSync(process.execPath, ['server/dist/cli.js', 'check', 'examples', '--format', format, '--now', NOW], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  return run.stdout;
}

describe('the $callscript problem matcher', () => {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const matcher = manifest.contributes.problemMatchers.find((m: { name: string }) => m.name === 'callscript');

  it('is a looping two-line pattern with paths relative to the workspace folder', () => {
    assert.deepEqual(matcher.fileLocation, ['relative', '${workspaceFolder}']);
    assert.equal(matcher.pattern.length, 2);
    assert.equal(matcher.pattern[1].loop, true);
  });

  it('reads every finding of `callscript check` (stylish) as the JSON report gives it', () => {
    const expected: Problem[] = [];
    for (const r of JSON.parse(check('json')) as Array<{ file: string; diagnostics: Array<{ rule: string; severity: string; message: string; range: { start: { line: number; character: number } } }> }>) {
      // A finding in a Word, Excel or CSV file has a paragraph or cell, no line: nothing for the matcher.
      for (const d of r.diagnostics.filter((x) => x.range !== undefined)) {
        expected.push({ file: r.file, line: d.range.start.line + 1, column: d.range.start.character + 1, severity: d.severity, message: d.message, code: d.rule });
      }
    }
    assert.ok(expected.length > 0);
    assert.deepEqual(match(matcher.pattern, check('stylish')), expected);
  });
});
