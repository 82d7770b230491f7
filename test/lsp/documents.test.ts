import { strict as assert } from 'node:assert';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionRequest, type CodeAction } from 'vscode-languageserver-protocol/node';
import { FIX_ALL_KIND } from '../../server/src/lsp/protocol';
import { LspSession, scratchFolder } from './lsp-session';

/** Markdown and plain-text documents, which the client sends only when `callscript.documentLanguages` opts them in. */
describe('LSP: scripts in Markdown and plain-text documents', () => {
  let session: LspSession;
  const scratch = scratchFolder();
  before(async () => (session = await LspSession.start()));
  after(async () => {
    await session.dispose();
    scratch.remove();
  });

  const MARKDOWN = ['# 投诉话术', '', '说明:这不是我的职责范围。', '', '## 开场', '', '- **坐席:**您好!这不是我的职责。', '', '```', '坐席:喂,讲话!', '```', ''].join('\n');

  it('diagnostics on the Markdown lines themselves, none for the preamble or fenced code, and fix-all edits the Markdown', async () => {
    const uri = pathToFileURL(path.join(scratch.dir, 'script.md')).href;
    session.open(uri, MARKDOWN, 'markdown');
    const got = await session.pull(uri);
    const negative = got.filter((d) => d.code === 'negative-wording');
    assert.deepEqual(negative.map((d) => d.range.start), [{ line: 6, character: 12 }]);
    assert.ok(got.every((d) => d.range.start.line === 6), JSON.stringify(got));
    const whole = { start: { line: 0, character: 0 }, end: { line: 12, character: 0 } };
    const actions = await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: whole, context: { diagnostics: [], only: [FIX_ALL_KIND] } });
    const fixAll = actions?.find((a): a is CodeAction => 'kind' in a && a.kind === FIX_ALL_KIND);
    const edits = fixAll?.edit?.changes?.[uri] ?? [];
    assert.ok(edits.length > 0);
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, MARKDOWN), edits);
    assert.match(fixed, /^- \*\*坐席:\*\*您好!/m);
    assert.match(fixed, /^```\n坐席:喂,讲话!\n```$/m);
  });

  it('a plain-text document is read with the same labels', async () => {
    const uri = pathToFileURL(path.join(scratch.dir, 'bot.txt')).href;
    session.open(uri, '机器人平台导出\n坐席:喂,讲话!\n', 'plaintext');
    const got = await session.pull(uri);
    assert.deepEqual(got.filter((d) => d.code === 'taboo-phrase').map((d) => d.range.start), [{ line: 1, character: 3 }]);
  });
});
