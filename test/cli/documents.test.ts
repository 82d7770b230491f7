import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { docx, xlsx } from '../office-files';
import { removeDir, runCli, tempDir } from './cli-harness';

interface JsonDiagnostic {
  rule: string;
  message: string;
  range?: { start: { line: number; character: number } };
  location?: { kind: string; name: string; label: string };
  quote?: string;
  fixable: boolean;
}
type JsonReport = Array<{ file: string; diagnostics: JsonDiagnostic[] }>;

/** One script, as a team keeps it in each kind of file. */
const SCRIPT = ['# 开场', '坐席:您好,请问有什么可以帮您?', '客户:我要投诉。', '坐席:这不是我的职责。', '# 结束', '坐席:喂,讲话!'].join('\n') + '\n';

const MARKDOWN = [
  '# 外呼话术',
  '',
  '本话术适用于投诉来电,这不是我的职责范围之外的说明。',
  '',
  '## 开场',
  '',
  '- **坐席:**您好,请问有什么可以帮您?',
  '- 客户:我要投诉。',
  '- 坐席:这不是我的职责。',
  '',
  '```',
  '坐席:喂,讲话!',
  '```',
  '<!-- 坐席:这不是我的职责。 -->',
  '',
  '## 结束',
  '',
  '1. 坐席:喂,讲话!',
  '',
].join('\n');

const PLAIN = ['投诉来电话术(由机器人平台导出)', '', ...SCRIPT.split('\n')].join('\n');

const ROWS = [
  ['场景', '客户问题', '标准话术'],
  ['开场', undefined, '您好,请问有什么可以帮您?'],
  [undefined, '我要投诉。', '这不是我的职责。'],
  ['结束', undefined, '喂,讲话!'],
];

const csvOf = (rows: typeof ROWS) => rows.map((r) => r.map((c) => (c === undefined ? '' : `"${c.replace(/"/g, '""')}"`)).join(',')).join('\r\n');

