import { strict as assert } from 'node:assert';
import { lint, type LintOptions } from '../../server/src/engine';
import { lintLineDocument, readPlacedDocument } from '../../server/src/formats';
import { fixText } from '../../server/src/host/fix-file';

const OPTIONS: LintOptions = { now: new Date('2027-03-10T10:00:00+08:00') };
const lintMarkdown = (text: string, options: LintOptions = OPTIONS) => lintLineDocument(text, 'markdown', options).findings;

/** The same 话术库 as rows, for a CSV file and a Markdown table. */
const ROWS = [
  ['场景', '客户问题', '标准话术'],
  ['开场', '', '您好,请问有什么可以帮您?'],
  ['投诉', '我要投诉', '这不是我的职责。'],
  ['结束', '', '喂,讲话!'],
];
const TABLE = ['| ' + ROWS[0].join(' | ') + ' |', '| --- | --- | --- |', ...ROWS.slice(1).map((r) => '| ' + r.join(' | ') + ' |')].join('\n');
const MARKDOWN = `# 投诉话术库\n\n${TABLE}\n`;

/** Each finding as `rule "flagged text"`, in order. */
const described = (text: string, findings: ReturnType<typeof lintMarkdown>) => findings.map((f) => `${f.rule} "${text.slice(f.start, f.end)}"`);

/** The cells of a table row's line, as written (pipes and spaces kept out). */
const cellsOf = (line: string) => line.split('|').slice(1, -1).map((c) => c.trim());

describe('Markdown tables with a 话术 column, read as a 话术库', () => {
  it('reads each row as a CSV or Excel sheet reads it: the same findings, each on the flagged words of its cell', () => {
    const csv = readPlacedDocument(Buffer.from(ROWS.map((r) => r.join(',')).join('\n')), 'csv', {});
    assert.ok(csv.ok);
    const fromSheet = lint(csv.placed.text, OPTIONS).findings.map((f) => f.rule);
    const findings = lintMarkdown(MARKDOWN);
    assert.deepEqual(findings.map((f) => f.rule).sort(), fromSheet.sort());
    assert.ok(described(MARKDOWN, findings).includes('negative-wording "这不是我的职责"'), described(MARKDOWN, findings).join('\n'));
    assert.ok(described(MARKDOWN, findings).includes('taboo-phrase "喂,讲话"'));
    for (const f of findings) {
      const lineStart = MARKDOWN.lastIndexOf('\n', f.start - 1) + 1;
      const row = MARKDOWN.slice(lineStart, MARKDOWN.indexOf('\n', lineStart));
      const agentCell = row.lastIndexOf('|', row.length - 2);
      assert.ok(f.start - lineStart > agentCell && f.end - lineStart < row.length - 1, `${f.rule} lies in the 话术 cell of ${row}`);
    }
  });

  it('--fix edits only the 话术 cells: pipes, scenes and the customer\'s questions stay as they are', () => {
    const fixed = fixText(MARKDOWN, OPTIONS, (t) => lintMarkdown(t)).text;
    assert.notEqual(fixed, MARKDOWN);
    const before = MARKDOWN.split('\n');
    const after = fixed.split('\n');
    assert.equal(after.length, before.length);
    for (const [i, line] of before.entries()) {
      if (!line.startsWith('| ')) {
        assert.equal(after[i], line);
        continue;
      }
      const [scene, question] = cellsOf(line);
      assert.deepEqual(cellsOf(after[i]).slice(0, 2), [scene, question]);
      assert.equal(cellsOf(after[i]).length, cellsOf(line).length);
    }
    assert.match(fixed, /^\| 结束 \| {2}\| 您好,请讲!/m);
  });

  it('a table without a 话术 column is data, not speech; the config may name the column', () => {
    const data = '| 编号 | 内容 |\n| - | - |\n| 1 | 喂,讲话! |\n';
    assert.deepEqual(lintMarkdown(data), []);
    const named = lintMarkdown(data, { ...OPTIONS, config: { documents: { agentColumns: ['内容'] } } });
    assert.deepEqual(described(data, named).filter((d) => d.startsWith('taboo')), ['taboo-phrase "喂,讲话"']);
  });

  it('a cell\'s <br> breaks its turn into lines, each mapped into the cell; pipes at the ends may be left out', () => {
    const text = '坐席话术 | 备注\n:--|--\n您好,请问有什么可以帮您?<br/>这不是我的职责。 | 喂,讲话!\n';
    assert.deepEqual(described(text, lintMarkdown(text)).filter((d) => !d.startsWith('greeting-employee-id') && !d.startsWith('closing')), [
      'negative-wording "这不是我的职责"',
    ]);
  });

  it('text after the table does not continue its last cell\'s turn', () => {
    const text = `${MARKDOWN}\n注:这不是我的职责范围之外的说明。\n`;
    assert.deepEqual(
      described(text, lintMarkdown(text)).filter((d) => d.startsWith('negative-wording')),
      ['negative-wording "这不是我的职责"'],
    );
  });

  it('a turn with a pipe over a `---` line is still a turn, not a table\'s header', () => {
    const text = '## 开场\n\n坐席:喂,讲话! | 请问有什么可以帮您?\n---\n';
    assert.ok(described(text, lintMarkdown(text)).includes('taboo-phrase "喂,讲话"'));
  });
});
