import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

function markdownUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownUnder(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

describe('security: what users read names no file they do not have', () => {
  it('README and docs cite standards by title, never by a seed file name or a path outside the repository', () => {
    const offenders: string[] = [];
    for (const file of [join(ROOT, 'README.md'), ...markdownUnder(join(ROOT, 'docs'))]) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/\d{3}_[0-9a-f]{16}\.txt|\.\.\/shared|\bshared\/(seeds|spec|notes)/.test(line)) offenders.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim().slice(0, 80)}`);
        });
    }
    assert.deepEqual(offenders, []);
  });
});