describe('scripts kept in Markdown, plain text, Word, Excel and CSV files', () => {
  let dir: string;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => removeDir(dir));

  const check = (args: string[] = ['.']) => {
    const run = runCli(['check', ...args, '--format', 'json', '--now', '2027-03-10T10:00+08:00'], dir);
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    return JSON.parse(run.stdout) as JsonReport;
  };
  const byFile = (report: JsonReport) => new Map(report.map((r) => [r.file, r.diagnostics]));
  const findingsOf = (d: JsonDiagnostic[]) => d.map((x) => `${x.rule}: ${x.message}`).sort();

  it('a folder of each kind: the same findings as the same script written as .callscript, each where a reviewer finds it', () => {
    writeFileSync(path.join(dir, 'a.callscript'), SCRIPT);
    writeFileSync(path.join(dir, 'b.md'), MARKDOWN);
    writeFileSync(path.join(dir, 'c.txt'), PLAIN);
    writeFileSync(path.join(dir, 'd.docx'), docx([{ p: '外呼话术' }, { heading: '开场' }, ...SCRIPT.split('\n').slice(1, 4).map((p) => ({ p })), { heading: '结束' }, { p: '坐席:喂,讲话!', numbered: true }]));
    writeFileSync(path.join(dir, 'e.xlsx'), xlsx({ 话术库: ROWS }, { 话术库: ['A2:A3'] }));
    // Excel on a Chinese Windows saves "CSV" in GBK.
    writeFileSync(path.join(dir, 'f.csv'), gbk(csvOf(ROWS)));
    const files = byFile(check());
    assert.deepEqual([...files.keys()], ['a.callscript', 'b.md', 'c.txt', 'd.docx', 'e.xlsx', 'f.csv']);
    const expected = findingsOf(files.get('a.callscript') ?? []);
    assert.ok(expected.some((f) => f.startsWith('negative-wording')) && expected.some((f) => f.startsWith('taboo-phrase')), expected.join('\n'));
    for (const [file, diagnostics] of files) assert.deepEqual(findingsOf(diagnostics), expected, file);

    const negative = (file: string) => files.get(file)?.find((d) => d.rule === 'negative-wording');
    assert.deepEqual(negative('b.md')?.range?.start, { line: 8, character: 5 });
    assert.deepEqual(negative('c.txt')?.range?.start, { line: 5, character: 3 });
    assert.deepEqual(negative('d.docx')?.location, { kind: 'paragraph', name: 'paragraph 5', label: '第 5 段' });
    assert.equal(negative('d.docx')?.quote, '这不是我的职责。');
    assert.equal(negative('d.docx')?.fixable, false);
    assert.equal(negative('e.xlsx')?.location?.name, '话术库!C3');
    assert.equal(negative('f.csv')?.location?.name, 'C3');
    assert.equal(files.get('d.docx')?.find((d) => d.rule === 'taboo-phrase')?.location?.name, 'paragraph 7');
  });

  it('text before a label is not checked unless the config says every line is the agent\'s', () => {
    writeFileSync(path.join(dir, 'bot.txt'), '您好,请问有什么可以帮您?\n这不是我的职责。\n');
    assert.deepEqual(findingsOf(byFile(check()).get('bot.txt') ?? []), []);
    writeFileSync(path.join(dir, 'callscript.json'), JSON.stringify({ documents: { unlabeled: 'agent' } }));
    assert.ok(findingsOf(byFile(check()).get('bot.txt') ?? []).some((f) => f.startsWith('negative-wording')));
  });

  it('a Word table with a 话术 column reads as a 话术库; columns may be named in the config; deleted text is not read', () => {
    writeFileSync(
      path.join(dir, 'kb.docx'),
      docx([
        { p: '这不是我的职责。', deleted: '喂,讲话!' },
        { table: [['环节', '回复'], ['开场', '您好!'], ['', '这不是我的职责。']], mergedDown: [[2, 0]] },
        { table: [['备注'], ['喂,讲话!']] },
      ]),
    );
    writeFileSync(path.join(dir, 'kb.xlsx'), xlsx({ Sheet1: [['编号', '内容'], [1, '喂,讲话!']] }));
    let files = byFile(check());
    assert.deepEqual(files.get('kb.docx')?.map((d) => [d.rule, d.location?.name]).filter(([r]) => r !== 'closing-goodbye' && r !== 'greeting-employee-id'), [
      ['negative-wording', 'table 1 row 3 column 2'],
      // Another table is read cell by cell, its text continuing the turn before it.
      ['taboo-phrase', 'table 2 row 2 column 1'],
    ]);
    assert.deepEqual(files.get('kb.xlsx'), []);
    writeFileSync(path.join(dir, 'callscript.json'), JSON.stringify({ documents: { agentColumns: ['B'] } }));
    files = byFile(check());
    assert.deepEqual(files.get('kb.xlsx')?.filter((d) => d.rule === 'taboo-phrase').map((d) => d.location?.name), ['Sheet1!B2']);
  });

  it('--fix rewrites Markdown in place and never writes a Word, Excel or CSV file, whose report suggests the rewording', () => {
    writeFileSync(path.join(dir, 'b.md'), MARKDOWN);
    const book = xlsx({ 话术库: ROWS });
    writeFileSync(path.join(dir, 'e.xlsx'), book);
    const run = runCli(['check', '.', '--fix', '--now', '2027-03-10T10:00+08:00'], dir);
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    const fixed = readFileSync(path.join(dir, 'b.md'), 'utf8');
    assert.match(fixed, /^1\. 坐席:您好,请讲!/m);
    assert.match(fixed, /^```\n坐席:喂,讲话!\n```$/m, 'fenced code is not spoken, so not fixed');
    assert.match(fixed, /^- \*\*坐席:\*\*您好/m);
    assert.deepEqual(readFileSync(path.join(dir, 'e.xlsx')), Buffer.from(book));
    assert.match(run.stdout, /话术库!C4 +error +服务忌语/);
    assert.match(run.stdout, /建议:改为“您好,请讲”/);
  });

  it('every report format says where a finding in a document is', () => {
    writeFileSync(path.join(dir, 'e.xlsx'), xlsx({ 话术库: ROWS }));
    const out = (format: string) => runCli(['check', '.', '--format', format, '--locale', 'en'], dir).stdout;
    const sarif = JSON.parse(out('sarif')) as { runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { region?: unknown }; logicalLocations?: Array<{ fullyQualifiedName: string }> }> }> }> };
    const taboo = sarif.runs[0].results.find((r) => r.ruleId === 'taboo-phrase');
    assert.equal(taboo?.locations[0].logicalLocations?.[0].fullyQualifiedName, '话术库!C4');
    assert.equal(taboo?.locations[0].physicalLocation.region, undefined);
    assert.match(out('github'), /^::error file=e\.xlsx,title=taboo-phrase::话术库!C4:.*“喂,讲话!”/m);
    assert.match(out('junit'), /e\.xlsx 话术库!C4 error .*\(taboo-phrase\) “喂,讲话!”/);
    assert.match(out('html'), /<span class="pos">话术库!C4<\/span>/);
    assert.match(out('stylish'), /^ {2}话术库!C4 +error/m);
  });

  it('a file that is not a zip is told as unreadable, and the others are still checked', () => {
    writeFileSync(path.join(dir, 'broken.docx'), 'not a zip');
    writeFileSync(path.join(dir, 'a.callscript'), SCRIPT);
    const run = runCli(['check', '.', '--format', 'json'], dir);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /broken\.docx: 不是有效的 Office 文件/);
    assert.deepEqual((JSON.parse(run.stdout) as JsonReport).map((r) => r.file), ['a.callscript']);
  });
});

/** GBK bytes of text (Node.js encodes no legacy encoding): a small table of the characters used here. */
function gbk(text: string): Buffer {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  return Buffer.from([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table.get(ch) ?? [0x3f]))));
}
