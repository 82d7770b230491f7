import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OFFICE_EXAMPLES } from '../office-examples';
import { ROOT, runCli } from './cli-harness';

describe('examples/ in every kind of file', () => {
  it('the Word and Excel examples are what scripts/office-examples.mjs writes', () => {
    for (const [name, make] of Object.entries(OFFICE_EXAMPLES)) {
      assert.ok(Buffer.from(make()).equals(readFileSync(path.join(ROOT, 'examples', name))), `examples/${name}: run node scripts/office-examples.mjs`);
    }
  });

  it('`callscript check examples/` finds the mistakes made on purpose in each kind, and locates them', () => {
    const run = runCli(['check', 'examples', '--format', 'json', '--now', '2027-02-06T10:00:00+08:00'], ROOT);
    assert.equal(run.code, 1, run.stderr);
    const report = JSON.parse(run.stdout) as Array<{ file: string; diagnostics: Array<{ rule: string; range?: unknown; location?: { name: string } }> }>;
    const where = (file: string, rule: string) =>
      report.find((r) => r.file === path.join('examples', file))?.diagnostics.filter((d) => d.rule === rule).map((d) => d.location?.name ?? d.range);
    // 这是公司规定 (the rule given as the end of the talk) and 没办法 (a refusal): two findings in the one cell.
    assert.deepEqual(where('outbound-renewal.docx', 'negative-wording'), ['table 1 row 2 column 2', 'table 1 row 2 column 2']);
    assert.deepEqual(where('outbound-renewal.docx', 'greeting-employee-id'), ['paragraph 3']);
    assert.deepEqual(where('faq-library.xlsx', 'taboo-phrase'), ['话术库!C3']);
    // 不归我管 (a listed phrase) and 你去找卖家 (a bare order to go elsewhere): two pushes in the one cell.
    assert.deepEqual(where('after-sales.csv', 'negative-wording'), ['C3', 'C3']);
    assert.deepEqual(where('complaint-handling.md', 'vague-wording'), [], 'suppressed by a directive in an HTML comment');
    assert.equal(where('complaint-handling.md', 'negative-wording')?.length, 3, 'two phrases and one construction (找营业厅吧)');
    assert.deepEqual(where('complaint-handling.md', 'taboo-phrase'), [{ start: { line: 37, character: 12 }, end: { line: 37, character: 21 } }], 'in the 话术 cell of the table');
    assert.deepEqual(where('bot-export.txt', 'taboo-phrase'), [{ start: { line: 4, character: 3 }, end: { line: 4, character: 4 } }]);
  });
});
