import { strict as assert } from 'node:assert';
import { lint, type LintOptions } from '../../server/src/engine';
import { lintLineDocument, readPlacedDocument } from '../../server/src/formats';
import { fixText } from '../../server/src/host/fix-file';

const OPTIONS: LintOptions = { now: new Date('2027-03-10T10:00:00+08:00') };
const csvRules = (lines: string[]) => {
  const read = readPlacedDocument(Buffer.from(lines.join('\n')), 'csv', {});
  assert.ok(read.ok);
  return { text: read.placed.text, rules: lint(read.placed.text, OPTIONS).findings.map((f) => f.rule).sort() };
};

describe('which row of a table is its header', () => {
  it('passes over a title row above the header, though the title ends in 话术', () => {
    const read = csvRules(['信用卡催收话术,,', '场景,客户问题,标准话术', '开场,,你好我是小王']);
    assert.match(read.text, /你好我是小王/);
    assert.doesNotMatch(read.text, /坐席:\s*开场/);
    assert.deepEqual(read.rules, ['closing-goodbye', 'greeting-employee-id', 'polite-pronoun']);
  });

  it('takes a one-column sheet\'s 话术 header under its title', () => {
    const read = csvRules(['外呼话术', '话术', '你好我是小王']);
    assert.match(read.text, /你好我是小王/);
    assert.doesNotMatch(read.text, /外呼话术\n.*话术/);
  });

  it('takes a title-only candidate when nothing else names the agent column', () => {
    const read = csvRules(['标准话术', '您好，请问有什么可以帮您?']);
    assert.match(read.text, /您好，请问有什么可以帮您/);
  });

  it('reads a Markdown table whose first row names no 话术 column as data, though a cell below ends in 话术', () => {
    const md = [
      '# Sources',
      '',
      '| id | title | address |',
      '|---|---|---|',
      '| N1 | 保险理赔流程与客户沟通话术 | https://example.com/a |',
      '| N2 | 記者被告知:您發個採訪函很難嗎? | https://example.com/b |',
      '| N3 | 客服如何解决用户问题 | https://example.com/c |',
      '',
    ].join('\n');
    assert.deepEqual(lintLineDocument(md, 'markdown', OPTIONS).findings, []);
    assert.equal(fixText(md, OPTIONS, (t) => lintLineDocument(t, 'markdown', OPTIONS).findings).text, md);
  });
});
