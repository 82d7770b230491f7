import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

/** docs/benchmarks.md is written by the bench: a figure it does not measure says when and how it was measured. */
describe('bench report: figures measured apart', () => {
  it('come only through MEASURED_APART, each with a day and a way, never as bare literals', async () => {
    const source = readFileSync(path.join(ROOT, 'bench/report.mjs'), 'utf8');
    assert.doesNotMatch(source, /Measured apart from this run:/, 'a figure typed in without its day and method');
    const { MEASURED_APART } = (await import(path.join(ROOT, 'bench/report.mjs'))) as { MEASURED_APART: Record<string, { on: string; how: string }> };
    for (const [key, m] of Object.entries(MEASURED_APART)) {
      assert.match(m.on, /^\d{4}-\d{2}-\d{2}$/, key);
      assert.ok(m.how.length > 20, key);
      assert.ok(source.includes(`apart('${key}')`), `${key} is used`);
    }
    const docs = readFileSync(path.join(ROOT, 'docs/benchmarks.md'), 'utf8');
    assert.doesNotMatch(docs, /Measured apart from this run:/, 'docs/benchmarks.md is out of date with bench/report.mjs');
  });
});
