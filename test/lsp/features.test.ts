import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CompletionRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  type CompletionItem,
  type DocumentSymbol,
  type MarkupContent,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { LspSession, scratchFolder } from './lsp-session';

const SPRING_FESTIVAL = [
  '---', // 0
  'title: 春节回访',
  'valid: 2027-02-06 09:00 ~ 2027-02-10 18:00',
  '---',
  '',
  '# 开场', // 5
  '坐席:新春快乐!我是{公司}{热线}客服代表{工号},今天联系您是想为您拜年。',
  '坐席:{问候语}',
  '坐席:',
  '## 细节',
  '坐席:喂,好的。', // 10
  '// 注释一',
  '// 注释二',
  '',
  '# 结束',
  '坐席:谢谢您的合作。请为我的服务评分,再见!', // 15
  '',
].join('\n');

describe('LSP completion, hover, symbols and folding', () => {
  let session: LspSession;
  const scratch = scratchFolder();
  const uri = pathToFileURL(path.join(scratch.dir, 'spring.callscript')).href;
  before(async () => {
    writeFileSync(path.join(scratch.dir, 'callscript.json'), JSON.stringify({ placeholders: ['订单号'] }));
    session = await LspSession.start();
    session.open(uri, SPRING_FESTIVAL);
  });
  after(async () => {
    await session.dispose();
    scratch.remove();
  });

  const complete = async (u: string, line: number, character: number) =>
    ((await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: u }, position: { line, character } })) ?? []) as CompletionItem[];
  const hover = async (line: number, character: number) => {
    const h = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
    return h ? (h.contents as MarkupContent).value : '';
  };

  it('offers 新春快乐 first in a 春节 script, and no other holiday greeting', async () => {
    const items = await complete(uri, 8, 3);
    const greeting = items.find((i) => i.label === '新春快乐!');
    assert.ok(greeting, items.map((i) => i.label).join(' | '));
    assert.equal(greeting.preselect, true);
    assert.equal((greeting.textEdit as TextEdit).newText, '新春快乐!');
    assert.deepEqual((greeting.textEdit as TextEdit).range, { start: { line: 8, character: 3 }, end: { line: 8, character: 3 } });
    assert.ok(items.some((i) => i.label === '新春快乐!我是{公司}{热线}客服代表{工号},今天联系您是……'));
    assert.ok(items.some((i) => i.label === '谢谢您的合作。请为我的服务评分,再见!'));
    assert.ok(!items.some((i) => /^(新年快乐|周末好|节日快乐)/.test(String(i.label))));
  });

  it('offers the placeholders after `{`, the config\'s own among them, replacing an auto-closed `}`', async () => {
    const u = pathToFileURL(path.join(scratch.dir, 'brace.callscript')).href;
    session.open(u, '坐席:您好,{}\n');
    const items = await complete(u, 0, 7);
    assert.deepEqual(
      items.map((i) => i.label),
      ['工号', '姓名', '公司', '热线', '客户称呼', '问候语', '日期', '订单号'],
    );
    assert.deepEqual(items[0].textEdit, { range: { start: { line: 0, character: 7 }, end: { line: 0, character: 8 } }, newText: '工号}' });
  });

  it('offers nothing on a customer line or in front matter', async () => {
    const u = pathToFileURL(path.join(scratch.dir, 'customer.callscript')).href;
    session.open(u, '---\ntitle: x\n---\n客户:你好\n');
    assert.deepEqual(await complete(u, 3, 5), []);
    assert.deepEqual(await complete(u, 1, 3), []);
  });

  it('explains a finding under the cursor: the rule, the message, the standard it comes from', async () => {
    const text = await hover(10, 3);
    assert.match(text, /不得使用服务忌语/);
    assert.match(text, /`taboo-phrase`/);
    assert.match(text, /《2008年呼入服务质量规范\(V1\.0\)》 五、服务忌语/);
    assert.doesNotMatch(text, /\.txt/);
    assert.match(text, /docs\/rules\/taboo-phrase\.md/);
  });

  it('shows the windows in which a holiday greeting is right for the script\'s dates', async () => {
    const text = await hover(6, 4);
    assert.match(text, /“新春快乐”\*\*:适用于 valid 2027-02-06 09:00 ~ 2027-02-10 18:00/);
    assert.match(text, /- 春节: 2027-02-05 15:00 ~ 2027-02-12 24:00 ✓/);
  });

  it('shows what {问候语} becomes within the script\'s dates', async () => {
    const text = await hover(7, 5);
    assert.match(text, /为“新春快乐”\(春节\)/);
    assert.match(text, /- 春节 新春快乐: 2027-02-05 15:00 ~ 2027-02-12 24:00 ✓/);
  });

  it('outlines front matter, sections with their subsections, and turns', async () => {
    const symbols = (await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['前置信息', '开场', '结束'],
    );
    assert.deepEqual(
      symbols[0].children?.map((c) => `${c.name}=${c.detail}`),
      ['title=春节回访', 'valid=2027-02-06 09:00 ~ 2027-02-10 18:00'],
    );
    const opening = symbols[1];
    assert.equal(opening.detail, undefined, 'no detail that only repeats the heading 开场');
    assert.deepEqual(
      opening.children?.map((c) => c.name),
      ['细节', '坐席:新春快乐!我是{公司}{热线}客服代表{工号},今天联…', '坐席:{问候语}', '坐席:'],
    );
    const details = opening.children![0];
    assert.deepEqual(details.children?.map((c) => c.name), ['坐席:喂,好的。']);
    assert.ok(opening.range.end.line >= details.range.end.line, 'a section holds its subsection');
  });

  it('folds front matter, sections and comment blocks', async () => {
    const ranges = await session.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    assert.deepEqual(
      (ranges ?? []).map((r) => [r.startLine, r.endLine, r.kind ?? '']),
      [
        [0, 3, ''],
        [5, 12, ''],
        [9, 12, ''],
        [14, 15, ''],
        [11, 12, 'comment'],
      ],
    );
  });
});
