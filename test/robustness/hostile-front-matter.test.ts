import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { lint } from '../../server/src/engine';
import { removeDir, tempDir } from '../cli/cli-harness';
import { check } from './cli-runs';
import { aliasBomb, deeplyNested } from './hostile-yaml';

const NOW = new Date('2027-02-06T10:00:00+08:00');
const BODY = '坐席:您好!我是客服代表{工号},再见!\n';

function frontMatterFindings(text: string): Array<[number, number, string]> {
  return lint(text, { now: NOW })
    .findings.filter((f) => f.rule === 'front-matter')
    .map((f) => [f.start, f.end, f.message.en]);
}

/**
 * Front matter is YAML, and YAML can be made to explode: aliases that would expand to hundreds of
 * millions of nodes, nesting deeper than any stack. The engine reads YAML nodes and never turns
 * them into data, so an alias is a node that is not a scalar ("must be a single line of text"),
 * never its expansion; the `yaml` package's own `maxAliasCount` (100) guards only that
 * conversion, which is never made. Nesting is measured before YAML reads the block.
 */
describe('hostile front matter', () => {
  it('an alias bomb is never expanded: its keys are unknown keys, an alias is not a value', () => {
    const text = `---\n${aliasBomb()}title: *i\n---\n${BODY}`;
    const messages = frontMatterFindings(text).map(([, , m]) => m);
    assert.deepEqual(messages, [...'abcdefghi'.split('').map((k) => `Unknown front matter key "${k}"`), '"title" must be a single line of text']);
  });

  it('nesting deeper than the stack (which could abort the process inside YAML): one finding on the opening line', () => {
    const shapes = {
      brackets: `title: ${deeplyNested(10_000)}`,
      unclosed: `title: ${'['.repeat(100_000)}`,
      indentation: Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'),
      dashes: `title: x\n${'- '.repeat(10_000)}x`,
    };
    for (const [shape, yaml] of Object.entries(shapes)) {
      // Twice: the abort came from a regex first compiled deep in the stack, so a second parse was the dangerous one.
      for (let i = 0; i < 2; i++) {
        assert.deepEqual(frontMatterFindings(`---\n${yaml}\n---\n${BODY}`), [[0, 3, 'Front matter is nested too deeply to read']], shape);
      }
    }
  });

  it('lines ending in a lone CR read as lines, as in the rest of the document', () => {
    const lf = `---\ntitle: 外呼\nvaild: 2027-02-06\n---\n${BODY}`;
    assert.deepEqual(frontMatterFindings(lf.replace(/\n/g, '\r')), frontMatterFindings(lf));
    assert.deepEqual(frontMatterFindings(lf.replace(/\n/g, '\r')).map(([, , m]) => m), ['Unknown front matter key "vaild"; did you mean "valid"?']);
  });

  it('the CLI reports an alias bomb and deep nesting as front-matter findings', () => {
    const dir = tempDir();
    try {
      writeFileSync(path.join(dir, 'bomb.callscript'), `---\n${aliasBomb()}---\n${BODY}`);
      writeFileSync(path.join(dir, 'deep.callscript'), `---\ntitle: ${deeplyNested(10_000)}\n---\n${BODY}`);
      const run = check(['.', '--format', 'json'], dir);
      assert.equal(run.code, 1, run.stderr);
      const report = JSON.parse(run.stdout) as Array<{ file: string; diagnostics: Array<{ rule: string; message: string }> }>;
      const frontMatter = (name: string) => report.find((r) => r.file === name)!.diagnostics.filter((d) => d.rule === 'front-matter').map((d) => d.message);
      assert.equal(frontMatter('bomb.callscript').length, 9);
      assert.deepEqual(frontMatter('deep.callscript'), ['Front matter is nested too deeply to read']);
    } finally {
      removeDir(dir);
    }
  });
});
